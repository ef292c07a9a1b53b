"""Small vocabularies that everything else is filtered and grouped by.

They are models, not choices, because the KI edits them (a new field of action for next year's
conference must not need a release); data migrations seed the county's starting set.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ik_wagtail.text import german_slugify

from .enums import MunicipalityKind


class TaxonomyTerm(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Used in filter links; filled in from the name if left empty."),
    )
    sort_order = models.PositiveIntegerField(
        _("sort order"), default=100, help_text=_("Lower numbers are listed first.")
    )

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = german_slugify(self.name)[:100]
        super().save(*args, **kwargs)


class FieldOfAction(TaxonomyTerm):
    """Handlungsfeld: the axis by which forums, results and projects are grouped."""

    description = models.TextField(_("description"), blank=True)

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")


class Municipality(TaxonomyTerm):
    """A town or municipality of the county, or "kreisweit" for county-wide work."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=MunicipalityKind.choices, default=MunicipalityKind.TOWN
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")


class TargetGroup(TaxonomyTerm):
    """Zielgruppe of a project or recommendation."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
