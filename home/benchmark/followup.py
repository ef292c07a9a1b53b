"""Follow-up figures of the benchmark: the KI's review queue with 500 pending reports, the
yearly report as the worker builds it, and the weekly digest for 2,000 followers.

Everything is made inside a transaction that is rolled back, so the generated data stays as
``ik_generate`` left it and the page measurements before and after see the same database.
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import IntegrationskonzeptPage, RecommendationTracking
from ik_wagtail.followup.enums import FollowKind, NoticeFrequency
from ik_wagtail.followup.following import DIGEST_WEEKDAY, send_digests
from ik_wagtail.followup.models import (
    DigestEntry,
    Follow,
    NoticeSettings,
    StatusReport,
    YearlyReport,
)
from ik_wagtail.followup.yearly_report import build_yearly_report, build_yearly_report_pdf
from ik_wagtail.roles import KI_GROUP_NAME

PENDING_REPORTS = 500
FOLLOWERS = 2000


class Rollback(Exception):
    pass


def measure_followup(client_class, host, repeat):
    """``{name: {"median_ms", "queries"}}`` for the three follow-up rows."""
    results = {}
    try:
        with transaction.atomic():
            results.update(review_queue(client_class, host, repeat))
            results.update(yearly_report(repeat))
            results.update(digest())
            raise Rollback
    except Rollback:
        pass
    return results


def review_queue(client_class, host, repeat):
    trackings = list(RecommendationTracking.objects.order_by("pk")[:PENDING_REPORTS])
    if not trackings:
        return {}
    StatusReport.objects.bulk_create(
        StatusReport(
            tracking=trackings[number % len(trackings)],
            status=RecommendationStatus.IN_PROGRESS,
            progress=number % 101,
            done=f"Bericht {number}",
        )
        for number in range(PENDING_REPORTS)
    )
    reviewer = get_user_model().objects.create(username="ik-benchmark-ki", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    client = client_class(HTTP_HOST=host)
    client.force_login(reviewer)
    url = reverse("ik_followup_review")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    # Counted now: the next request's start empties the log that ``queries`` reads from.
    query_count = len(queries)
    timings = []
    for _request in range(repeat):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        f"Prüfliste: {PENDING_REPORTS} offene Berichte": {
            "median_ms": round(statistics.median(timings), 1),
            "queries": query_count,
        }
    }


def yearly_report(repeat):
    """The Word document's task, then the PDF's task it queues (called here: inside this
    rolled-back transaction the queued call never runs)."""
    page = IntegrationskonzeptPage.objects.live().first()
    if page is None:
        return {}
    word, pdf = [], []
    for _run in range(min(repeat, 3)):
        report = YearlyReport.objects.create(page=page)
        started = time.perf_counter()
        build_yearly_report.call(report.pk)
        word_done = time.perf_counter()
        build_yearly_report_pdf.call(report.pk)
        pdf_done = time.perf_counter()
        word.append((word_done - started) * 1000)
        pdf.append((pdf_done - word_done) * 1000)
    return {
        "Sachstandsbericht: Zahlen und Word-Dokument (Worker)": {
            "median_ms": round(statistics.median(word), 1),
            "queries": None,
        },
        "Sachstandsbericht: PDF danach (Worker)": {
            "median_ms": round(statistics.median(pdf), 1),
            "queries": None,
        },
    }


def digest():
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"ik-follower-{number}", email=f"f{number}@example.invalid")
        for number in range(FOLLOWERS)
    )
    tracking = RecommendationTracking.objects.order_by("pk").first()
    if tracking is None:
        return {}
    NoticeSettings.objects.bulk_create(
        NoticeSettings(user=user, frequency=NoticeFrequency.WEEKLY) for user in users
    )
    Follow.objects.bulk_create(
        Follow(user=user, kind=FollowKind.RECOMMENDATION, object_id=tracking.pk) for user in users
    )
    DigestEntry.objects.bulk_create(
        DigestEntry(user=user, event=f"bench:{number}", text="Umsetzungsstand geändert", link="/")
        for number, user in enumerate(users)
    )
    today = timezone.localdate()
    monday = today - timezone.timedelta(days=(today.weekday() - DIGEST_WEEKDAY) % 7)
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
    ):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            sent = send_digests(monday)
        elapsed = (time.perf_counter() - started) * 1000
    return {
        f"Wochenzusammenfassung: {sent} Folgende (in den Versand)": {
            "median_ms": round(elapsed, 1),
            "queries": len(queries),
        }
    }
