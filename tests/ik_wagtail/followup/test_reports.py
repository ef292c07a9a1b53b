"""Status reports: only the responsible may report, nothing counts before the KI approves,
single-use links, and the review queue in bulk."""

import datetime
import math
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import RecommendationStatusChange, RecommendationTracking
from ik_wagtail.followup.enums import ReviewState
from ik_wagtail.followup.models import StatusReport, StatusRequestRound
from ik_wagtail.followup.reports import approve, create_request, link_token
from ik_wagtail.followup.requests import send_status_requests
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DONE = "Zwölf Teilnehmende im ersten Jobcoaching-Kurs"


def report_data(**changes):
    return {
        "status": RecommendationStatus.IN_PROGRESS,
        "progress": "40",
        "done": DONE,
        "next_step": "Zweiter Kurs im Frühjahr",
        "milestones": "15.06.2027 Auswertung mit dem Jobcenter\n1.3.2027 – Zweiter Kurs beginnt",
        "indicator": "12 Teilnehmende",
        **changes,
    }


def reader_sees(client, world, text):
    """Whether ``text`` shows anywhere a reader looks: roll-up page, its CSV, site search."""
    reader = UserFactory(username="leserin")
    client.force_login(reader)
    concept = world["concept"]
    pages = [
        client.get(concept.url).text,
        client.get(concept.url + concept.reverse_subpage("export_csv")).content.decode("utf-8-sig"),
        client.get(reverse("search"), {"query": "Jobcoaching"}).text,
    ]
    return any(text in page for page in pages)


def test_a_member_of_the_responsible_organisation_reports_and_nothing_shows_before_approval(
    client, world
):
    client.force_login(world["member"])
    listing = client.get(reverse("ik_followup:my_recommendations"))
    form = client.get(reverse("ik_followup:report", args=[world["tracking"].pk]))
    sent = client.post(reverse("ik_followup:report", args=[world["tracking"].pk]), report_data())
    after = client.get(reverse("ik_followup:my_recommendations"))

    assert "Jobcoaching mit Sprachförderung" in listing.text
    assert form.status_code == 200
    assert sent.status_code == 302
    report = StatusReport.objects.get()
    assert (report.review_state, report.actor, report.reported_by) == (
        ReviewState.PENDING,
        world["jobcenter"],
        world["member"],
    )
    assert "Ihr Bericht wird geprüft." in after.text
    world["tracking"].refresh_from_db()
    assert (world["tracking"].status, world["tracking"].progress) == (
        RecommendationStatus.OPEN,
        None,
    )
    assert not reader_sees(client, world, DONE)


def test_others_cannot_report_on_a_recommendation(client, world):
    outsider = UserFactory(username="aussen")
    client.force_login(outsider)

    response = client.post(
        reverse("ik_followup:report", args=[world["tracking"].pk]), report_data()
    )
    listing = client.get(reverse("ik_followup:my_recommendations"))

    assert response.status_code == 404
    assert "nicht mit einer Organisation verknüpft" in listing.text
    assert not StatusReport.objects.exists()


def test_bad_input_keeps_what_was_typed(client, world):
    client.force_login(world["member"])

    response = client.post(
        reverse("ik_followup:report", args=[world["tracking"].pk]), report_data(progress="140")
    )

    assert response.status_code == 200
    assert DONE in response.text
    assert not StatusReport.objects.exists()


def test_milestones_are_kept_in_date_order_and_bad_lines_are_named(client, world):
    client.force_login(world["member"])
    url = reverse("ik_followup:report", args=[world["tracking"].pk])

    refused = client.post(url, report_data(milestones="01.03.2027 Kursstart\nirgendwann Ende"))
    client.post(url, report_data())
    report = StatusReport.objects.get()
    client.force_login(world["ki"])
    queue = client.get(reverse("ik_followup_review"))

    assert refused.status_code == 200
    assert "Zeile 2: Bitte beginnen Sie mit einem Datum wie 01.03.2027." in refused.text
    assert "irgendwann Ende" in refused.text
    assert report.milestones == [
        {"date": "2027-03-01", "label": "Zweiter Kurs beginnt"},
        {"date": "2027-06-15", "label": "Auswertung mit dem Jobcenter"},
    ]
    assert "01.03.2027 Zweiter Kurs beginnt" in queue.text
    assert "15.06.2027 Auswertung mit dem Jobcenter" in queue.text


