"""The e-mail outbox: sent after the commit, exactly once, retried when the server is down,
visible to the KI; a user's action never fails because of mail."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from ik_wagtail.mail import MAX_ATTEMPTS, deliver_mail, queue_mail, send_due_mail
from ik_wagtail.models import MailStatus, OutgoingMail
from tests.factories import UserFactory
from tests.worker import run_worker

REFUSING = "tests.mail_backends.RefusingBackend"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def later(**delta):
    return timezone.now() + datetime.timedelta(**delta)


@pytest.mark.django_db
def test_mail_goes_out_after_the_commit_and_once_per_cause(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue_mail("seat:1", "a@example.org", "Platz frei", "Text")
        again = queue_mail("seat:1", "a@example.org", "Platz frei", "Text")
        other = queue_mail("seat:1", "b@example.org", "Platz frei", "Text")
        assert mail.outbox == []  # nothing before the commit

    assert first.pk == again.pk
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "b@example.org"]
    assert OutgoingMail.objects.get(pk=other.pk).status == MailStatus.SENT
    assert mail.outbox[0].extra_headers["Auto-Submitted"] == "auto-generated"


@pytest.mark.django_db
def test_a_delivery_run_twice_sends_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail("seat:2", "a@example.org", "Platz frei", "Text")

    result = deliver_mail.enqueue(queued.pk)

    assert len(mail.outbox) == 1
    assert result.return_value == "skipped"


@pytest.mark.django_db
def test_nothing_is_sent_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                queue_mail("seat:3", "a@example.org", "Platz frei", "Text")
                raise RuntimeError("the change fails")
        except RuntimeError:
            pass

    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db
@override_settings(EMAIL_BACKEND=REFUSING)
def test_a_mail_that_keeps_failing_is_marked_failed_and_the_ki_can_send_it_again(
    admin_client_logged_in, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail("seat:4", "a@example.org", "Platz frei", "Text")
    for hours in range(1, MAX_ATTEMPTS):
        send_due_mail(now=later(hours=12 * hours))
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (MailStatus.FAILED, MAX_ATTEMPTS)
    assert send_due_mail(now=later(days=30)) == 0  # failed mail waits for the KI

    index = admin_client_logged_in.get(reverse("ik_mail:index"))
    inspect = admin_client_logged_in.get(reverse("ik_mail:inspect", args=[queued.pk]))
    with (
        override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        confirm = admin_client_logged_in.get(reverse("ik_mail:retry_failed"))
        retried = admin_client_logged_in.post(reverse("ik_mail:retry_failed"))

    assert index.status_code == 200
    assert "Platz frei" in index.content.decode()
    assert "Connection refused" in inspect.content.decode()
    assert confirm.status_code == 200
    assert retried.status_code == 302
    assert [message.to for message in mail.outbox] == [["a@example.org"]]
    queued.refresh_from_db()
    assert queued.status == MailStatus.SENT


@pytest.mark.django_db
def test_only_the_ki_sees_the_outbox_and_nobody_adds_or_edits(client, superuser):
    from django.contrib.auth.models import Group

    from ik_wagtail.roles import KI_GROUP_NAME

    queued = OutgoingMail.objects.create(
        cause="x", recipient="a@example.org", subject="Betreff", body="Text"
    )
    ki_user = UserFactory()
    ki_user.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    actor = UserFactory()

    client.force_login(ki_user)
    ki_index = client.get(reverse("ik_mail:index"))
    ki_add = client.get(reverse("ik_mail:add"))
    ki_edit = client.get(reverse("ik_mail:edit", args=[queued.pk]))
    client.force_login(actor)
    actor_index = client.get(reverse("ik_mail:index"))
    actor_retry = client.post(reverse("ik_mail:retry", args=[queued.pk]))

    assert ki_index.status_code == 200
    assert ki_add.status_code == 302  # Wagtail's "permission denied" redirect
    assert ki_edit.status_code == 302
    assert actor_index.status_code == 302
    assert actor_retry.status_code in {302, 403}
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_QUEUE)
def test_the_database_queue_and_its_worker_send_each_mail_once(
    django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail("seat:5", "a@example.org", "Platz frei", "Text")
    assert mail.outbox == []  # queued in the database, not sent by the request
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    run_worker(monkeypatch)
    deliver_mail.enqueue(queued.pk)  # a retried task
    run_worker(monkeypatch)

    assert [message.to for message in mail.outbox] == [["a@example.org"]]
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 2
    queued.refresh_from_db()
    assert queued.status == MailStatus.SENT


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_QUEUE, EMAIL_BACKEND=REFUSING)
def test_the_worker_schedules_the_next_attempt_when_the_server_is_down(
    django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail("seat:6", "a@example.org", "Platz frei", "Text")

    run_worker(monkeypatch)

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (MailStatus.QUEUED, 1)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == queued.next_attempt_at


@pytest.mark.django_db
@override_settings(EMAIL_BACKEND=REFUSING)
def test_the_cron_command_hands_due_mail_to_the_worker(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail("seat:7", "a@example.org", "Platz frei", "Text")
    OutgoingMail.objects.filter(pk=queued.pk).update(next_attempt_at=later(minutes=-1))
    output = StringIO()

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        call_command("ik_send_due_mail", stdout=output)

    assert output.getvalue() == "1 e-mail(s) handed to the worker.\n"
    assert [message.to for message in mail.outbox] == [["a@example.org"]]
