from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ik_wagtail.conferences.enums import InvitationStatus

from ..enums import ChangeChannel, DeliveryStatus

PLACEHOLDER_HELP = _(
    "Placeholders: ${actor}, ${contact_person}, ${conference}, ${lead_theme}, ${date}, "
    "${time}, ${venue}, ${programme_link}, ${reply_link}. The reply link is required."
)


class InvitationLetter(models.Model):
    """The invitation e-mail of one conference, written by the KI in German.

    Kept per conference, so next year's letter starts as a copy of this year's and can change
    without touching what was sent before (each delivery keeps its own subject).
    """

    conference = models.OneToOneField(
        "ik_conferences.ConferencePage",
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="invitation_letter",
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"), help_text=PLACEHOLDER_HELP)

    class Meta:
        verbose_name = _("invitation letter")
        verbose_name_plural = _("invitation letters")
        permissions = [
            (
                "manage_cycle",
                _("Can manage invitations, registrations and follow-up conferences"),
            )
        ]

    def __str__(self):
        return self.subject


class InvitationStatusChange(models.Model):
    """One step of an invitation's status: who (or which reply link) changed it, and when."""

    invitation = models.ForeignKey(
        "ik_conferences.ConferenceInvitation",
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(_("status"), max_length=20, choices=InvitationStatus.choices)
    channel = models.CharField(
        _("changed via"), max_length=10, choices=ChangeChannel.choices, default=ChangeChannel.ADMIN
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("invitation status change")
        verbose_name_plural = _("invitation status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%d.%m.%Y %H:%M})"


class InvitationSending(models.Model):
    """One "send invitations" action: its progress while the task runs, its result after."""

    conference = models.ForeignKey(
        "ik_conferences.ConferencePage", on_delete=models.CASCADE, related_name="+"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    total = models.PositiveIntegerField(_("messages"), default=0)

    class Meta:
        verbose_name = _("invitation sending")
        verbose_name_plural = _("invitation sendings")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.started_at:%d.%m.%Y %H:%M}"


class InvitationDelivery(models.Model):
    """What was sent to whom and when; its RSVP link may be used once."""

    sending = models.ForeignKey(
        InvitationSending, on_delete=models.CASCADE, related_name="deliveries"
    )
    invitation = models.ForeignKey(
        "ik_conferences.ConferenceInvitation", on_delete=models.CASCADE, related_name="deliveries"
    )
    recipient = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    error = models.CharField(_("error"), max_length=255, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    reply_used_at = models.DateTimeField(_("reply link used"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation delivery")
        verbose_name_plural = _("invitation deliveries")
        ordering = ["pk"]

    def __str__(self):
        return self.recipient
