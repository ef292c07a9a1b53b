from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewState(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")
