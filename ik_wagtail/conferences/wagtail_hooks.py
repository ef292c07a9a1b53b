from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ik_wagtail.actors.footprint import FOOTPRINT_HOOK, FootprintSection

from .models import ForumPage, ReferentPage
from .models.forum import attach_conferences


@hooks.register(FOOTPRINT_HOOK)
def conference_participation(actor, request):
    """Conferences the actor was invited to, with the reply, newest first (live pages only)."""
    invitations = list(
        actor.conference_invitations.filter(conference__live=True)
        .select_related("conference")
        .order_by("-conference__year")
    )
    if not invitations:
        return None
    return FootprintSection(
        title=_("Conferences"),
        template="ik_conferences/includes/footprint_conferences.html",
        context={"invitations": invitations},
        order=10,
    )


@hooks.register(FOOTPRINT_HOOK)
def forum_participation(actor, request):
    """Forums the actor took part in, or where one of its people spoke."""
    forums = attach_conferences(
        ForumPage.objects.live()
        .filter(Q(participants__actor=actor) | Q(forum_referents__referent__organisation=actor))
        .select_related("field_of_action")
        .distinct()
        .order_by("-path")
    )
    if not forums:
        return None
    return FootprintSection(
        title=_("Forums"),
        template="ik_conferences/includes/footprint_forums.html",
        context={"forums": forums},
        order=20,
    )


@hooks.register(FOOTPRINT_HOOK)
def referents_of_actor(actor, request):
    referents = list(ReferentPage.objects.live().filter(organisation=actor).order_by("last_name"))
    if not referents:
        return None
    return FootprintSection(
        title=_("Referents"),
        template="ik_conferences/includes/footprint_referents.html",
        context={"referents": referents},
        order=30,
    )
