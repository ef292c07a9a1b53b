from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.pages import SingleChildTypeRoutingMixin
from ik_wagtail.visibility import visible


class ForumPage(IntranetPageMixin, SingleChildTypeRoutingMixin, Page):
    """A forum of a conference: a field of action, a guiding question, referents and moderators."""

    number = models.PositiveSmallIntegerField(
        _("number"), default=1, help_text=_("Forums are listed by this number.")
    )
    field_of_action = models.ForeignKey(
        "ik_taxonomy.FieldOfAction",
        verbose_name=_("field of action"),
        on_delete=models.PROTECT,
        related_name="forums",
    )
    guiding_question = models.CharField(_("guiding question"), max_length=500)
    description = RichTextField(_("description"), blank=True)
    starts_at = models.TimeField(_("start time"), null=True, blank=True)
    ends_at = models.TimeField(_("end time"), null=True, blank=True)
    room = models.CharField(_("room"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Number of seats; empty for no limit.")
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("field_of_action")]),
        FieldPanel("guiding_question", required_on_save=True),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("room"), FieldPanel("capacity")]),
            ],
            heading=_("Time slot and room"),
        ),
        InlinePanel("moderators", heading=_("Moderation"), label=_("Moderator")),
        InlinePanel("forum_referents", heading=_("Referents"), label=_("Referent")),
        MultipleChooserPanel(
            "participants",
            chooser_field_name="actor",
            heading=_("Participating actors"),
            label=_("Participating actor"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("guiding_question", boost=2),
        index.SearchField("description"),
        index.FilterField("field_of_action"),
    ]

    parent_page_types = ["ik_conferences.ConferencePage"]
    subpage_types = ["ik_conferences.ResultStatementPage"]

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")

    def get_context(self, request, *args, **kwargs):
        from ..moderation import result_entry_url
        from .result import ResultStatementPage

        context = super().get_context(request, *args, **kwargs)
        context["result_entry_url"] = result_entry_url(self, request.user)
        context["conference"] = self.get_parent().specific_deferred
        context["moderators"] = self.moderators.select_related("user")
        context["forum_referents"] = self.forum_referents.filter(
            referent__live=True
        ).select_related("referent__organisation")
        context["participants"] = self.participants.select_related("actor").order_by("actor__name")
        context["result_statement"] = visible(ResultStatementPage.objects.child_of(self)).first()
        return context


class ForumModerator(Orderable):
    """A user account that moderates the forum (and so may enter its results)."""

    forum = ParentalKey(ForumPage, on_delete=models.CASCADE, related_name="moderators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="moderated_forums",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("moderator")
        verbose_name_plural = _("moderators")
        constraints = [
            models.UniqueConstraint(fields=["forum", "user"], name="ik_forum_unique_moderator")
        ]

    @property
    def display_name(self):
        return self.user.get_full_name() or self.user.get_username()


class ForumReferent(Orderable):
    forum = ParentalKey(ForumPage, on_delete=models.CASCADE, related_name="forum_referents")
    referent = models.ForeignKey(
        "ik_conferences.ReferentPage",
        verbose_name=_("referent"),
        on_delete=models.CASCADE,
        related_name="forum_appearances",
    )
    contribution = models.CharField(
        _("contribution"),
        max_length=255,
        blank=True,
        help_text=_("E.g. the title of the input talk."),
    )

    panels = [
        PageChooserPanel("referent", "ik_conferences.ReferentPage"),
        FieldPanel("contribution"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("referent of the forum")
        verbose_name_plural = _("referents of the forum")
        constraints = [
            models.UniqueConstraint(fields=["forum", "referent"], name="ik_forum_unique_referent")
        ]


class ForumParticipant(Orderable):
    forum = ParentalKey(ForumPage, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("actor"),
        on_delete=models.CASCADE,
        related_name="forum_participations",
    )

    panels = [FieldPanel("actor")]

    class Meta(Orderable.Meta):
        verbose_name = _("participating actor")
        verbose_name_plural = _("participating actors")
        constraints = [
            models.UniqueConstraint(fields=["forum", "actor"], name="ik_forum_unique_participant")
        ]


def attach_conferences(forums):
    """Set ``forum.conference`` on each forum from one query (forums are conference children)."""
    from .conference import ConferencePage

    forums = list(forums)
    parent_paths = {forum.path[: -ForumPage.steplen] for forum in forums}
    conferences = {
        conference.path: conference
        for conference in ConferencePage.objects.filter(path__in=parent_paths).defer_streamfields()
    }
    for forum in forums:
        forum.conference = conferences.get(forum.path[: -ForumPage.steplen])
    return forums


def visible_forums(forums):
    """The visible forums of a queryset (``visibility``), each with ``forum.conference``.

    Unpublishing or restricting a conference leaves its forums live in the tree; outside the
    admin they do not count.
    """
    return attach_conferences(visible(forums))
