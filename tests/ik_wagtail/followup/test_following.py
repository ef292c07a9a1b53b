"""Follow and be told: one e-mail (or one digest entry) per change and person, a one-click
unsubscribe in every message, only what readers may see."""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.followup.enums import FollowKind, NoticeFrequency
from ik_wagtail.followup.following import send_digests
from ik_wagtail.followup.models import DigestEntry, Follow, NoticeSettings, StatusReport
from ik_wagtail.followup.reports import approve
from ik_wagtail.projects.enums import ProjectStatus
from tests.builders import publish
from tests.factories import (
    ForumPageFactory,
    ProjectFactory,
    ResultStatementPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2027, 1, 4)


@pytest.fixture
def follower(client):
    user = UserFactory(username="interessiert", email="interessiert@example.invalid")
    client.force_login(user)
    return user


def follow(client, kind, object_id, on=True):
    data = {"kind": kind, "object_id": object_id, "next": "/"}
    if on:
        data["follow"] = "on"
    return client.post(reverse("ik_followup:follow"), data)


def pending_report(world, progress=40):
    return StatusReport.objects.create(
        tracking=world["tracking"],
        actor=world["jobcenter"],
        status=RecommendationStatus.IN_PROGRESS,
        progress=progress,
        done="Kurs läuft",
    )


def test_a_follower_gets_one_mail_per_approved_change_with_a_one_click_unsubscribe(
    client, world, follower, django_capture_on_commit_callbacks
):
    page = client.get(world["statement_2024"].url)
    followed = follow(client, FollowKind.RECOMMENDATION, world["tracking"].pk)
    pending_report(world)

    with django_capture_on_commit_callbacks(execute=True):
        approve(StatusReport.objects.all(), world["ki"])

    assert "Verfolgen, was aus den Empfehlungen wird" in page.text
    assert followed.status_code == 302
    [message] = mail.outbox
    assert message.to == ["interessiert@example.invalid"]
    assert message.subject == (
        "Umsetzungsstand von „Jobcoaching mit Sprachförderung“: In Umsetzung (40 %)"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [stop] = re.findall(r"http://testserver(/ik/berichte/abbestellen/\S+/)", message.body)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{stop}>"

    client.logout()  # the link works without a login
    asked = client.get(stop)
    # A mail program's one-click POST (RFC 8058): no session, no CSRF token.
    done = Client(enforce_csrf_checks=True).post(
        stop, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert "nicht mehr verfolgen?" in asked.text
    assert done.status_code == 200
    assert not Follow.objects.exists()


def test_weekly_followers_get_one_digest_on_monday(
    client, world, follower, django_capture_on_commit_callbacks
):
    NoticeSettings.objects.create(user=follower, frequency=NoticeFrequency.WEEKLY)
    follow(client, FollowKind.RECOMMENDATION, world["tracking"].pk)
    follow(
        client,
        FollowKind.FIELD_OF_ACTION,
        world["tracking"].page.get_parent().specific.field_of_action_id,
    )
    pending_report(world, progress=20)
    with django_capture_on_commit_callbacks(execute=True):
        approve(StatusReport.objects.all(), world["ki"])
    pending_report(world, progress=60)
    with django_capture_on_commit_callbacks(execute=True):
        approve(StatusReport.objects.filter(review_state="pending"), world["ki"])

    with django_capture_on_commit_callbacks(execute=True):
        tuesday = send_digests(MONDAY + datetime.timedelta(days=1))
        monday = send_digests(MONDAY)
        again = send_digests(MONDAY)

    assert DigestEntry.objects.count() == 2  # two changes, each once though followed twice
    assert (tuesday, monday, again) == (0, 1, 0)
    [digest] = mail.outbox
    assert digest.subject == "2 Änderungen in dem, was Sie verfolgen"
    assert "(20 %)" in digest.body and "(60 %)" in digest.body


def test_forum_followers_hear_of_published_results(
    client, world, follower, django_capture_on_commit_callbacks
):
    forum = ForumPageFactory(parent=world["conference_2025"], title="Ankommen im Verein")
    forum_page = client.get(forum.url)
    follow(client, FollowKind.FORUM, forum.pk)
    forum_page_after = client.get(forum.url)

    with django_capture_on_commit_callbacks(execute=True):
        publish(ResultStatementPageFactory(parent=forum, title="Nachtrag", slug="nachtrag"))

    assert 'aria-pressed="false"' in forum_page.text
    assert 'aria-pressed="true"' in forum_page_after.text
    [message] = mail.outbox
    assert message.subject == "Neue Ergebnisse des Forums „Ankommen im Verein“"


def test_project_followers_hear_of_a_published_status_change(
    client, follower, home_page, django_capture_on_commit_callbacks
):
    project = ProjectFactory(status=ProjectStatus.PLANNED)
    project.save_revision().publish()
    follow(client, FollowKind.PROJECT, project.pk)

    project.status = ProjectStatus.RUNNING
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()
        project.save_revision().publish()  # published again, same status: nothing new

    [message] = mail.outbox
    assert message.subject == f"Projekt „{project.title}“ ist jetzt: laufend"


def test_hidden_or_unknown_targets_cannot_be_followed(client, world, follower):
    world["conference_2024"].unpublish()

    hidden = follow(client, FollowKind.FORUM, world["forum_sprache"].pk)
    unknown = follow(client, FollowKind.PROJECT, 999999)
    bad = client.post(reverse("ik_followup:follow"), {"kind": "everything", "object_id": "x"})

    assert (hidden.status_code, unknown.status_code, bad.status_code) == (404, 404, 400)
    assert not Follow.objects.exists()


def test_a_tampered_unsubscribe_link_changes_nothing(client, world, follower):
    follow(client, FollowKind.RECOMMENDATION, world["tracking"].pk)

    response = client.post(reverse("ik_followup:unsubscribe", args=["eyJ1c2VyIjoxfQ:x:y"]))

    assert response.status_code == 400
    assert Follow.objects.count() == 1


def test_settings_page_follows_fields_of_action_and_lists_follows(client, world, follower):
    follow(client, FollowKind.RECOMMENDATION, world["tracking"].pk)
    field = world["forum_arbeit"].field_of_action

    saved = client.post(
        reverse("ik_followup:notice_settings"),
        {"frequency": NoticeFrequency.WEEKLY, "fields_of_action": [field.pk]},
    )
    page = client.get(reverse("ik_followup:notice_settings"))

    assert saved.status_code == 302
    assert NoticeSettings.objects.get(user=follower).frequency == NoticeFrequency.WEEKLY
    assert Follow.objects.filter(kind=FollowKind.FIELD_OF_ACTION, object_id=field.pk).exists()
    assert "Jobcoaching mit Sprachförderung" in page.text
