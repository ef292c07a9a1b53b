from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewState(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")


class FollowKind(models.TextChoices):
    RECOMMENDATION = "recommendation", _("Recommendation")
    FORUM = "forum", _("Forum")
    PROJECT = "project", _("Project")
    FIELD_OF_ACTION = "field", _("Field of action")


class NoticeFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately, one e-mail per change")
    WEEKLY = "weekly", _("Once a week, all changes in one e-mail")
