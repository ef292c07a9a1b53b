"""Spreadsheet exports that are safe to open (see the security notes on exports).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel and LibreOffice: whoever controls a project title could run one on the KI's machine. CSV
cells get a leading apostrophe, the convention spreadsheets show as "text"; XLSX cells are
written as strings with Excel's quote prefix, so they stay text even when edited. Control
characters (NUL, bell, vertical tab, …) and the other characters XML 1.0 does not allow (the
noncharacters U+FFFE and U+FFFF, lone surrogates) are removed: openpyxl and python-docx refuse
them, and they have no business in a document.
"""

import codecs
import csv
import re

from django.http import StreamingHttpResponse

from .text import without_format_characters

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def without_control_characters(text):
    """Also without the invisible characters that disguise names (``text.FORMAT_CHARACTERS``)."""
    return without_format_characters(CONTROL_CHARACTERS.sub("", text))


def is_formula_like(text):
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_formula(text):
    """Text that a spreadsheet shows as it is, never evaluates (apostrophe prefix)."""
    return f"'{text}" if is_formula_like(text) else text


def restore_formula_like(text):
    """The text an exported cell held before ``neutralise_formula`` (for re-imports)."""
    return text[1:] if text.startswith("'") and is_formula_like(text[1:]) else text


def spreadsheet_safe(value):
    """A cell a spreadsheet shows as it is: text without control characters and formulas.

    Other values (numbers, dates, ``None``) are returned unchanged.
    """
    if not isinstance(value, str):
        return value
    return neutralise_formula(without_control_characters(value))


class EchoWriter:
    """A file-like object whose ``write`` returns the line, for streaming CSV responses."""

    def write(self, value):
        return value


def csv_response(filename, header, rows, delimiter=";"):
    """A streamed CSV download: UTF-8 with BOM and ``;`` by default, as German Excel opens it.

    ``rows`` is an iterable of sequences; every cell goes through ``spreadsheet_safe``.
    """
    writer = csv.writer(EchoWriter(), delimiter=delimiter)

    def lines():
        yield codecs.BOM_UTF8
        yield writer.writerow([spreadsheet_safe(cell) for cell in header]).encode()
        for row in rows:
            yield writer.writerow([spreadsheet_safe(cell) for cell in row]).encode()

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SafeSpreadsheetExportMixin:
    """For Wagtail listing views with ``list_export``: neutralised CSV and XLSX cells.

    Put it before the Wagtail view class. Wagtail already writes ``=…`` XLSX strings as text;
    this covers every formula trigger, both formats, control characters, and adds the BOM that
    makes Excel read the CSV as UTF-8.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if not isinstance(value, str):
            return value
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return without_control_characters(value)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str) and is_formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell

    def stream_csv(self, queryset):
        yield codecs.BOM_UTF8.decode()
        yield from super().stream_csv(queryset)


def xlsx_response(filename, header, rows):
    """An XLSX download of one sheet; formula-like text stays text (quote prefix)."""
    import io

    from django.http import HttpResponse
    from openpyxl import Workbook

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    for row in [header, *rows]:
        sheet.append([spreadsheet_safe_xlsx(cell) for cell in row])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and is_formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def spreadsheet_safe_xlsx(value):
    return without_control_characters(value) if isinstance(value, str) else value
