"""Sending the invitation e-mail and replying through its link (no intranet account needed)."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.urls import resolve, reverse

from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.cycle import invitations as invitation_logic
from ik_wagtail.cycle.enums import ChangeChannel, DeliveryStatus
from ik_wagtail.cycle.invitations import add_actors, start_sending
from ik_wagtail.cycle.models import InvitationDelivery, InvitationLetter

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/ik/rueckmeldung/[^/\s]+/)")


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"


@pytest.fixture
def invited(conference, directory_actors):
    return {
        invitation.actor.name: invitation
        for invitation in add_actors(conference, list(directory_actors.values()), None)
    }


def send_all(client, conference, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("ik_cycle_admin:invitations", args=[conference.pk]),
            {
                "operation": "act",
                "action": "send",
                "invitations": list(conference.invitations.values_list("pk", flat=True)),
            },
        )


def reply_path(message):
    return LINK.search(message.body).group(1)


def test_sending_produces_one_message_per_invitee_with_their_reply_link(
    ki_client, conference, invited, django_capture_on_commit_callbacks
):
    response = send_all(ki_client, conference, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    # the jobcentre has no address: flagged in the list, not sent to
    assert sorted(message.to[0] for message in mail.outbox) == [
        "kirchengemeinde@example.invalid",
        "moscheegemeinde@example.invalid",
        "sportverein@example.invalid",
        "verein@example.invalid",
    ]
    for message in mail.outbox:
        delivery = InvitationDelivery.objects.get(recipient=message.to[0])
        assert message.subject == "Einladung: Integrationskonferenz 2031 am 19. September 2031"
        assert delivery.invitation.actor.name in message.body
        assert "Festhalle Oberbruch" in message.body
        assert f"/ik/programm/{conference.pk}/" in message.body
        # The token carries its time of signing: compare what it names, not its text.
        match = resolve(reply_path(message))
        assert match.view_name == "ik_cycle:rsvp"
        assert invitation_logic.delivery_for_token(match.kwargs["token"]) == delivery
        assert delivery.status == DeliveryStatus.SENT
        assert delivery.sent_at is not None
    page = ki_client.get(reverse("ik_cycle_admin:invitations", args=[conference.pk]))
    [sending] = page.context["sendings"]
    assert sending.progress == {"pending": 0, "sent": 4, "failed": 0}
    assert sending.finished_at is not None


def test_the_ki_letter_is_used(ki_client, conference, invited, django_capture_on_commit_callbacks):
    ki_client.post(
        reverse("ik_cycle_admin:letter", args=[conference.pk]),
        {"subject": "Save the date: ${conference}", "body": "Hallo ${actor}! ${reply_link}"},
    )

    send_all(ki_client, conference, django_capture_on_commit_callbacks)

    assert InvitationLetter.objects.get(conference=conference).subject.startswith("Save the date")
    assert mail.outbox[0].subject == "Save the date: Integrationskonferenz 2031"
    assert mail.outbox[0].body.startswith("Hallo ")


@pytest.mark.parametrize(
    "body", ["Hallo ${unbekannt} ${reply_link}", "Ohne Link", "Kaputt $ {reply_link"]
)
def test_letter_with_unknown_placeholder_or_without_link_is_a_form_error(
    ki_client, conference, body
):
    response = ki_client.post(
        reverse("ik_cycle_admin:letter", args=[conference.pk]),
        {"subject": "Einladung", "body": body},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["body"]
    assert not InvitationLetter.objects.exists()


@pytest.fixture
def reply_url(client, ki_client, conference, invited, django_capture_on_commit_callbacks):
    send_all(ki_client, conference, django_capture_on_commit_callbacks)
    ki_client.logout()
    message = next(m for m in mail.outbox if m.to == ["kirchengemeinde@example.invalid"])
    return reply_path(message)


@pytest.mark.parametrize(
    ("answer", "status"),
    [("accept", InvitationStatus.ACCEPTED), ("decline", InvitationStatus.DECLINED)],
)
def test_reply_link_changes_the_status_without_login(client, reply_url, invited, answer, status):
    confirmation = client.get(reply_url)
    invitation = invited["Kirchengemeinde St. Gangolf"]
    invitation.refresh_from_db()

    assert confirmation.status_code == 200
    assert "Kirchengemeinde St. Gangolf" in confirmation.content.decode()
    assert invitation.status == InvitationStatus.INVITED  # GET changes nothing

    response = client.post(reply_url, {"answer": answer})

    invitation.refresh_from_db()
    assert response.status_code == 200
    assert invitation.status == status
    assert invitation.status_changes.last().channel == ChangeChannel.RSVP


def test_reused_reply_link_is_refused_and_changes_nothing(client, reply_url, invited):
    client.post(reply_url, {"answer": "accept"})

    again = client.post(reply_url, {"answer": "decline"})
    shown = client.get(reply_url)

    invitation = invited["Kirchengemeinde St. Gangolf"]
    invitation.refresh_from_db()
    assert again.status_code == 409
    assert shown.status_code == 409
    assert "bereits verwendet" in again.content.decode()
    assert invitation.status == InvitationStatus.ACCEPTED
    assert invitation.status_changes.count() == 2


@pytest.mark.parametrize(
    "mangle",
    [
        lambda path: path[:-3] + "xx/",
        lambda path: "/ik/rueckmeldung/abc/",
        lambda path: reverse(
            "ik_cycle:rsvp", args=[signing.dumps({"delivery": 1}, salt="some-other-salt")]
        ),
        lambda path: reverse(
            "ik_cycle:rsvp", args=[signing.dumps({"delivery": 999999}, salt="ik_cycle.rsvp")]
        ),
        lambda path: reverse("ik_cycle:rsvp", args=[signing.dumps([1], salt="ik_cycle.rsvp")]),
    ],
    ids=["tampered", "garbage", "other-salt", "unknown-delivery", "malformed"],
)
def test_tampered_reply_link_gives_a_clear_message(client, reply_url, invited, mangle):
    response = client.post(mangle(reply_url), {"answer": "accept"})

    assert response.status_code == 400
    assert "nicht gültig" in response.content.decode()
    assert invited["Kirchengemeinde St. Gangolf"].status_changes.count() == 1


def test_expired_reply_link_is_refused(client, reply_url, invited, monkeypatch):
    monkeypatch.setattr(invitation_logic, "RSVP_MAX_AGE", -1)

    response = client.post(reply_url, {"answer": "accept"})

    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()
    assert invited["Kirchengemeinde St. Gangolf"].status_changes.count() == 1


def test_reply_after_the_conference_is_refused(client, reply_url, conference, invited):
    conference.date = datetime.date(2020, 1, 1)
    conference.save()

    response = client.post(reply_url, {"answer": "accept"})

    assert response.status_code == 410
    assert invited["Kirchengemeinde St. Gangolf"].status_changes.count() == 1


def test_reply_without_answer_is_a_400(client, reply_url, invited):
    response = client.post(reply_url, {"answer": "maybe"})

    assert response.status_code == 400
    assert invited["Kirchengemeinde St. Gangolf"].status_changes.count() == 1


def test_failed_message_is_recorded_and_others_still_go_out(
    ki_client, conference, invited, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.mail import EmailMessage

    original = EmailMessage.send

    def flaky_send(message, *args, **kwargs):
        if message.to == ["verein@example.invalid"]:
            raise OSError("Mailserver nicht erreichbar")
        return original(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)

    send_all(ki_client, conference, django_capture_on_commit_callbacks)

    failed = InvitationDelivery.objects.get(recipient="verein@example.invalid")
    assert failed.status == DeliveryStatus.FAILED
    assert "nicht erreichbar" in failed.error
    assert len(mail.outbox) == 3


def test_start_sending_skips_invitees_without_address(conference, invited):
    sending = start_sending(conference, list(conference.invitations.select_related("actor")), None)

    assert sending.total == 4


def test_send_to_everyone_on_the_list(
    ki_client, conference, invited, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ki_client.post(
            reverse("ik_cycle_admin:invitations", args=[conference.pk]),
            {"operation": "send_all"},
            follow=True,
        )

    assert len(mail.outbox) == 4
    assert "4 Einladungen werden versendet. 1 ohne E-Mail-Adresse" in response.content.decode()


def test_an_invitation_that_failed_goes_out_on_the_retry(
    ki_client, conference, invited, django_capture_on_commit_callbacks
):
    import datetime

    from django.test import override_settings
    from django.utils import timezone

    from ik_wagtail.mail import send_due_mail

    with override_settings(EMAIL_BACKEND="tests.mail_backends.RefusingBackend"):
        send_all(ki_client, conference, django_capture_on_commit_callbacks)
    failed = set(InvitationDelivery.objects.values_list("status", flat=True))

    send_due_mail(now=timezone.now() + datetime.timedelta(hours=1))

    assert failed == {DeliveryStatus.FAILED}
    assert set(InvitationDelivery.objects.values_list("status", "error")) == {
        (DeliveryStatus.SENT, "")
    }
    assert len(mail.outbox) == InvitationDelivery.objects.count() == 4


def test_the_first_e_mails_link_cannot_undo_the_reply_given_with_the_second(
    client, ki_client, conference, invited, django_capture_on_commit_callbacks
):
    send_all(ki_client, conference, django_capture_on_commit_callbacks)
    send_all(ki_client, conference, django_capture_on_commit_callbacks)  # sent again
    first, second = [
        reply_path(m) for m in mail.outbox if m.to == ["kirchengemeinde@example.invalid"]
    ]
    ki_client.logout()

    accepted = client.post(second, {"answer": "accept"})
    undone = client.post(first, {"answer": "decline"})

    invitation = invited["Kirchengemeinde St. Gangolf"]
    invitation.refresh_from_db()
    assert accepted.status_code == 200
    assert undone.status_code == 409
    assert "mit dem Link einer anderen Einladungs-E-Mail" in undone.content.decode()
    assert invitation.status == InvitationStatus.ACCEPTED
