from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TextSearchConfig(AppConfig):
    name = "ik_wagtail.textsearch"
    label = "ik_textsearch"
    verbose_name = _("Text search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the page handlers)
        from .indexing import fill_empty_index

        post_migrate.connect(fill_empty_index, sender=self)
