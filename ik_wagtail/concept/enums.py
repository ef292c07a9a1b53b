from django.db import models
from django.utils.translation import gettext_lazy as _


class RecommendationStatus(models.TextChoices):
    """Umsetzungsstand: offen → in Prüfung → in Umsetzung → umgesetzt / verworfen."""

    OPEN = "open", _("Open")
    UNDER_REVIEW = "under_review", _("Under review")
    IN_PROGRESS = "in_progress", _("In progress")
    IMPLEMENTED = "implemented", _("Implemented")
    REJECTED = "rejected", _("Rejected")


class ConferenceScope(models.TextChoices):
    ALL = "all", _("All conferences")
    CHOSEN = "chosen", _("Chosen conferences")
    YEARS = "years", _("A range of years")
