from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    name = "ik_wagtail.actors"
    label = "ik_actors"
    verbose_name = _("Actors")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import indexing

        indexing.connect()
