from django.db import models
from django.utils.translation import gettext_lazy as _

from ik_wagtail.taxonomy.models import TaxonomyTerm


class GoodPracticeCriterion(TaxonomyTerm):
    """A criterion of the good-practice checklist (Zielgruppenbezug, Partizipation, …).

    A model rather than choices, like the taxonomies: the KI may sharpen the wording or add a
    criterion without a release; a data migration seeds the criteria German good-practice
    databases use (see ``seeds.py``).
    """

    description = models.TextField(
        _("description"), blank=True, help_text=_("What a project must show to meet it.")
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("good-practice criterion")
        verbose_name_plural = _("good-practice criteria")
