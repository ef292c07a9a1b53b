from django.db import models
from django.utils.translation import gettext_lazy as _


class Generation(models.Model):
    """The current token of one kind of derived state (``ik_wagtail.derived``).

    Cached values carry the token of their generation in their key. A change of the data
    behind them writes a new token in the same transaction as the change, so every process
    sees the new token exactly when it sees the new data, whatever cache it has.
    """

    name = models.CharField(_("name"), max_length=40, primary_key=True)
    token = models.CharField(_("token"), max_length=32)

    class Meta:
        verbose_name = _("generation of derived state")
        verbose_name_plural = _("generations of derived state")

    def __str__(self):
        return f"{self.name}: {self.token}"


class MailStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class OutgoingMail(models.Model):
    """One e-mail to one recipient for one cause, sent by the task worker (``ik_wagtail.mail``).

    The row is written in the transaction of the change that causes the mail, so a request
    never waits for (or fails with) the mail server. Its unique ``(cause, recipient)`` pair
    is the idempotency key: queueing the same cause again, or running a delivery task twice,
    sends nothing twice. Failed attempts are retried with growing pauses and stay visible to
    the KI in the admin ("E-Mail-Versand").
    """

    cause = models.CharField(_("cause"), max_length=120)
    recipient = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("text"))
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["cause", "recipient"], name="ik_mail_once_per_cause")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="ik_mail_due")]

    def __str__(self):
        return f"{self.subject} → {self.recipient}"
