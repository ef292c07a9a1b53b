"""Exports: the library's CSV download and the admin's CSV/XLSX, safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from ik_wagtail.exports import neutralise_formula, spreadsheet_safe, without_control_characters
from ik_wagtail.projects.importing import plan_import
from tests.factories import ActorFactory, ProjectFactory

pytestmark = pytest.mark.django_db

FORMULAS = ["=1+1", "+49 2452 0000", "-5 Grad", "@SUMME(A1)", '=HYPERLINK("http://x.example")']


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_gets_an_apostrophe(text):
    assert neutralise_formula(text) == "'" + text


def test_spreadsheet_safe_cleans_control_characters_before_neutralising():
    assert spreadsheet_safe("\x00=1+1\x07 Ende\x0b") == "'=1+1 Ende"
    assert without_control_characters("Zeile\teins\nzwei\x1f") == "Zeile\teins\nzwei"
    assert spreadsheet_safe(2024) == 2024
    assert spreadsheet_safe("Sprachcafé") == "Sprachcafé"


def test_characters_xml_does_not_allow_are_removed():
    assert without_control_characters("Nicht\ufffe\uffff erlaubt\ud800") == "Nicht erlaubt"
    assert without_control_characters("Emoji 🙂 und ß bleiben") == "Emoji 🙂 und ß bleiben"


def parse_csv(response, delimiter=";"):
    """The rows of a CSV download, checked for the intranet's dialect (BOM, CRLF)."""
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    assert body.endswith("\r\n") and body.split("\n", 1)[0].endswith("\r")
    return list(csv.reader(io.StringIO(body[1:], newline=""), delimiter=delimiter))


def test_library_csv_has_the_current_result_with_formulas_neutralised(
    user_client, library, catalogue
):
    ProjectFactory(title="=1+1 Sprachcafé", summary="@SUMME(A1)\x07 mit Glocke", tags=["Sprache"])

    response = user_client.get(library.url + "export/", {"q": "Sprachcafé"})

    header, *rows = parse_csv(response)
    assert response["Content-Disposition"] == 'attachment; filename="gute-praxis-projekte.csv"'
    assert header[:3] == ["Slug", "Titel", "Kurzbeschreibung"]
    assert "E-Mail" not in header
    assert sorted(row[1] for row in rows) == ["'=1+1 Sprachcafé", "Sprachcafé Erkelenz"]
    assert "'@SUMME(A1) mit Glocke" in [row[2] for row in rows]


def test_library_csv_can_be_imported_again(user_client, library, catalogue):
    response = user_client.get(library.url + "export/")
    body = b"".join(response.streaming_content)

    plan = plan_import(body, "gute-praxis-projekte.csv")

    assert plan.errors == []
    assert plan.unchanged_count == 5


def test_admin_csv_export_neutralises_formulas_and_control_characters(admin_client_logged_in):
    ProjectFactory(title="=1+1", summary="+49 2452\x07 0000", email="x@example.invalid")

    response = admin_client_logged_in.get(
        reverse("wagtailsnippets_ik_projects_integrationproject:list"), {"export": "csv"}
    )

    header, row = parse_csv(response)  # the intranet's one dialect: BOM, ";", CRLF
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert header[1] == "Titel"
    assert len(header) == len(set(header))
    assert row[1] == "'=1+1"
    assert row[2] == "'+49 2452 0000"
    assert row[header.index("E-Mail")] == "x@example.invalid"


def test_admin_xlsx_export_writes_formula_like_text_as_text(admin_client_logged_in):
    for title in FORMULAS:
        ProjectFactory(title=title, summary="Glocke\x07 und\ufffe Tab\x0b")

    response = admin_client_logged_in.get(
        reverse("wagtailsnippets_ik_projects_integrationproject:list"), {"export": "xlsx"}
    )

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells) == sorted(FORMULAS)
    assert {cell.data_type for cell in cells} == {"s"}
    assert all(cell.quotePrefix for cell in cells)
    assert {row[2].value for row in sheet.iter_rows(min_row=2)} == {"Glocke und Tab"}


def test_admin_xlsx_export_is_a_sheet_german_excel_works_with(admin_client_logged_in):
    import datetime

    ProjectFactory(title="Sprachcafé Wegberg", started_on=datetime.date(2023, 2, 1))

    response = admin_client_logged_in.get(
        reverse("wagtailsnippets_ik_projects_integrationproject:list"), {"export": "xlsx"}
    )

    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = book.active
    header = list(sheet[1])
    started = sheet.cell(row=2, column=[c.value for c in header].index("Beginn") + 1)
    assert book.sheetnames == ["Gute-Praxis-Projekte"]
    assert all(cell.font.bold for cell in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{header[-1].column_letter}2"
    assert started.value == datetime.datetime(2023, 2, 1)
    assert started.number_format == "DD.MM.YYYY"
    assert sheet.column_dimensions["B"].width >= len("Sprachcafé Wegberg")


def streamed_query_count(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("export", ["library", "admin"])
def test_export_queries_do_not_grow_with_the_projects(admin_client_logged_in, library, export):
    url, params = {
        "library": (library.url + "export/", {}),
        "admin": (
            reverse("wagtailsnippets_ik_projects_integrationproject:list"),
            {"export": "csv"},
        ),
    }[export]
    ProjectFactory.create_batch(2, tags=["Sport"], partners=[ActorFactory()])
    few = streamed_query_count(admin_client_logged_in, url, params)
    ProjectFactory.create_batch(8, tags=["Kultur"], partners=[ActorFactory()])

    assert streamed_query_count(admin_client_logged_in, url, params) == few


SPOOFED = "Sprachcafé \u202eexe.fdp\u202c Heinsberg\u200b"


def test_bidi_overrides_and_invisible_characters_are_removed_from_exports():
    assert without_control_characters(SPOOFED) == "Sprachcafé exe.fdp Heinsberg"
    # Joiners and direction marks that scripts and emoji need stay.
    assert without_control_characters("👩\u200d💻 \u200fمرحبا") == "👩\u200d💻 \u200fمرحبا"


def test_names_and_titles_lose_bidi_overrides_on_input(home_page):
    from ik_wagtail.conferences.models import ConferenceIndexPage

    actor = ActorFactory(name="Jobcenter \u202eretnec\u202c")
    project = ProjectFactory(title=SPOOFED)
    index = home_page.add_child(
        instance=ConferenceIndexPage(title="Konferenzen\u2066 intern\u2069")
    )

    actor.refresh_from_db()
    project.refresh_from_db()
    index.refresh_from_db()
    assert actor.name == "Jobcenter retnec"
    assert project.title == "Sprachcafé exe.fdp Heinsberg"
    assert index.title == "Konferenzen intern"


def test_admin_export_holds_what_the_listing_shows_after_search_and_filter(
    admin_client_logged_in,
):
    ProjectFactory(title="Sprachcafé Wegberg")
    ProjectFactory(title="Sprachcafé Erkelenz", live=False)
    ProjectFactory(title="Fußballtraining Hückelhoven")
    url = reverse("wagtailsnippets_ik_projects_integrationproject:list")

    searched = parse_csv(admin_client_logged_in.get(url, {"export": "csv", "q": "Sprachcafé"}))
    filtered = parse_csv(
        admin_client_logged_in.get(url, {"export": "csv", "q": "Sprachcafé", "live": "true"})
    )

    assert sorted(row[1] for row in searched[1:]) == ["Sprachcafé Erkelenz", "Sprachcafé Wegberg"]
    assert [row[1] for row in filtered[1:]] == ["Sprachcafé Wegberg"]
