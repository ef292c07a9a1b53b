from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IkWagtailConfig(AppConfig):
    """The plugin's root app: shared templates, static files, translations and the admin menu."""

    name = "ik_wagtail"
    label = "ik_wagtail"
    verbose_name = _("Integration conference")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .derived import connect

        connect()
