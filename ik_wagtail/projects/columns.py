"""The column set of project files: the import reads it, the library's CSV download writes it.

So a downloaded search result can be edited in a spreadsheet and imported again. Headings are
German (the file format is documented in the README, not translated); on import they are
matched without regard to case, umlaut spelling, spaces and hyphens ("E-Mail" = "email").
"""

import html
import re
from collections import defaultdict
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


# Many rows at once --------------------------------------------------------------------------

EXPORT_CHUNK = 2000
PLAIN_FIELDS = [
    "pk",
    "slug",
    "title",
    "summary",
    "description",
    "languages",
    "status",
    "started_on",
    "ended_on",
    "ongoing",
    "funding_programme",
    "outcomes",
    "transferability",
    "lessons_learned",
    "contact_person",
    "email",
    "phone",
    "contact_consent",
]


def grouped(pairs):
    names_by_project = defaultdict(list)
    for project_id, name in pairs:
        names_by_project[project_id].append(name)
    return names_by_project


def related_names(field_name, project_ids):
    """Names of a many-to-many relation per project, in the related model's order (as
    ``project.<field>.all()`` gives them)."""
    from .models.project import IntegrationProject

    field = IntegrationProject._meta.get_field(field_name)
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    ordering = [f"{target}__{name}" for name in field.related_model._meta.ordering] or ["pk"]
    return grouped(
        field.remote_field.through.objects.filter(**{f"{source}_id__in": project_ids})
        .order_by(*ordering, "pk")
        .values_list(f"{source}_id", f"{target}__name")
    )


def project_rows(ids, among=None):
    """The projects with these ids, in this order, as rows of the file format (``COLUMNS``),
    read as plain values in chunks of 2,000 (eight queries a chunk). Model instances with
    Django's prefetching took six seconds for 10,000 projects, most of it building related
    querysets per object; this takes one. Only projects of ``among`` (e.g. the live ones)
    are written."""
    from .models.project import IntegrationProject, ProjectPartner, TaggedIntegrationProject

    among = IntegrationProject.objects.all() if among is None else among
    ids = list(ids)
    for start in range(0, len(ids), EXPORT_CHUNK):
        chunk = ids[start : start + EXPORT_CHUNK]
        plain = {
            row["pk"]: row
            for row in among.filter(pk__in=chunk).values(*PLAIN_FIELDS, "lead_actor__name")
        }
        partners = grouped(
            ProjectPartner.objects.filter(project_id__in=chunk)
            .order_by("actor__name", "pk")
            .values_list("project_id", "actor__name")
        )
        relations = {
            name: related_names(name, chunk)
            for name in ("municipalities", "fields_of_action", "target_groups", "criteria")
        }
        tags = grouped(
            TaggedIntegrationProject.objects.filter(content_object_id__in=chunk)
            .order_by("pk")
            .values_list("content_object_id", "tag__name")
        )
        for pk in chunk:
            if pk not in plain:
                continue
            row = plain[pk]
            yield [
                row["slug"],
                row["title"],
                row["summary"],
                rich_text_to_plain(row["description"]),
                row["lead_actor__name"] or "",
                joined(partners[pk]),
                joined(relations["municipalities"][pk]),
                joined(relations["fields_of_action"][pk]),
                joined(relations["target_groups"][pk]),
                row["languages"],
                STATUS_NAMES[row["status"]],
                row["started_on"] or "",
                row["ended_on"] or "",
                YES if row["ongoing"] else NO,
                row["funding_programme"],
                row["outcomes"],
                row["transferability"],
                row["lessons_learned"],
                joined(relations["criteria"][pk]),
                joined(tags[pk]),
                row["contact_person"],
                row["email"],
                row["phone"],
                YES if row["contact_consent"] else NO,
            ]
