"""E-mail through an outbox: written with the change that causes it, sent by the task worker.

Why not ``send_mail`` in the request: a mail server that is down, slow or refusing must never
turn a user's action into an error page after the action has already happened (a cancelled
seat that passed to the next person on the waiting list, who is then never told). So code
that wants to tell someone something calls :func:`queue_mail` inside its transaction; the
:func:`deliver_mail` task sends the message once the transaction has committed, on the worker
(``manage.py db_worker``) or, with Django's immediate task backend, right after the commit.

Exactly once: ``(cause, recipient)`` is unique, so queueing the same cause twice queues one
message; a delivery first *claims* its row (an atomic ``queued → sending`` update that only one
worker can win), so a task run twice, or by two workers, sends once. What remains is the
unavoidable window of any mail client: a worker killed after the mail server accepted the
message and before the row says ``sent``; :func:`send_due_mail` hands such a stuck message to
a worker again after :data:`SENDING_TIMEOUT`, preferring a second copy to a lost message.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.dispatch import Signal
from django.utils import timezone
from django_tasks import task

from .models import MailStatus, OutgoingMail

logger = logging.getLogger(__name__)

# Pauses before the second, third, … attempt; after the last one the message counts as failed
# and waits for the KI ("Erneut senden" in the admin).
RETRY_DELAYS = [
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=8),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A message claimed for this long without being marked sent or failed has lost its worker.
SENDING_TIMEOUT = datetime.timedelta(minutes=15)
AUTOMATIC_HEADERS = {"Auto-Submitted": "auto-generated"}

#: Sent with ``mail`` after a message went out, for records of their own (invitations).
mail_sent = Signal()
#: Sent with ``mail`` and ``error`` after an attempt failed (``mail.status`` says if for good).
mail_failed = Signal()


def absolute_url(path):
    """A link for an e-mail: ``path`` on the intranet's address (an absolute URL stays)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def not_yet_queued(causes):
    """The ``causes`` (in order) that have no outbox message yet: what a run would add."""
    queued = set(
        OutgoingMail.objects.filter(cause__in=list(causes)).values_list("cause", flat=True)
    )
    return [cause for cause in causes if cause not in queued]


def queue_mail(cause, recipient, subject, body, headers=None):
    """Queue one message for ``recipient`` because of ``cause`` (e.g. ``"seat:17:2026-…"``).

    Call inside the transaction of the change that causes it; the message goes out after the
    commit and not at all on rollback. A cause already queued for this recipient queues
    nothing. Returns the :class:`OutgoingMail` row, or ``None`` without a recipient.
    """
    if not recipient:
        return None
    mail, created = OutgoingMail.objects.get_or_create(
        cause=cause[:120],
        recipient=recipient,
        defaults={
            "subject": " ".join(subject.split())[:255],
            "body": body,
            "headers": headers or {},
        },
    )
    if created:
        transaction.on_commit(lambda: schedule_delivery(mail.pk), robust=True)
    return mail


def schedule_delivery(mail_id, at=None):
    """Hand one message to the task backend, now or at ``at`` where the backend can defer.

    Without a deferring backend (the immediate one of the demo), a later attempt is left to
    :func:`send_due_mail` and to the KI's "Erneut senden".
    """
    if at is None:
        deliver_mail.enqueue(mail_id)
    elif deliver_mail.get_backend().supports_defer:
        deliver_mail.using(run_after=at).enqueue(mail_id)


@task()
def deliver_mail(mail_id):
    """Send one queued message, once; a failure schedules the next attempt."""
    claimed = OutgoingMail.objects.filter(pk=mail_id, status=MailStatus.QUEUED).update(
        status=MailStatus.SENDING, next_attempt_at=timezone.now() + SENDING_TIMEOUT
    )
    if not claimed:
        return "skipped"
    mail = OutgoingMail.objects.get(pk=mail_id)
    try:
        EmailMessage(
            mail.subject,
            mail.body,
            to=[mail.recipient],
            headers={**AUTOMATIC_HEADERS, **mail.headers},
        ).send()
    except Exception as error:  # any failure of the mail server: keep the message, try later
        logger.warning("E-mail %s to %s failed: %s", mail.pk, mail.recipient, error)
        record_failure(mail, error)
        mail_failed.send(OutgoingMail, mail=OutgoingMail.objects.get(pk=mail_id), error=error)
        return "failed"
    OutgoingMail.objects.filter(pk=mail_id).update(
        status=MailStatus.SENT,
        sent_at=timezone.now(),
        attempts=F("attempts") + 1,
        next_attempt_at=None,
        last_error="",
    )
    mail_sent.send(OutgoingMail, mail=OutgoingMail.objects.get(pk=mail_id))
    return "sent"


def record_failure(mail, error):
    attempts = mail.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        status, next_attempt_at = MailStatus.FAILED, None
    else:
        status, next_attempt_at = MailStatus.QUEUED, timezone.now() + RETRY_DELAYS[attempts - 1]
    OutgoingMail.objects.filter(pk=mail.pk).update(
        status=status,
        attempts=attempts,
        last_error=f"{type(error).__name__}: {error}"[:2000],
        next_attempt_at=next_attempt_at,
    )
    if next_attempt_at is not None:
        schedule_delivery(mail.pk, at=next_attempt_at)


def retry_mail(mails):
    """Queue failed or waiting messages again at once (the KI's "Erneut senden")."""
    ids = list(
        mails.filter(status__in=[MailStatus.QUEUED, MailStatus.FAILED]).values_list("pk", flat=True)
    )
    OutgoingMail.objects.filter(pk__in=ids).update(status=MailStatus.QUEUED, next_attempt_at=None)
    for mail_id in ids:
        transaction.on_commit(lambda mail_id=mail_id: schedule_delivery(mail_id), robust=True)
    return len(ids)


def send_due_mail(now=None):
    """Hand every message that is due to the worker: queued ones whose pause is over (or that
    never reached a worker) and ones whose worker was lost while sending. For cron where the
    task backend cannot defer, and as a safety net where it can. Returns how many."""
    now = now or timezone.now()
    due = Q(status=MailStatus.QUEUED) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    lost = Q(status=MailStatus.SENDING, next_attempt_at__lte=now)
    ids = list(OutgoingMail.objects.filter(due | lost).values_list("pk", flat=True))
    OutgoingMail.objects.filter(pk__in=ids).update(status=MailStatus.QUEUED, next_attempt_at=None)
    for mail_id in ids:
        schedule_delivery(mail_id)
    return len(ids)
