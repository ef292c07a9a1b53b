"""Exports of the roll-up's current (filtered) view: CSV for spreadsheets, DOCX for the council.

Both contain exactly the records the page shows; every cell passes ``spreadsheet_safe``.
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from docx import Document

from ik_wagtail.exports import spreadsheet_safe, without_control_characters

KIND_LABELS = {
    "recommendation": gettext_lazy("Recommendation"),
    "finding": gettext_lazy("Finding"),
    "open_question": gettext_lazy("Open question"),
    "good_practice": gettext_lazy("Good-practice reference"),
    "quote": gettext_lazy("Voice from the forum"),
}


def record_row(item):
    return [
        item.field_name,
        str(KIND_LABELS.get(item.kind, item.kind)),
        item.title,
        item.text,
        ", ".join(item.responsible),
        item.priority,
        item.time_horizon,
        item.status_label,
        item.forum_title,
        item.conference_year,
    ]


def csv_header():
    return [
        _("Field of action"),
        _("Kind"),
        _("Title"),
        _("Text"),
        _("Responsible actors"),
        _("Priority"),
        _("Time horizon"),
        _("Implementation status"),
        _("Forum"),
        _("Year"),
    ]


def rollup_records(rollup):
    for section in rollup["sections"]:
        for _kind, records in section["kinds"]:
            yield from records


def rollup_csv(rollup):
    """UTF-8 with BOM and ``;`` so that Excel in a German locale opens it directly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(csv_header())
    for record in rollup_records(rollup):
        writer.writerow([spreadsheet_safe(cell) for cell in record_row(record)])
    return "\ufeff" + buffer.getvalue()


def rollup_docx(page, rollup):
    """A Word document by field of action, ready to paste into a council submission."""
    document = Document()
    document.core_properties.title = without_control_characters(page.title)
    document.add_heading(without_control_characters(page.title), level=0)
    document.add_paragraph(
        _("As of %(date)s. Only results approved by the Kommunales Integrationszentrum.")
        % {"date": timezone.localdate().strftime("%d.%m.%Y")}
    )
    for section in rollup["sections"]:
        document.add_heading(without_control_characters(section["field"].name), level=1)
        for kind, records in section["kinds"]:
            if not records:
                continue
            document.add_heading(str(KIND_LABELS[kind]), level=2)
            for record in records:
                add_record(document, record)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_record(document, record):
    paragraph = document.add_paragraph(style="List Bullet")
    if record.title:
        paragraph.add_run(without_control_characters(record.title) + ": ").bold = True
    paragraph.add_run(without_control_characters(record.text))
    details = [f"{record.forum_title} ({record.conference_year})"]
    if record.kind == "recommendation":
        details += [
            f"{_('Implementation status')}: {record.status_label}",
            f"{_('Responsible actors')}: {', '.join(record.responsible) or '–'}",
        ]
    document.add_paragraph(without_control_characters(" · ".join(details)))