def test_the_ki_approves_and_readers_see_status_progress_and_history(client, world):
    client.force_login(world["member"])
    client.post(reverse("ik_followup:report", args=[world["tracking"].pk]), report_data())
    report = StatusReport.objects.get()
    client.force_login(world["ki"])
    queue = client.get(reverse("ik_followup_review"))

    approved = client.post(
        reverse("ik_followup_review"), {"reports": [report.pk], "decision": "approve"}
    )

    assert DONE in queue.text
    assert approved.status_code == 302
    world["tracking"].refresh_from_db()
    assert (world["tracking"].status, world["tracking"].progress) == (
        RecommendationStatus.IN_PROGRESS,
        40,
    )
    [change] = world["tracking"].changes.all()
    assert change.progress == 40
    assert "Jobcenter Kreis Heinsberg" in change.note
    assert "Meilensteine: 01.03.2027 Zweiter Kurs beginnt; 15.06.2027 Auswertung" in change.note
    assert reader_sees(client, world, DONE)


def test_returning_needs_a_note_and_shows_nothing(client, world):
    client.force_login(world["member"])
    client.post(reverse("ik_followup:report", args=[world["tracking"].pk]), report_data())
    report = StatusReport.objects.get()
    client.force_login(world["ki"])

    without_note = client.post(
        reverse("ik_followup_review"), {"reports": [report.pk], "decision": "return"}
    )
    returned = client.post(
        reverse("ik_followup_review"),
        {"reports": [report.pk], "decision": "return", "note": "Bitte Zahlen ergänzen."},
    )

    assert without_note.status_code == 200
    assert "Bitte sagen Sie, warum" in without_note.text
    assert returned.status_code == 302
    report.refresh_from_db()
    assert (report.review_state, report.review_note) == (
        ReviewState.RETURNED,
        "Bitte Zahlen ergänzen.",
    )
    assert not reader_sees(client, world, DONE)


def test_only_the_ki_reviews(client, world):
    client.force_login(world["member"])

    response = client.get(reverse("ik_followup_review"))

    assert response.status_code in {302, 403}


def link(tracking_id, token):
    return reverse("ik_followup:report_by_link", args=[tracking_id, token])


def test_a_report_link_works_once_without_login(client, world):
    request = create_request(world["tracking"], world["jobcenter"], "jobcenter@example.invalid")
    url = link(world["tracking"].pk, link_token(request))

    form = client.get(url)
    sent = client.post(url, report_data())
    again = client.post(url, report_data(done="Zweiter Versuch"))

    assert form.status_code == 200
    assert sent.status_code == 200
    assert "zur Prüfung an das KI" in sent.text
    assert again.status_code == 410
    report = StatusReport.objects.get()
    assert (report.request, report.actor, report.reported_by) == (request, world["jobcenter"], None)


def test_tampered_expired_and_foreign_links_change_nothing(client, world):
    tracking = world["tracking"]
    other = RecommendationTracking.objects.exclude(pk=tracking.pk).first()
    request = create_request(tracking, world["jobcenter"], "jobcenter@example.invalid")
    token = link_token(request)
    expired = create_request(
        tracking,
        world["jobcenter"],
        "jobcenter@example.invalid",
        now=timezone.now() - datetime.timedelta(days=100),
    )

    tampered = client.post(link(tracking.pk, token[:-2] + "xx"), report_data())
    foreign = client.post(link(other.pk, token), report_data())
    too_late = client.post(link(tracking.pk, link_token(expired)), report_data())

    assert (tampered.status_code, foreign.status_code, too_late.status_code) == (400, 400, 410)
    assert "abgelaufen" in too_late.text
    assert not StatusReport.objects.exists()


