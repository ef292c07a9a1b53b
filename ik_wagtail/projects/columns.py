"""The column set of project files: the import reads it, the library's CSV download writes it.

So a downloaded search result can be edited in a spreadsheet and imported again. Headings are
German (the file format is documented in the README, not translated); on import they are
matched without regard to case, umlaut spelling, spaces and hyphens ("E-Mail" = "email").
"""

import html
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from ik_wagtail.text import german_slugify

from .enums import ProjectStatus

LIST_SEPARATOR = "|"
STATUS_NAMES = {
    ProjectStatus.PLANNED: "geplant",
    ProjectStatus.RUNNING: "laufend",
    ProjectStatus.COMPLETED: "abgeschlossen",
}
YES, NO = "ja", "nein"


def heading_key(heading):
    return german_slugify(heading).replace("-", "")


@dataclass(frozen=True)
class Column:
    heading: str
    multiple: bool = False

    @property
    def key(self):
        return heading_key(self.heading)


COLUMNS = [
    Column("Slug"),
    Column("Titel"),
    Column("Kurzbeschreibung"),
    Column("Beschreibung"),
    Column("Träger"),
    Column("Partner", multiple=True),
    Column("Kommunen", multiple=True),
    Column("Handlungsfelder", multiple=True),
    Column("Zielgruppen", multiple=True),
    Column("Sprachen"),
    Column("Status"),
    Column("Beginn"),
    Column("Ende"),
    Column("Dauerangebot"),
    Column("Förderprogramm"),
    Column("Wirkung"),
    Column("Übertragbarkeit"),
    Column("Erfahrungen"),
    Column("Kriterien", multiple=True),
    Column("Schlagworte", multiple=True),
    Column("Ansprechperson"),
    Column("E-Mail"),
    Column("Telefon"),
    Column("Kontaktfreigabe"),
]
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
HEADINGS = [column.heading for column in COLUMNS]
# Personal data: the library's download for intranet users leaves these out (an import of that
# file then leaves them unchanged, see ``importing.py``).
CONTACT_HEADINGS = ["Ansprechperson", "E-Mail", "Telefon", "Kontaktfreigabe"]

BLOCK_END = re.compile(r"</(p|h[1-6]|li|ol|ul)>|<br\s*/?>", re.IGNORECASE)


def rich_text_to_plain(value):
    """Paragraphs of a rich text as plain text, separated by blank lines."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n\n", value or "")))
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def plain_to_rich_text(text):
    """Plain text as rich text: blank lines start paragraphs, single line breaks stay."""
    paragraphs = [part.strip() for part in normalize_newlines(text).split("\n\n")]
    return "".join(
        "<p>{}</p>".format("<br/>".join(html.escape(line.strip()) for line in part.split("\n")))
        for part in paragraphs
        if part
    )


def joined(values):
    return f" {LIST_SEPARATOR} ".join(values)


def names(items):
    return joined(item.name for item in items)


def project_row(project):
    """A project as one row of the file format, in the order of ``COLUMNS``.

    Reads the relations ``IntegrationProjectQuerySet.for_listing`` prefetches, plus criteria.
    """
    return [
        project.slug,
        project.title,
        project.summary,
        rich_text_to_plain(project.description),
        project.lead_actor.name if project.lead_actor else "",
        names(project.partner_actors()),
        names(project.municipalities.all()),
        names(project.fields_of_action.all()),
        names(project.target_groups.all()),
        project.languages,
        STATUS_NAMES[project.status],
        # Dates as dates: XLSX gets date cells, CSV their ISO form (what the import reads).
        project.started_on or "",
        project.ended_on or "",
        YES if project.ongoing else NO,
        project.funding_programme,
        project.outcomes,
        project.transferability,
        project.lessons_learned,
        names(project.criteria.all()),
        names(project.tag_list()),
        project.contact_person,
        project.email,
        project.phone,
        YES if project.contact_consent else NO,
    ]
