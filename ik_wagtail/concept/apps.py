from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConceptConfig(AppConfig):
    name = "ik_wagtail.concept"
    label = "ik_concept"
    verbose_name = _("Integration concept")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the handlers)
