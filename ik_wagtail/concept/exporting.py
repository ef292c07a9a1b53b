"""Exports of the roll-up's current (filtered) view: CSV for spreadsheets, DOCX for the council.

Both contain exactly the records the page shows; every cell passes ``spreadsheet_safe``.
"""

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from docx.shared import Mm, Pt

from ik_wagtail.exports import spreadsheet_safe, without_control_characters
from ik_wagtail.word import add_table, add_title_block, document_bytes, new_document

from .enums import RecommendationStatus

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


# The page's section headings (plural), as the roll-up page shows them.
KIND_HEADINGS = {
    "recommendation": gettext_lazy("Recommendations"),
    "finding": gettext_lazy("Findings"),
    "open_question": gettext_lazy("Open questions"),
    "good_practice": gettext_lazy("Good-practice references"),
    "quote": gettext_lazy("Voices from the forums"),
}
STATUS_COLUMNS_MM = (40, *[20] * len(RecommendationStatus), 20)


def scope_line(rollup):
    """What the document covers: the roll-up's filters as the page's form names them."""
    form, filters = rollup["filter_form"], rollup["filters"]
    if not filters:
        return _("All approved results in this contribution's scope.")
    parts = []
    for name, value in filters.items():
        field = form.fields[name]
        parts.append(f"{field.label}: {dict(field.choices).get(value, value)}")
    return _("Selection: %(filters)s.") % {"filters": "; ".join(parts)}


def rollup_docx(page, rollup):
    """A Word document by field of action, ready to paste into a council submission: the
    status counts first, then every record of the roll-up's current (filtered) view."""
    document = new_document(page.title, _("Results of the integration conferences"))
    add_title_block(
        document,
        page.title,
        subtitle=_("Results of the integration conferences by field of action"),
        scope=scope_line(rollup),
    )
    if any(row["total"] for row in rollup["status_rows"]):
        document.add_heading(_("Recommendations by field of action and status"), level=1)
        add_table(
            document,
            [_("Field of action"), *[label for _value, label in rollup["statuses"]], _("Total")],
            [
                [row["field"].name, *row["cells"], row["total"]]
                for row in rollup["status_rows"]
                if row["total"]
            ],
            STATUS_COLUMNS_MM,
        )
    # Looked up once: python-docx searches the styles for every paragraph given a style name.
    bullet = document.styles["List Bullet"].style_id
    for section in rollup["sections"]:
        document.add_heading(without_control_characters(section["field"].name), level=1)
        for kind, records in section["kinds"]:
            if not records:
                continue
            document.add_heading(str(KIND_HEADINGS[kind]), level=2)
            for record in records:
                add_record(document, record, bullet)
    return document_bytes(document)


def add_record(document, record, bullet_style_id):
    paragraph = document.add_paragraph()
    paragraph._p.style = bullet_style_id
    if record.title:
        paragraph.add_run(without_control_characters(record.title) + ": ").bold = True
    paragraph.add_run(without_control_characters(record.text))
    details = [f"{record.forum_title} ({record.conference_year})"]
    if record.kind == "recommendation":
        details += [
            f"{_('Implementation status')}: {record.status_label}",
            f"{_('Responsible actors')}: {', '.join(record.responsible) or '–'}",
        ]
    # Under the bullet's text, smaller: where the record comes from and who answers for it.
    detail = document.add_paragraph(without_control_characters(" · ".join(details)))
    detail.paragraph_format.left_indent = Mm(6.35)
    for run in detail.runs:
        run.font.size = Pt(9)
