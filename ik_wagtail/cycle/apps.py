from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CycleConfig(AppConfig):
    name = "ik_wagtail.cycle"
    label = "ik_cycle"
    verbose_name = _("Yearly cycle")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import invitations  # noqa: F401  (connects its receivers of the outbox)

        post_migrate.connect(grant_cycle_rights_after_migrate, sender=self)


def grant_cycle_rights_after_migrate(app_config, using, **kwargs):
    """Give the KI group this app's rights once ``migrate`` has created the permissions."""
    from django.contrib.auth.management import create_permissions

    from .roles import grant_cycle_rights_to_ki

    create_permissions(app_config, verbosity=0, using=using)
    grant_cycle_rights_to_ki()
