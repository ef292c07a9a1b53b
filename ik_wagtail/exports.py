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
import datetime
import re

from django.http import StreamingHttpResponse
from django.utils import timezone

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


def csv_text(value):
    """Dates as German Excel reads them from a CSV file ("07.12.2026 14:30"); XLSX gets the
    date itself (``xlsx_bytes``)."""
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return value


class EchoWriter:
    """A file-like object whose ``write`` returns the line, for streaming CSV responses."""

    def write(self, value):
        return value


def csv_response(filename, header, rows, delimiter=";", sheet_title=None):
    """A streamed CSV download: UTF-8 with BOM and ``;`` by default, as German Excel opens it.

    ``rows`` is an iterable of sequences; every cell goes through ``spreadsheet_safe``.
    ``sheet_title`` is not used (a CSV file has no sheets): callers offering both formats pass
    the same arguments to this and ``xlsx_response``.
    """
    writer = csv.writer(EchoWriter(), delimiter=delimiter)

    def lines():
        yield codecs.BOM_UTF8
        yield writer.writerow([spreadsheet_safe(cell) for cell in header]).encode()
        for row in rows:
            yield writer.writerow([spreadsheet_safe(csv_text(cell)) for cell in row]).encode()

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

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # The filtered, searched, ordered queryset is all an export needs; Wagtail would
            # first build the whole listing table around it (every object instantiated).
            return self.as_spreadsheet(self.get_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def export_value(self, field, value, export_format):
        """``preprocess_field_value``, skipping Wagtail's lookup of a preprocessing function
        for the plain text, numbers and dates that need none: a quarter of a long export's
        time went into that lookup, once per cell."""
        if self.custom_field_preprocess or isinstance(value, (list, datetime.datetime)):
            return self.preprocess_field_value(field, value, export_format)
        if not isinstance(value, str):
            return value
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return without_control_characters(value)

    def export_rows(self, queryset):
        """The value lists of the export, in ``list_export``'s order; a view whose rows can be
        read faster than item by item overrides this."""
        for item in queryset:
            yield list(self.to_row_dict(item).values())

    def stream_csv(self, queryset):
        """The intranet's one CSV dialect (``csv_response``): BOM, ``;``, CRLF."""
        yield codecs.BOM_UTF8.decode()
        writer = csv.writer(EchoWriter(), delimiter=";")
        yield writer.writerow([self.get_heading(queryset, field) for field in self.list_export])
        for values in self.export_rows(queryset):
            yield writer.writerow(
                [
                    self.export_value(field, value, self.FORMAT_CSV)
                    for field, value in zip(self.list_export, values, strict=True)
                ]
            )

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_xlsx(self, queryset, output):
        """The intranet's one XLSX layout (``xlsx_bytes``), the sheet named after the list."""
        header = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (
            [
                self.export_value(field, value, self.FORMAT_XLSX)
                for field, value in zip(self.list_export, values, strict=True)
            ]
            for values in self.export_rows(queryset)
        )
        output.write(xlsx_bytes(queryset.model._meta.verbose_name_plural, header, rows))


SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_COLUMN_WIDTH = 60
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"


def xlsx_bytes(sheet_title, header, rows):
    """One sheet as German Excel expects it: named, the header bold, frozen and filtered,
    columns as wide as their content (up to a limit), dates as real date cells, formula-like
    text kept as text (quote prefix), and no characters XML refuses.

    Written in openpyxl's write-only mode, so memory stays bounded for long exports; the
    column widths are taken from the header and the first hundred rows.
    """
    import io
    import itertools

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = iter(rows)
    sample = list(itertools.islice(rows, 100))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE_FORBIDDEN.sub(" ", str(sheet_title))[:31] or "Daten")
    for index, heading in enumerate(header, start=1):
        longest = max(
            [len(str(heading)), *(len(str(row[index - 1])) for row in sample if index <= len(row))]
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def header_cell(value):
        cell = WriteOnlyCell(sheet, value=spreadsheet_safe_xlsx(str(value)))
        cell.font = bold
        return cell

    def data_cell(value):
        """Plain values as they are (a cell object each would double the time of a long
        export); dates and formula-like text get a cell with their format."""
        value = spreadsheet_safe_xlsx(value)
        if isinstance(value, datetime.date):
            cell = WriteOnlyCell(sheet, value=value)
            is_datetime = isinstance(value, datetime.datetime)
            cell.number_format = DATETIME_FORMAT if is_datetime else DATE_FORMAT
            return cell
        if isinstance(value, str) and is_formula_like(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value

    sheet.append([header_cell(heading) for heading in header])
    count = 0
    for row in itertools.chain(sample, rows):
        sheet.append([data_cell(value) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(header), 1))}{count + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename, header, rows, sheet_title=None):
    """An XLSX download of one sheet (see ``xlsx_bytes``)."""
    from django.http import HttpResponse

    response = HttpResponse(
        xlsx_bytes(sheet_title or filename.rsplit(".", 1)[0], header, rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Excel refuses a cell longer than this (it "repairs" the file by dropping the content).
XLSX_CELL_LIMIT = 32_767


def spreadsheet_safe_xlsx(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        # Excel has no time zones: the local time, as the intranet shows it.
        return timezone.localtime(value).replace(tzinfo=None)
    if not isinstance(value, str):
        return value
    value = without_control_characters(value)
    return value if len(value) <= XLSX_CELL_LIMIT else value[: XLSX_CELL_LIMIT - 1] + "…"
