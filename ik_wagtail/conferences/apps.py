from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    name = "ik_wagtail.conferences"
    label = "ik_conferences"
    verbose_name = _("Conferences")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signal_handlers  # noqa: F401  (connects the handlers)

        post_migrate.connect(set_up_roles_after_migrate, sender=self)


def set_up_roles_after_migrate(app_config, using, apps=None, **kwargs):
    """Create the roles and the result workflow once ``migrate`` has made all permissions.

    Django creates permissions per app in ``post_migrate`` too, in ``INSTALLED_APPS`` order; the
    plugin may come before ``wagtail``, so the permissions of every app are created first here.
    """
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_roles

    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    ensure_roles()
