from wagtail.models import Site

from home.models import HomePage

HOME_INTRODUCTION = (
    "Hier vernetzen sich Haupt- und Ehrenamtliche aus dem Kreis Heinsberg: Konferenzen und "
    "Foren, ihre Ergebnisse für das Integrationskonzept und gute Projekte zum Nachmachen."
)
HOME_BODY = (
    "<p>Der Kreistag hat beschlossen, jährlich eine Integrationskonferenz unter Federführung des "
    "Kommunalen Integrationszentrums durchzuführen. Kirchen, Wohlfahrtsverbände, Sportvereine, "
    "Initiativen, Unternehmen, Jobcenter, Sozialamt, Ausländerbehörde und Schulamt kommen dort "
    "in kleinen Foren zusammen.</p>"
)


def ensure_home_page():
    """The site's root page as the intranet's HomePage, with the welcome text filled in once."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError(
            "Die Startseite der Standard-Site ist keine Intranet-Startseite (HomePage); "
            "bitte 'manage.py migrate' auf einer frischen Datenbank ausführen."
        )
    if not home.introduction:
        home.introduction = HOME_INTRODUCTION
        home.body = HOME_BODY
        home.save_revision().publish()
        return "Willkommenstext ergänzt"
    return "vorhanden"
