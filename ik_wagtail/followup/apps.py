from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    """Status reports on recommendations by the actors responsible for them."""

    name = "ik_wagtail.followup"
    label = "ik_followup"
    verbose_name = _("Follow-up of recommendations")
    default_auto_field = "django.db.models.BigAutoField"
