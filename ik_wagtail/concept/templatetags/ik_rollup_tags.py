"""The roll-up's lists of result blocks, written in Python.

After ten years the roll-up holds some 2,000 blocks (over 1 MB of HTML). Rendered through the
template engine they took about 250 ms per request on PostgreSQL at benchmark scale 1
(cProfile); here every value goes through ``html.escape`` and is joined as text, which takes a
small fraction of that. Every interpolated value is escaped with ``text`` or ``lines``.
"""

from html import escape

from django import template
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ik_wagtail.exports import without_control_characters

register = template.Library()


def text(value):
    """Escaped, without control characters (HTML does not allow them; forms let them in)."""
    return escape(without_control_characters(str(value)))


def lines(value):
    """``text`` with its line breaks kept (as the ``linebreaksbr`` filter does)."""
    return text(value).replace("\n", "<br>")


def heading_html(item, labels):
    if item.project_url:
        return (
            f'<p class="rollup-item__title"><strong><a href="{text(item.project_url)}">'
            f"{text(item.project_title)}</a></strong> "
            f'<span class="meta">({labels["library"]})</span></p>'
        )
    if item.title:
        return f'<p class="rollup-item__title"><strong>{text(item.title)}</strong></p>'
    return ""


def status_html(item, labels):
    if not item.status:
        return ""
    details = "".join(
        f" · {labels[name]}: {text(value)}"
        for name, value in [
            ("priority", item.priority),
            ("horizon", item.time_horizon),
            ("responsible", ", ".join(item.responsible)),
        ]
        if value
    )
    html = (
        f'<p><span class="status status--{text(item.status)}">{text(item.status_label)}</span>'
        f"{details}</p>"
    )
    if item.history:
        changes = "".join(
            f"<li>{text(formats.date_format(changed_at, 'SHORT_DATE_FORMAT'))}: {text(label)}"
            f"{f' – {text(note)}' if note else ''}</li>"
            for changed_at, label, note in item.history
        )
        html += (
            f'<details class="status-history"><summary>{labels["history"]}</summary>'
            f"<ol>{changes}</ol></details>"
        )
    return html


def item_html(kind, item, labels):
    body = f"<p>{lines(item.text)}</p>" if item.text else ""
    attribution = f" · {text(item.attribution)}" if item.attribution else ""
    return (
        f'<li class="rollup-item rollup-item--{text(kind)}">{heading_html(item, labels)}{body}'
        f'<p class="meta"><a href="{text(item.url)}">{text(item.forum_title)}</a> · '
        f"{text(item.conference_year)}{attribution}</p>{status_html(item, labels)}</li>"
    )


@register.simple_tag
def rollup_items(kind, items):
    """``<ul>`` of the items of one kind: title, text, source forum and year, status, history."""
    labels = {
        name: text(label)
        for name, label in {
            "library": _("In the library"),
            "priority": _("Priority"),
            "horizon": _("Time horizon"),
            "responsible": _("Responsible"),
            "history": _("History"),
        }.items()
    }
    rows = "\n".join(item_html(kind, item, labels) for item in items)
    return mark_safe(f'<ul class="rollup-list">\n{rows}\n</ul>')
