from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types
from ik_wagtail.pages import SingleChildTypeRoutingMixin
from ik_wagtail.visibility import visible

from ..blocks import AgendaItemBlock
from ..calendar import calendar_response, conference_calendar
from ..enums import InvitationStatus

# Apps above this one (the yearly cycle's registration and booklet) add links to a conference
# page through this hook: ``fn(conference, request) -> [(label, url), …]``.
CONFERENCE_ACTIONS_HOOK = "register_ik_conference_actions"


def conference_actions(conference, request):
    return [
        link
        for add in hooks.get_hooks(CONFERENCE_ACTIONS_HOOK)
        for link in add(conference, request)
    ]


class ConferenceIndexPage(IntranetPageMixin, SingleChildTypeRoutingMixin, Page):
    """Integrationskonferenzen: all years, the next one highlighted."""

    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = ["ik_conferences.ConferencePage"]
    max_count = 1

    class Meta:
        verbose_name = _("conference index")
        verbose_name_plural = _("conference indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        conferences = list(
            visible(ConferencePage.objects.child_of(self))
            .defer_streamfields()
            .prefetch_related("lead_theme_fields")
            .order_by("-year")
        )
        today = timezone.localdate()
        upcoming = [conference for conference in conferences if conference.date >= today]
        context["next_conference"] = min(upcoming, key=lambda c: c.date) if upcoming else None
        context["conferences"] = conferences
        return context


class ConferencePage(IntranetPageMixin, RoutablePageMixin, SingleChildTypeRoutingMixin, Page):
    """One Integrationskonferenz: a year, a lead theme, a programme, forums as children."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(2019), MaxValueValidator(2100)],
        help_text=_("One conference per year."),
        error_messages={"unique": _("There is already a conference for this year.")},
    )
    lead_theme = models.CharField(_("lead theme"), max_length=255)
    lead_theme_fields = ParentalManyToManyField(
        "ik_taxonomy.FieldOfAction",
        verbose_name=_("fields of action of the lead theme"),
        blank=True,
        related_name="+",
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("start time"), null=True, blank=True)
    ends_at = models.TimeField(_("end time"), null=True, blank=True)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    lead_actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("lead (Federführung)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_conferences",
        help_text=_("By default the Kommunales Integrationszentrum."),
    )
    introduction = RichTextField(_("introduction"), blank=True)
    programme = StreamField(
        [("agenda_item", AgendaItemBlock())], verbose_name=_("programme"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("lead_theme", required_on_save=True)]),
        FieldPanel("lead_theme_fields", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
            ],
            heading=_("Date and venue"),
        ),
        FieldPanel("lead_actor"),
        FieldPanel("introduction"),
        FieldPanel("programme"),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead_theme", boost=2),
        index.SearchField("introduction"),
        index.SearchField("venue_name"),
        index.FilterField("year"),
    ]

    parent_page_types = ["ik_conferences.ConferenceIndexPage"]
    subpage_types = ["ik_conferences.ForumPage"]

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")

    def forums(self):
        """The live forums with everything their summaries show, in a fixed number of queries."""
        from .forum import ForumModerator, ForumPage, ForumReferent

        return (
            visible(ForumPage.objects.child_of(self))
            .defer_streamfields()
            .select_related("field_of_action")
            .prefetch_related(
                Prefetch("moderators", queryset=ForumModerator.objects.select_related("user")),
                Prefetch(
                    "forum_referents",
                    queryset=ForumReferent.objects.filter(referent__live=True).select_related(
                        "referent__organisation"
                    ),
                ),
            )
            .order_by("number", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forums"] = self.forums()
        context["invitations"] = self.invitations.select_related("actor").order_by("actor__name")
        context["documents"] = self.documents.select_related("document")
        context["actions"] = conference_actions(self, request)
        return context

    @path("kalender/", name="calendar")
    def calendar(self, request):
        return calendar_response(
            conference_calendar(self), f"integrationskonferenz-{self.year}.ics"
        )


class ConferenceInvitation(Orderable):
    """An actor invited to a conference and where their reply stands.

    A plain foreign key, not a ``ParentalKey``: replies arrive by RSVP link while the page is
    edited, so the list must not be page content. As a page child it would be saved from the
    editor's form and restored from revisions, undoing replies and dropping invitations added
    since (the yearly cycle app manages the list and its history).
    """

    conference = models.ForeignKey(
        ConferencePage, on_delete=models.CASCADE, related_name="invitations"
    )
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("actor"),
        on_delete=models.CASCADE,
        related_name="conference_invitations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InvitationStatus.choices,
        default=InvitationStatus.INVITED,
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["conference", "actor"], name="ik_invitation_unique_actor_per_conference"
            )
        ]


class ConferenceDocument(Orderable):
    conference = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def display_title(self):
        return self.title or self.document.title
