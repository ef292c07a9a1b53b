"""The programme booklet as PDF, when WeasyPrint is installed (the ``pdf`` extra).

WeasyPrint needs Pango from the system (Debian: ``libpango-1.0-0``, ``libpangoft2-1.0-0``,
which Chromium pulls in too) and uses the system's fonts (DejaVu on Debian covers the umlauts).
It never fetches anything: the stylesheets are read from the static files and every other URL
is refused, so a booklet cannot make the server request a URL from its content. They are the
two the printable page loads (the intranet's and the booklet's print rules), so the PDF is the
browser's print of that page, not a second layout.
"""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

STYLESHEETS = ["ik_wagtail/css/ik.css", "ik_cycle/css/booklet.css"]


def pdf_available():
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: the Python package is there, Pango is not
        return False
    return True


def refuse_fetch(url, *args, **kwargs):
    raise ValueError(f"not fetched: {url}")


def booklet_pdf(conference, forums, request):
    import weasyprint

    html = render_to_string(
        "ik_cycle/programme_pdf.html", {"conference": conference, "forums": forums}, request
    )
    return weasyprint.HTML(string=html, url_fetcher=refuse_fetch).write_pdf(
        stylesheets=[weasyprint.CSS(filename=finders.find(name)) for name in STYLESHEETS]
    )
