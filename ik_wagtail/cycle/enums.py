from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeChannel(models.TextChoices):
    """How an invitation status changed: by the KI in the admin or by the invitee's RSVP link."""

    ADMIN = "admin", _("Admin")
    RSVP = "rsvp", _("Reply link")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("Waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_REGISTRATION_STATUSES = [
    RegistrationStatus.REGISTERED.value,
    RegistrationStatus.WAITING.value,
]
