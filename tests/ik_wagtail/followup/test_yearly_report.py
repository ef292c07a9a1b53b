"""The council's Sachstandsbericht: built by the worker, A4 with title, contents and page
numbers, and every number recomputable from the roll-up's CSV export."""

import csv
import io
from collections import Counter

import pytest
from django.urls import reverse
from docx import Document
from PIL import Image
from pypdf import PdfReader

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.cycle.booklet import pdf_available
from ik_wagtail.followup.models import StatusReport, YearlyReport
from ik_wagtail.followup.reports import approve

pytestmark = pytest.mark.django_db


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(data))).pages)


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
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    rows = {
        heading: [[cell.text for cell in row.cells] for row in table.rows[1:]]
        for heading, table in zip(headings, document.tables[1:], strict=False)
    }
    [jobcoaching] = [row for row in rows["Arbeit"] if row[0] == "Jobcoaching mit Sprachförderung"]
    assert jobcoaching[1:3] == ["Umgesetzt", "70 %"]
    assert "Umgesetzt: Kurs läuft" in jobcoaching[4]
    assert sum(len(group) for group in rows.values()) == sum(from_csv.values())


def test_the_word_document_carries_the_chart_with_alternative_text(
    client, world, django_capture_on_commit_callbacks
):
    build(client, world, django_capture_on_commit_callbacks)
    report = YearlyReport.objects.get()

    document = Document(io.BytesIO(bytes(report.docx)))
    [picture] = document.inline_shapes
    properties = picture._inline.docPr
    embedded = picture._inline.graphic.graphicData.pic.blipFill.blip.embed
    image = Image.open(io.BytesIO(document.part.related_parts[embedded].blob))

    assert properties.get("title") == "Empfehlungen nach Handlungsfeld und Umsetzungsstand"
    assert "Tabelle darunter" in properties.get("descr")
    assert round(picture.width.mm) == 160
    assert image.format == "PNG" and image.width >= 1200
    # The bar of "Arbeit" in the status colours: the chart is drawn, not blank.
    colours = {colour for _count, colour in image.getcolors(maxcolors=100_000)}
    assert (0x5A, 0x63, 0x70) in colours  # open


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
    report.refresh_from_db()
    assert (report.pdf_state, report.pdf_html) == (YearlyReport.State.DONE, "")


@pytest.mark.skipif(not pdf_available(), reason="needs WeasyPrint (the pdf extra)")
def test_the_word_document_is_ready_before_the_pdf_and_both_show_the_same_numbers(
    client, world, django_capture_on_commit_callbacks
):
    concept = world["concept"]
    client.force_login(world["ki"])
    with django_capture_on_commit_callbacks() as queued:
        created = client.post(reverse("ik_followup:yearly_report_create", args=[concept.pk]))
    [build_word] = queued
    with django_capture_on_commit_callbacks() as queued_pdf:
        build_word()
    waiting = client.get(created.url)
    first = YearlyReport.objects.get()
    early_pdf = client.get(reverse("ik_followup:yearly_report_file", args=[first.pk, "pdf"]))
    # A status change between the two tasks does not reach the PDF.
    StatusReport.objects.create(
        tracking=world["tracking"],
        actor=world["jobcenter"],
        progress=100,
        done="Trägerwechsel",
        status=RecommendationStatus.REJECTED,
    )
    approve(StatusReport.objects.all(), world["ki"])
    [build_pdf] = queued_pdf
    build_pdf()
    done = client.get(created.url)
    report = YearlyReport.objects.get()
    build(client, world, django_capture_on_commit_callbacks)
    later = YearlyReport.objects.exclude(pk=report.pk).get()

    assert "Word-Dokument (DOCX)" in waiting.text
    assert "Das PDF wird gesetzt" in waiting.text
    assert early_pdf.status_code == 404
    assert "PDF-Dokument" in done.text
    text = pdf_text(report.pdf)
    assert "Jobcoaching" in text
    assert "Trägerwechsel" not in text
    assert "Trägerwechsel" in pdf_text(later.pdf)
    word = Document(io.BytesIO(bytes(report.docx)))
    arbeit = next(row for row in word.tables[0].rows if row.cells[0].text == "Arbeit")
    rejected_column = [cell.text for cell in word.tables[0].rows[0].cells].index("Verworfen")
    assert arbeit.cells[rejected_column].text == "0"


def test_only_the_ki_builds_and_downloads_reports(client, world):
    client.force_login(world["member"])

    page = client.get(world["concept"].url)
    create = client.post(reverse("ik_followup:yearly_report_create", args=[world["concept"].pk]))
    odd = client.get(reverse("ik_followup:yearly_report_file", args=[1, "error"]))

    assert "Sachstandsbericht erstellen" not in page.text
    assert create.status_code == 403
    assert odd.status_code in {403, 404}
    assert not YearlyReport.objects.exists()
