from django.db import models
from django.utils.translation import gettext_lazy as _


class InvitationStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    ATTENDED = "attended", _("Attended")


class Priority(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class TimeHorizon(models.TextChoices):
    SHORT = "short", _("Short term (within a year)")
    MEDIUM = "medium", _("Medium term (1–3 years)")
    LONG = "long", _("Long term (more than 3 years)")
