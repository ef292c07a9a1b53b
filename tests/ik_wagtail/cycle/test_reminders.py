"""Reminders: participants before the day, moderators with missing results after it; each
once, only when due, never for a kind the KI switched off."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.models import RegistrationSettings
from ik_wagtail.cycle.registration import register
from ik_wagtail.cycle.reminders import send_reminders
from ik_wagtail.models import OutgoingMail
from tests.factories import ForumModeratorFactory, ResultStatementPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def forums(conference):
    return list(ForumPage.objects.child_of(conference).order_by("number"))


@pytest.fixture
def people(conference, forums):
    """Two registered in forum 1 and one waiting; forum 2 has one moderator, forum 1 another."""
    seated = [UserFactory(username=f"sitz{n}") for n in range(2)]
    waiting = UserFactory(username="warteliste")
    for user in [*seated, waiting]:
        register(user, forums[0].pk, conference)
    moderators = [ForumModeratorFactory(forum=forum).user for forum in forums]
    return {"seated": seated, "waiting": waiting, "moderators": moderators}


def day(conference, offset):
    return conference.date + datetime.timedelta(days=offset)


def run_every_day(conference, first, last, capture):
    for offset in range(first, last + 1):
        with capture(execute=True):
            send_reminders(today=day(conference, offset))


def test_participants_are_reminded_once_with_forum_time_and_room(
    conference, people, django_capture_on_commit_callbacks
):
    run_every_day(conference, -10, 0, django_capture_on_commit_callbacks)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        user.email for user in people["seated"]
    )
    message = mail.outbox[0]
    assert message.subject == "Erinnerung: Integrationskonferenz 2031 am 19. September 2031"
    assert "Forum „Sprache im Alltag“" in message.body
    assert "Uhrzeit: 11:00–12:30" in message.body
    assert "Ort: Saal A" in message.body
    assert "http://testserver" + reverse("ik_cycle:my_registrations") in message.body


def test_participant_reminders_are_not_sent_before_they_are_due(
    conference, people, django_capture_on_commit_callbacks
):
    run_every_day(conference, -30, -4, django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_moderators_of_forums_without_submitted_results_are_reminded_once(
    conference, forums, people, django_capture_on_commit_callbacks
):
    ResultStatementPageFactory(parent=forums[1])  # forum 2's results are published

    run_every_day(conference, 1, 45, django_capture_on_commit_callbacks)

    moderator_mail = [m for m in mail.outbox if "noch nicht" in m.body]
    assert [m.to for m in moderator_mail] == [[people["moderators"][0].email]]
    assert moderator_mail[0].subject == "Ergebnisse des Forums „Sprache im Alltag“ fehlen noch"
    assert f"/admin/pages/{forums[0].pk}/" in moderator_mail[0].body


def test_switched_off_kinds_send_nothing(conference, people, django_capture_on_commit_callbacks):
    RegistrationSettings.objects.create(
        conference=conference, remind_participants=False, remind_moderators=False
    )

    run_every_day(conference, -10, 40, django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


def test_a_moved_conference_reminds_again(conference, people, django_capture_on_commit_callbacks):
    run_every_day(conference, -3, -3, django_capture_on_commit_callbacks)
    conference.date = day(conference, 7)
    conference.save_revision().publish()
    run_every_day(conference, -3, -3, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 2 * len(people["seated"])


def test_the_command_reports_and_its_dry_run_sends_nothing(
    conference, people, django_capture_on_commit_callbacks
):
    when = day(conference, -2).isoformat()
    dry, real, again = StringIO(), StringIO(), StringIO()

    call_command("ik_send_reminders", "--date", when, "--dry-run", stdout=dry)
    nothing_yet = OutgoingMail.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ik_send_reminders", "--date", when, stdout=real)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ik_send_reminders", "--date", when, stdout=again)

    assert nothing_yet == 0
    assert "would be queued: 2" in dry.getvalue()
    assert dry.getvalue().count("reminder:participant:") == 2
    assert real.getvalue() == (
        "Participant reminders queued: 2; moderator reminders queued: 0; "
        "status requests queued: 0.\n"
    )
    assert again.getvalue() == (
        "Participant reminders queued: 0; moderator reminders queued: 0; "
        "status requests queued: 0.\n"
    )
    assert len(mail.outbox) == 2
    with pytest.raises(CommandError, match="--date must look like"):
        call_command("ik_send_reminders", "--date", "19.09.2031")
