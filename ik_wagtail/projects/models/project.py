"""Integration projects (Gute-Praxis-Projekte): the snippet library of the best-practice exchange.

A snippet rather than a page: projects have no place in the page tree, the library page shows
them. Drafts, revisions, locking, preview and the proposal workflow come from Wagtail's mixins;
front-end code only ever reads ``live`` rows (a never-published row *is* the draft).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ik_wagtail.text import unique_slug, without_format_characters

from ..enums import ProjectStatus

DESCRIPTION_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class TaggedIntegrationProject(TaggedItemBase):
    content_object = ParentalKey(
        "IntegrationProject", on_delete=models.CASCADE, related_name="tagged_items"
    )


class IntegrationProjectQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """What intranet users may see: published projects only, never a draft."""
        return self.filter(live=True)

    def for_summary(self):
        """What a project summary shows (title, status, organisation, places, fields)."""
        return self.select_related("lead_actor").prefetch_related(
            "municipalities", "fields_of_action"
        )

    def for_listing(self):
        """What result lists show and search in, in a fixed number of queries."""
        return self.select_related("lead_actor").prefetch_related(
            "municipalities",
            "fields_of_action",
            "target_groups",
            models.Prefetch(
                "tagged_items", queryset=TaggedIntegrationProject.objects.select_related("tag")
            ),
            models.Prefetch(
                "project_partners",
                queryset=ProjectPartner.objects.select_related("actor").order_by("actor__name"),
            ),
        )

    def for_detail(self):
        return self.for_listing().select_related("image").prefetch_related("criteria")


class IntegrationProject(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        blank=True,
        help_text=_("Part of the project's address; filled in from the title if left empty."),
    )
    summary = models.TextField(
        _("short description"),
        max_length=600,
        help_text=_("Two or three sentences: what the project does and for whom."),
    )
    description = RichTextField(_("description"), blank=True, features=DESCRIPTION_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("lead organisation (Träger)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_projects",
    )
    municipalities = ParentalManyToManyField(
        "ik_taxonomy.Municipality",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="integration_projects",
        help_text=_("Where the project takes place; choose “kreisweit” for county-wide work."),
    )
    fields_of_action = ParentalManyToManyField(
        "ik_taxonomy.FieldOfAction",
        verbose_name=_("fields of action"),
        blank=True,
        related_name="integration_projects",
    )
    target_groups = ParentalManyToManyField(
        "ik_taxonomy.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="integration_projects",
    )
    languages = models.CharField(
        _("languages offered"),
        max_length=255,
        blank=True,
        help_text=_("Separated by commas, e.g. “Deutsch, Arabisch, Ukrainisch”."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.RUNNING
    )
    started_on = models.DateField(_("start"), null=True, blank=True)
    ended_on = models.DateField(_("end"), null=True, blank=True)
    ongoing = models.BooleanField(
        _("ongoing (no end date)"),
        default=False,
        help_text=_("A permanent offer rather than a project with an end."),
    )
    funding_programme = models.CharField(
        _("funding programme"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Durchstarten in Ausbildung und Arbeit”, KIM, a foundation."),
    )
    outcomes = models.TextField(
        _("outcomes"), blank=True, help_text=_("What has the project achieved so far?")
    )
    transferability = models.TextField(
        _("transferability"),
        blank=True,
        help_text=_("What would another municipality or organisation need to do the same?"),
    )
    lessons_learned = models.TextField(
        _("lessons learned"), blank=True, help_text=_("What worked, what would you do differently?")
    )
    criteria = ParentalManyToManyField(
        "ik_projects.GoodPracticeCriterion",
        verbose_name=_("good-practice criteria met"),
        blank=True,
        related_name="projects",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("keywords"),
        through=TaggedIntegrationProject,
        blank=True,
        help_text=_("Free keywords."),
    )
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
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = IntegrationProjectQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("lead_actor"),
        MultipleChooserPanel(
            "project_partners",
            chooser_field_name="actor",
            heading=_("Partners"),
            label=_("Partner"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("started_on"), FieldPanel("ended_on")]),
                FieldPanel("ongoing"),
                FieldPanel("funding_programme"),
            ],
            heading=_("Period and funding"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("outcomes"),
                FieldPanel("transferability"),
                FieldPanel("lessons_learned"),
            ],
            heading=_("Experience"),
        ),
        FieldPanel("criteria", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("slug"),
    ]

    # Weights: the title counts most, then the summary, keywords and organisations; the long
    # texts count least (PostgreSQL maps the boosts to the tsvector weights A–D).
    # Indexed on save by ``indexing.connect_index_updates`` instead of Wagtail's receivers, so
    # an import can pause indexing for its own thread only.
    search_auto_update = False
    search_fields = [
        index.SearchField("title", boost=4),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=3),
        index.SearchField("description"),
        index.SearchField("outcomes"),
        index.SearchField("transferability"),
        index.SearchField("lessons_learned"),
        index.SearchField("funding_programme"),
        index.SearchField("languages"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("lead_actor", [index.SearchField("name", boost=2)]),
        index.RelatedFields(
            "project_partners", [index.RelatedFields("actor", [index.SearchField("name")])]
        ),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
        index.RelatedFields("fields_of_action", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["title"]
        # The library's orders "title" and "newest" page through these without sorting.
        indexes = [
            models.Index(fields=["title", "id"], name="ik_project_title_order"),
            models.Index(fields=["first_published_at", "id"], name="ik_project_newest_order"),
        ]
        verbose_name = _("good-practice project")
        verbose_name_plural = _("good-practice projects")

    def __str__(self):
        return self.title

    @classmethod
    def get_indexed_objects(cls):
        """Only published projects are in the search index: a draft cannot turn up in any search.

        ``signal_handlers.py`` takes a project out of the index when it is unpublished.
        """
        return super().get_indexed_objects().filter(live=True)

    def save(self, *args, **kwargs):
        self.title = without_format_characters(self.title)
        if not self.slug:
            self.slug = unique_slug(
                self.title, IntegrationProject.objects.exclude(pk=self.pk), max_length=255
            )
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            errors["ended_on"] = _("The end must not be before the start.")
        if self.ongoing and self.ended_on:
            errors["ongoing"] = _("An ongoing project has no end date.")
        if self.ongoing and self.status == ProjectStatus.COMPLETED:
            errors["ongoing"] = _("A completed project cannot be ongoing.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_visible_contact(self):
        """Whether intranet pages may show the contact data (explicit consent, GDPR)."""
        return self.contact_consent and bool(self.contact_person or self.email or self.phone)

    @property
    def language_list(self):
        return [language.strip() for language in self.languages.split(",") if language.strip()]

    def tag_list(self):
        """The keywords (uses ``for_listing``'s prefetch of the tagged items)."""
        return [tagged.tag for tagged in self.tagged_items.all()]

    def partner_actors(self):
        """The partner organisations (uses ``for_listing``'s prefetch when there is one)."""
        return [partner.actor for partner in self.project_partners.all()]

    def get_preview_template(self, request, mode_name):
        return "ik_projects/project_detail.html"

    def get_preview_context(self, request, mode_name):
        from .library import ProjectLibraryPage

        return {
            "project": self,
            "project_details": self,
            "page": ProjectLibraryPage.objects.live().first(),
            "similar_projects": [],
            "references": [],
        }


class ProjectPartner(Orderable):
    """A partner organisation of a project (the lead organisation is ``lead_actor``)."""

    project = ParentalKey(
        IntegrationProject, on_delete=models.CASCADE, related_name="project_partners"
    )
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("actor"),
        on_delete=models.CASCADE,
        related_name="project_partnerships",
    )

    panels = [FieldPanel("actor")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(fields=["project", "actor"], name="ik_project_unique_partner")
        ]