def test_bulk_approval_takes_the_same_queries_for_5_and_500_reports(world):
    def pending(count):
        StatusReport.objects.bulk_create(
            StatusReport(
                tracking=world["tracking"],
                actor=world["jobcenter"],
                status=RecommendationStatus.IN_PROGRESS,
                progress=number % 101,
                done=f"Bericht {number}",
            )
            for number in range(count)
        )
        return StatusReport.objects.filter(review_state=ReviewState.PENDING)

    approve(pending(1), world["ki"])  # fills what is cached (hidden parts of the page tree)
    few_reports = pending(5)
    with CaptureQueriesContext(connection) as few:
        assert approve(few_reports, world["ki"]) == 5
    many_reports = pending(500)
    with CaptureQueriesContext(connection) as many:
        assert approve(many_reports, world["ki"]) == 500

    # Only the history rows' INSERT is split, where the database limits parameters per query
    # (SQLite: 999); PostgreSQL takes all rows in one.
    fields = [f for f in RecommendationStatusChange._meta.concrete_fields if not f.primary_key]
    batch = connection.ops.bulk_batch_size(fields, range(500))
    assert len(many) - len(few) == math.ceil(500 / batch) - math.ceil(5 / batch)
    assert world["tracking"].changes.count() == 506


def test_a_status_request_round_mails_each_responsible_once_with_a_working_link(
    client, world, django_capture_on_commit_callbacks
):
    jobcenter = world["jobcenter"]
    jobcenter.email, jobcenter.contact_consent = "info@jobcenter.example", True
    jobcenter.save()
    StatusRequestRound.objects.create(
        conference=world["conference_2024"], date=timezone.localdate()
    )
    StatusRequestRound.objects.create(
        conference=world["conference_2025"], date=timezone.localdate() + datetime.timedelta(days=1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        first = send_status_requests()
    with django_capture_on_commit_callbacks(execute=True):
        second = send_status_requests()

    assert len(first) == 2 and second == []
    assert sorted(message.to[0] for message in mail.outbox) == [
        "info@jobcenter.example",
        world["member"].email.lower(),
    ]
    message = mail.outbox[0]
    assert message.subject == "Wie weit ist „Jobcoaching mit Sprachförderung“?"
    [url] = re.findall(r"http://testserver(/ik/berichte/\S+/link/\S+/)", message.body)
    assert client.get(url).status_code == 200


def test_the_ki_plans_status_request_rounds_in_the_admin(client, world):
    client.force_login(world["ki"])

    created = client.post(
        reverse("ik_status_rounds:add"),
        {"conference": world["conference_2024"].pk, "date": "2027-03-15"},
    )
    listing = client.get(reverse("ik_status_rounds:index"))

    assert created.status_code == 302
    assert StatusRequestRound.objects.get().date == datetime.date(2027, 3, 15)
    assert "Integrationskonferenz 2024" in listing.text


def test_the_review_queue_takes_the_same_queries_for_10_and_100_reports(client, world):
    client.force_login(world["ki"])
    url = reverse("ik_followup_review")

    def queries_with(count):
        StatusReport.objects.bulk_create(
            StatusReport(
                tracking=world["tracking"],
                actor=world["jobcenter"],
                reported_by=world["member"],
                status=RecommendationStatus.IN_PROGRESS,
                progress=10,
                done=f"Bericht {number}",
            )
            for number in range(count)
        )
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    assert queries_with(10) == queries_with(90)


def test_reports_are_limited_per_person_and_the_ki_hears_of_them_once_an_hour(
    client, world, settings, django_capture_on_commit_callbacks
):
    settings.IK_REPORTS_PER_DAY = 2
    world["ki"].email = "ki@example.invalid"
    world["ki"].save()
    client.force_login(world["member"])
    url = reverse("ik_followup:report", args=[world["tracking"].pk])

    with django_capture_on_commit_callbacks(execute=True):
        responses = [client.post(url, report_data(done=f"Bericht {n}")) for n in range(3)]

    assert [r.status_code for r in responses] == [302, 302, 200]
    assert "bereits 2 Berichte gesendet" in responses[2].text
    assert "Bericht 2" in responses[2].text  # what was typed is still there
    assert StatusReport.objects.count() == 2
    [notice] = mail.outbox
    assert notice.to == ["ki@example.invalid"]
    assert notice.subject == "Sachstandsberichte warten auf Prüfung"
