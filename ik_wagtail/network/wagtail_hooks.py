"""Admin registration and what the network adds to actor and project pages."""

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin

from ik_wagtail.actors.footprint import FOOTPRINT_HOOK, FootprintSection
from ik_wagtail.admin_menu import register_modeladmin_in_ik_menu
from ik_wagtail.concept.models import RecommendationTracking, ResultBlockRecord
from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.conferences.models.forum import visible_forums
from ik_wagtail.projects.references import PROJECT_REFERENCES_HOOK

from .models import ActorMembership
from .suggestions import actors_like_project, partner_suggestions

# Shorter names would match inside other words ("IKK" in "Bikkel").
MIN_MENTIONED_NAME_LENGTH = 5


@register_modeladmin_in_ik_menu
class ActorMembershipAdmin(ModelAdmin):
    model = ActorMembership
    menu_label = _("Organisations of users")
    menu_icon = "link"
    menu_order = 120
    list_display = ("user", "actor")
    search_fields = ("user__username", "user__last_name", "actor__name")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "actor")


@hooks.register(FOOTPRINT_HOOK)
def moderated_forums(actor):
    """Visible forums moderated by people of the actor (two queries)."""
    forums = visible_forums(
        ForumPage.objects.all()
        .filter(moderators__user__ik_actor_membership__actor=actor)
        .defer_streamfields()
        .select_related("field_of_action")
        .distinct()
        .order_by("-path")
    )
    if not forums:
        return None
    return FootprintSection(
        title=_("Forums moderated"),
        template="ik_conferences/includes/footprint_forums.html",
        context={"forums": forums},
        order=25,
    )


TrackingActor = RecommendationTracking.responsible_actors.through
RecordActor = ResultBlockRecord.responsible_actors.through


def live_records():
    """Records of visible results (the read model holds no others)."""
    return ResultBlockRecord.objects.select_related("page", "tracking").defer("page__results")


def records_about(actor):
    """The records the actor is tracked as responsible for or is named in, split by role.

    Both footprint sections read the same table; one query serves them, remembered on the
    actor for the second.
    """
    if not hasattr(actor, "_ik_records_about"):
        # Subqueries on the through tables, not joins: each condition is then one cheap test
        # per record (a join with OR cost 30 ms at 2,000 records on PostgreSQL).
        responsible = Q(
            kind="recommendation",
            tracking__in=TrackingActor.objects.filter(actor=actor).values(
                "recommendationtracking_id"
            ),
        )
        mentions = Q(pk__in=RecordActor.objects.filter(actor=actor).values("resultblockrecord_id"))
        if len(actor.name) >= MIN_MENTIONED_NAME_LENGTH:
            for column in ["title", "text", "attribution"]:
                mentions |= Q(**{f"{column}__icontains": actor.name})
        records = list(
            live_records()
            .filter(responsible | mentions)
            .annotate(
                is_responsible=ExpressionWrapper(responsible, output_field=BooleanField()),
                is_mentioned=ExpressionWrapper(mentions, output_field=BooleanField()),
            )
            .order_by("-conference_year", "forum_number", "position")
        )
        actor._ik_records_about = records
    return actor._ik_records_about


@hooks.register(FOOTPRINT_HOOK)
def responsible_recommendations(actor):
    """Recommendations of live results the KI tracks the actor as responsible for, with the
    current implementation status."""
    records = [
        record
        for record in records_about(actor)
        if record.kind == "recommendation" and record.is_responsible
    ]
    if not records:
        return None
    return FootprintSection(
        title=_("Responsible for recommendations"),
        template="ik_network/includes/footprint_recommendations.html",
        context={"records": records},
        order=50,
    )


@hooks.register(FOOTPRINT_HOOK)
def result_mentions(actor):
    """Blocks of live results that propose the actor as responsible or name it."""
    records = [record for record in records_about(actor) if record.is_mentioned]
    if not records:
        return None
    return FootprintSection(
        title=_("Mentioned in forum results"),
        template="ik_network/includes/footprint_mentions.html",
        context={"records": records},
        order=60,
    )


@hooks.register(FOOTPRINT_HOOK)
def suggested_partners(actor):
    return FootprintSection(
        title=_("Partner suggestions"),
        template="ik_network/includes/footprint_suggestions.html",
        context={"suggestions": partner_suggestions(actor)},
        order=90,
    )


@hooks.register(PROJECT_REFERENCES_HOOK)
def who_does_similar(project):
    """ "Wer macht Ähnliches?": actors in the project's fields and places that are not in it."""
    suggestions = actors_like_project(project)
    if not suggestions:
        return None
    return FootprintSection(
        title=_("Who does something similar?"),
        template="ik_network/includes/footprint_suggestions.html",
        context={"suggestions": suggestions},
        order=50,
    )
