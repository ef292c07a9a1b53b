from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "ik_wagtail.projects"
    label = "ik_projects"
    verbose_name = _("Good-practice projects")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import notifications, signal_handlers  # noqa: F401  (connects the handlers)
        from .indexing import connect_index_updates
        from .models import IntegrationProject

        notifications.connect()
        connect_index_updates(IntegrationProject)
