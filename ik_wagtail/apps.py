from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IkWagtailConfig(AppConfig):
    """The plugin's root app: shared templates, static files, translations and the admin menu."""

    name = "ik_wagtail"
    label = "ik_wagtail"
    verbose_name = _("Integration conference")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from .admin_views import OutboxPermissionPolicy
        from .derived import connect
        from .models import OutgoingMail

        connect()
        register_permission_policy(OutgoingMail, OutboxPermissionPolicy(OutgoingMail))
        post_migrate.connect(grant_outbox_view_after_migrate, sender=self)


def grant_outbox_view_after_migrate(app_config, using, **kwargs):
    """The KI sees the e-mail outbox (who was told what, and what failed)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from .roles import KI_GROUP_NAME

    create_permissions(app_config, verbosity=0, using=using)
    ki, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    ki.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="ik_wagtail", codename="view_outgoingmail"
        )
    )
