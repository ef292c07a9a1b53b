"""Word documents the plugin makes (the roll-up's export, the yearly report): one layout.

A county office opens them and goes on working, so each one is A4 with 25 mm margins, set in
Arial, with the county's Kommunales Integrationszentrum as author and German as language, a
title block that says what the document covers (the filters it was made from) and when, page
numbers in the footer, headings that Word's navigation pane and screen readers use, and tables
whose header row repeats on every page. Text passes ``without_control_characters``: XML
refuses some characters users paste, and invisible format characters have no place in a
council document.
"""

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .exports import without_control_characters as clean

AUTHOR = "Kreis Heinsberg – Kommunales Integrationszentrum"
TEXT_WIDTH_MM = 160  # A4 less two 25 mm margins


def new_document(title, subject=""):
    """An empty A4 document with the properties, styles and page-numbered footer."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    properties = document.core_properties
    properties.title = clean(title)
    properties.subject = clean(subject)
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.language = "de-DE"
    # Arial, as the county's documents use; LibreOffice shows the metric-equal Liberation Sans.
    for style in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[style].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{AUTHOR} · {_('Page')} ")
    add_field(footer, "PAGE")
    return document


def add_title_block(document, title, subtitle="", scope="", as_of=None):
    """County, title, subtitle, and the line that says what the document covers and when."""
    document.add_paragraph(AUTHOR)
    document.add_heading(clean(title), level=0)
    if subtitle:
        document.add_paragraph(clean(subtitle))
    as_of = _("As of %(date)s. Only results approved by the Kommunales Integrationszentrum.") % {
        "date": formats.date_format(as_of or timezone.localdate(), "SHORT_DATE_FORMAT")
    }
    document.add_paragraph(clean(f"{scope} {as_of}" if scope else as_of))


def add_table_of_contents(document):
    document.add_heading(_("Contents"), level=1)
    add_field(
        document.add_paragraph(),
        'TOC \\o "1-2" \\h \\z \\u',
        _("Word fills in the table of contents when the document is opened (or with F9)."),
    )
    document.add_page_break()


def add_field(paragraph, instruction, placeholder=""):
    """A Word field (page number, table of contents), updated when the document is opened;
    ``placeholder`` is what programs show that do not update fields."""
    run = paragraph.add_run()
    parts = [("begin", None), (None, instruction), ("separate", None), ("text", placeholder)]
    for kind, text in [*parts, ("end", None)]:
        if kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        elif kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                element.set(qn("w:dirty"), "true")
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def add_table(document, headings, rows, widths_mm):
    """A table with a bold header row repeated on every page. Widths go both into the grid
    (LibreOffice reads that) and into every cell (Word reads those)."""
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.autofit = False
    widths = [Mm(width) for width in widths_mm]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for cell, heading, width in zip(table.rows[0].cells, headings, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(clean(str(heading))).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = width
            cell.text = clean(str(value))
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    return table


def add_picture(document, png, title, description, width_mm=TEXT_WIDTH_MM):
    """A picture with alternative text (Word reads ``descr`` aloud)."""
    shape = document.add_picture(io.BytesIO(png), width=Mm(width_mm))
    properties = shape._inline.docPr
    properties.set("title", title)
    properties.set("descr", description)
    return shape


def document_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
