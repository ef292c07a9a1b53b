"""The council's Sachstandsbericht: built by the worker, A4 with title, contents and page
numbers, and every number recomputable from the roll-up's CSV export."""

import csv
import io
from collections import Counter

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.cycle.booklet import pdf_available
from ik_wagtail.followup.models import StatusReport, YearlyReport
from ik_wagtail.followup.reports import approve

pytestmark = pytest.mark.django_db


def build(client, world, capture):
    concept = world["concept"]
    client.force_login(world["ki"])
    page = client.get(concept.url)
    with capture(execute=True):
        created = client.post(reverse("ik_followup:yearly_report_create", args=[concept.pk]))
    return page, created


def test_the_ki_builds_the_report_and_its_numbers_match_the_csv_export(
    client, world, django_capture_on_commit_callbacks
):
    StatusReport.objects.create(
        tracking=world["tracking"],
        actor=world["jobcenter"],
        progress=70,
        done="Kurs läuft",
        status=RecommendationStatus.IMPLEMENTED,
    )
    approve(StatusReport.objects.all(), world["ki"])

    page, created = build(client, world, django_capture_on_commit_callbacks)
    report = YearlyReport.objects.get()
    status = client.get(created.url)
    docx_response = client.get(reverse("ik_followup:yearly_report_file", args=[report.pk, "docx"]))
    csv_response = client.get(world["concept"].url + world["concept"].reverse_subpage("export_csv"))

    assert "Sachstandsbericht erstellen" in page.text
    assert report.state == YearlyReport.State.DONE
    assert "Word-Dokument (DOCX)" in status.text
    document = Document(io.BytesIO(docx_response.content))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.core_properties.author == "Kreis Heinsberg – Kommunales Integrationszentrum"
    assert document.core_properties.language == "de-DE"
    xml = document.element.xml + section.footer._element.xml
    assert "TOC \\o" in xml and "PAGE" in xml
    assert "w:tblHeader" in xml

    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    status_column = rows[0].index("Umsetzungsstand")
    from_csv = Counter((row[0], row[status_column]) for row in rows[1:] if row[1] == "Empfehlung")
    figures_table = document.tables[0]
    headings = [cell.text for cell in figures_table.rows[0].cells]
    from_report = Counter()
    for row in figures_table.rows[1:]:
        cells = [cell.text for cell in row.cells]
        for heading, value in zip(headings[1:-2], cells[1:-2], strict=True):
            if int(value):
                from_report[(cells[0], heading)] = int(value)
    assert from_report == from_csv
    assert ("Arbeit", "Umgesetzt") in from_report
    recommendations = document.tables[1]
    texts = [[cell.text for cell in row.cells] for row in recommendations.rows]
    [jobcoaching] = [row for row in texts if row[0] == "Jobcoaching mit Sprachförderung"]
    assert jobcoaching[1:4] == ["Arbeit", "Umgesetzt", "70 %"]
    assert "Umgesetzt: Kurs läuft" in jobcoaching[5]


def test_the_next_report_shows_the_change_since_the_last(
    client, world, django_capture_on_commit_callbacks
):
    build(client, world, django_capture_on_commit_callbacks)
    StatusReport.objects.create(
        tracking=world["tracking"],
        actor=world["jobcenter"],
        progress=100,
        done="Fertig",
        status=RecommendationStatus.IMPLEMENTED,
    )
    approve(StatusReport.objects.all(), world["ki"])
    build(client, world, django_capture_on_commit_callbacks)
    latest = YearlyReport.objects.first()

    document = Document(io.BytesIO(bytes(latest.docx)))
    changes = {row.cells[0].text: row.cells[-1].text for row in document.tables[0].rows[1:]}

    assert changes["Arbeit"] == "+1"


@pytest.mark.skipif(not pdf_available(), reason="needs WeasyPrint (the pdf extra)")
def test_the_pdf_is_a4_with_page_numbers(client, world, django_capture_on_commit_callbacks):
    build(client, world, django_capture_on_commit_callbacks)
    report = YearlyReport.objects.get()

    response = client.get(reverse("ik_followup:yearly_report_file", args=[report.pk, "pdf"]))

    pdf = PdfReader(io.BytesIO(response.content))
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    assert "Seite 2 /" in pdf.pages[1].extract_text()


def test_only_the_ki_builds_and_downloads_reports(client, world):
    client.force_login(world["member"])

    page = client.get(world["concept"].url)
    create = client.post(reverse("ik_followup:yearly_report_create", args=[world["concept"].pk]))
    odd = client.get(reverse("ik_followup:yearly_report_file", args=[1, "error"]))

    assert "Sachstandsbericht erstellen" not in page.text
    assert create.status_code == 403
    assert odd.status_code in {403, 404}
    assert not YearlyReport.objects.exists()
