from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    """Status reports on recommendations by the actors responsible for them."""

    name = "ik_wagtail.followup"
    label = "ik_followup"
    verbose_name = _("Follow-up of recommendations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signal_handlers  # noqa: F401  (connects the handlers)

        post_migrate.connect(grant_followup_rights_after_migrate, sender=self)


def grant_followup_rights_after_migrate(app_config, using, **kwargs):
    """The KI plans status request rounds and sees the reports (reviewing needs the right to
    change recommendations' tracking, which it has)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from ik_wagtail.roles import KI_GROUP_NAME

    create_permissions(app_config, verbosity=0, using=using)
    ki, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    ki.permissions.add(*Permission.objects.filter(content_type__app_label="ik_followup"))
