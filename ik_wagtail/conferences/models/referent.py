from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types
from ik_wagtail.pages import SingleChildTypeRoutingMixin
from ik_wagtail.visibility import visible

REFERENTS_PER_PAGE = 30


class ReferentIndexPage(IntranetPageMixin, SingleChildTypeRoutingMixin, Page):
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = ["ik_conferences.ReferentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("referent index")
        verbose_name_plural = _("referent indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        referents = (
            visible(ReferentPage.objects.child_of(self))
            .select_related("organisation", "photo")
            .order_by("last_name", "title")
        )
        context["page_obj"] = Paginator(referents, REFERENTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context


class TaggedReferent(TaggedItemBase):
    content_object = ParentalKey(
        "ik_conferences.ReferentPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ReferentPage(IntranetPageMixin, Page):
    """A Referent*in: the page title is the person's full name."""

    academic_title = models.CharField(
        _("academic title"), max_length=50, blank=True, help_text=_("E.g. “Dr.”")
    )
    last_name = models.CharField(
        _("last name"), max_length=100, help_text=_("Used to sort the referents alphabetically.")
    )
    function = models.CharField(_("function"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referents",
    )
    expertise = ClusterTaggableManager(
        verbose_name=_("expertise"), through=TaggedReferent, blank=True
    )
    biography = RichTextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    contact_consent = models.BooleanField(
        _("consent to show contact data"),
        default=False,
        help_text=_("Only tick this if the person agreed that e-mail and phone are shown (GDPR)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("academic_title"), FieldPanel("last_name")]),
        FieldPanel("function"),
        FieldPanel("organisation"),
        FieldPanel("expertise"),
        FieldPanel("biography"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("function"),
        index.SearchField("biography"),
        index.RelatedFields("expertise", [index.SearchField("name")]),
    ]

    parent_page_types = ["ik_conferences.ReferentIndexPage"]
    subpage_types = []
    ik_search_kind = "referent"  # a kind of its own in the intranet search

    class Meta:
        verbose_name = _("referent")
        verbose_name_plural = _("referents")

    def ik_search_context(self):
        """Shown beside "Referent*in" in the intranet search."""
        return self.function

    @property
    def display_name(self):
        return f"{self.academic_title} {self.title}".strip()

    @property
    def has_visible_contact(self):
        return self.contact_consent and bool(self.email or self.phone)

    def get_context(self, request, *args, **kwargs):
        from .forum import ForumPage, attach_conferences

        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the cached part of the page is rendered (``{% ik_pagecache %}``).
        context["forums"] = SimpleLazyObject(
            lambda: attach_conferences(
                visible(ForumPage.objects.filter(forum_referents__referent=self))
                .defer_streamfields()
                .select_related("field_of_action")
                .order_by("-path")
            )
        )
        return context
