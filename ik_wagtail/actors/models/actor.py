"""Actors (Akteure): the organisations and people engaged in integration in the county.

Deliberately a plain model managed with wagtail-modeladmin (the user asked for it) rather than a
page: actors have no page of their own in the tree; the directory page shows them.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ik_wagtail.taxonomy.models import FieldOfAction, Municipality
from ik_wagtail.text import unique_slug, without_format_characters

from ..enums import ActorKind, Engagement


class TaggedActor(TaggedItemBase):
    content_object = models.ForeignKey(
        "Actor", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ActorQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def for_listing(self):
        """What directory listings and choosers show, in a fixed number of queries."""
        return self.prefetch_related("municipalities", "fields_of_action", "tags")


class Actor(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    kind = models.CharField(_("kind"), max_length=40, choices=ActorKind.choices)
    engagement = models.CharField(
        _("engagement"), max_length=20, choices=Engagement.choices, default=Engagement.FULL_TIME
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        blank=True,
        related_name="actors",
        help_text=_("Where the actor works; choose “kreisweit” for county-wide work."),
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True, related_name="actors"
    )
    tags = TaggableManager(
        verbose_name=_("keywords"), through=TaggedActor, blank=True, help_text=_("Free keywords.")
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_person = models.CharField(_("contact person"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    contact_consent = models.BooleanField(
        _("consent to show contact data"),
        default=False,
        help_text=_(
            "Only tick this if the contact person agreed that name, e-mail and phone are shown "
            "to intranet users (GDPR). Without consent they are visible in the admin only."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ActorQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("engagement")]),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("description"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("id"),
        index.FilterField("kind"),
        index.FilterField("engagement"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = without_format_characters(self.name)
        if not self.slug:
            self.slug = unique_slug(self.name, Actor.objects.exclude(pk=self.pk))
        super().save(*args, **kwargs)

    @property
    def has_visible_contact(self):
        """Whether intranet pages may show the contact data (explicit consent, GDPR)."""
        return self.contact_consent and bool(self.contact_person or self.email or self.phone)
