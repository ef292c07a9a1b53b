from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "ik_wagtail.taxonomy"
    label = "ik_taxonomy"
    verbose_name = _("Taxonomies")
    default_auto_field = "django.db.models.BigAutoField"
