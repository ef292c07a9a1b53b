"""Every export answers 200 and opens again, whatever a user pasted into the content.

One world holds text with control characters, characters XML refuses (U+FFFE, U+FFFF),
bidirectional overrides, emoji, right-to-left script and 40,000 characters; each export is
downloaded and parsed back with the library a user's program would use.
"""

import csv
import io

import pytest
from django.urls import reverse
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from ik_wagtail.conferences.models import ConferencePage, ForumPage
from ik_wagtail.cycle.booklet import pdf_available
from ik_wagtail.cycle.enums import RegistrationStatus
from ik_wagtail.cycle.invitations import add_actors
from ik_wagtail.cycle.models import ForumRegistration
from ik_wagtail.followup.models import YearlyReport
from tests.builders import build_concept_world
from tests.factories import ProjectFactory, ProjectLibraryPageFactory

pytestmark = pytest.mark.django_db

PASTED = "Verein\x07\x0b 🙂 \u202eexe.fdp\u202c مرحبا בית \ufffe\uffff Ende"
LONG = ("Sprachcafé " + PASTED + " ") * 800  # about 40,000 characters


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def reopen_csv(data):
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) >= 2
    return text


def reopen_xlsx(data):
    sheet = load_workbook(io.BytesIO(data)).active
    values = [str(cell.value) for row in sheet.iter_rows() for cell in row]
    assert max(len(value) for value in values) <= 32_767  # Excel's limit per cell
    return " ".join(values)


def reopen_docx(data):
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def reopen_pdf(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def reopen_ics(data):
    return " ".join(str(event["summary"]) for event in Calendar.from_ical(data).walk("VEVENT"))


@pytest.fixture
def pasted_world(home_page, superuser):
    world = build_concept_world(home_page)
    jobcenter = world["jobcenter"]
    jobcenter.name = "Jobcenter " + PASTED
    jobcenter.save()
    world["concept"].title = "Integrationskonzept " + PASTED
    world["concept"].save_revision().publish()  # the roll-up reads actors' names afresh
    ProjectFactory(title="Projekt " + PASTED, summary=PASTED, description=f"<p>{LONG}</p>")
    world["library"] = ProjectLibraryPageFactory(parent=home_page)
    conference = ConferencePage.objects.live().order_by("year").last()
    conference.lead_theme = PASTED
    conference.save_revision().publish()
    forum = ForumPage.objects.child_of(conference).first()
    forum.guiding_question = PASTED
    forum.save_revision().publish()
    add_actors(conference, [jobcenter], None)
    ForumRegistration.objects.create(
        forum=forum, user=superuser, status=RegistrationStatus.REGISTERED
    )
    world.update(conference=conference, forum=forum)
    return world


def test_every_export_answers_and_opens_again(
    admin_client_logged_in, pasted_world, django_capture_on_commit_callbacks
):
    concept, library = pasted_world["concept"], pasted_world["library"]
    conference, forum = pasted_world["conference"], pasted_world["forum"]
    project_list = reverse("wagtailsnippets_ik_projects_integrationproject:list")
    exports = {
        "roll-up CSV": (concept.url + "export/csv/", reopen_csv),
        "roll-up DOCX": (concept.url + "export/docx/", reopen_docx),
        "library CSV": (library.url + "export/", reopen_csv),
        "admin projects CSV": (project_list + "?export=csv", reopen_csv),
        "admin projects XLSX": (project_list + "?export=xlsx", reopen_xlsx),
        "invitations CSV": (
            reverse("ik_cycle_admin:invitations_export", args=[conference.pk, "csv"]),
            reopen_csv,
        ),
        "invitations XLSX": (
            reverse("ik_cycle_admin:invitations_export", args=[conference.pk, "xlsx"]),
            reopen_xlsx,
        ),
        "participants CSV": (
            reverse("ik_cycle_admin:participants_export", args=[conference.pk, forum.pk, "csv"]),
            reopen_csv,
        ),
        "participants XLSX": (
            reverse("ik_cycle_admin:participants_export", args=[conference.pk, forum.pk, "xlsx"]),
            reopen_xlsx,
        ),
        "conference calendar": (conference.url + "kalender/", reopen_ics),
        "forum calendar": (reverse("ik_cycle:forum_calendar", args=[forum.pk]), reopen_ics),
    }
    if pdf_available():
        exports["programme PDF"] = (
            reverse("ik_cycle:programme_pdf", args=[conference.pk]),
            reopen_pdf,
        )

    with django_capture_on_commit_callbacks(execute=True):  # the worker builds the report
        created = admin_client_logged_in.post(
            reverse("ik_followup:yearly_report_create", args=[concept.pk])
        )
    assert created.status_code == 302
    report = YearlyReport.objects.get()
    assert report.state == YearlyReport.State.DONE
    exports["yearly report DOCX"] = (
        reverse("ik_followup:yearly_report_file", args=[report.pk, "docx"]),
        reopen_docx,
    )
    if pdf_available():
        exports["yearly report PDF"] = (
            reverse("ik_followup:yearly_report_file", args=[report.pk, "pdf"]),
            reopen_pdf,
        )

    opened = {}
    for name, (url, reopen) in exports.items():
        response = admin_client_logged_in.get(url)
        assert response.status_code == 200, name
        opened[name] = reopen(body(response))

    assert "🙂" in opened["roll-up CSV"] and "مرحبا" in opened["roll-up DOCX"]
    assert "Integrationskonzept Verein" in opened["yearly report DOCX"]
    assert "مرحبا" in opened["yearly report DOCX"] and "\ufffe" not in opened["yearly report DOCX"]
    if pdf_available():
        # (pypdf reads the running header's two-byte font codes with NULs in between)
        pdf_text = " ".join(opened["yearly report PDF"].replace("\x00", "").split())
        assert "Integrationskonzept Verein" in pdf_text
    assert "\ufffe" not in opened["roll-up DOCX"] and "\u202e" not in opened["roll-up CSV"]
    assert "Ende" in opened["admin projects XLSX"]
    assert "Jobcenter Verein" in opened["invitations XLSX"]
