from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "ik_wagtail.network"
    label = "ik_network"
    verbose_name = _("Networking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connected after the concept app's handlers (INSTALLED_APPS order), so a forum's links
        # are rebuilt from result records that are already up to date.
        from . import signal_handlers  # noqa: F401  (connects the handlers)
