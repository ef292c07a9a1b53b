from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import ReferenceIndex

from ik_wagtail.actors.footprint import FOOTPRINT_HOOK, FootprintSection
from ik_wagtail.projects.references import PROJECT_REFERENCES_HOOK
from ik_wagtail.visibility import visible

from .models import ConferencePage, ForumPage, ReferentPage, ResultStatementPage
from .models.forum import attach_conferences, visible_forums


@hooks.register(FOOTPRINT_HOOK)
def conference_participation(actor):
    """Conferences the actor was invited to, with the reply, newest first (visible pages only)."""
    invitations = list(
        actor.conference_invitations.filter(conference__in=visible(ConferencePage.objects.all()))
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
def forum_participation(actor):
    """Visible forums the actor took part in, or where one of its people spoke (live referents)."""
    forums = visible_forums(
        ForumPage.objects.all()
        .filter(
            Q(participants__actor=actor)
            | Q(
                forum_referents__referent__organisation=actor,
                forum_referents__referent__live=True,
            )
        )
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
def referents_of_actor(actor):
    referents = list(visible(ReferentPage.objects.filter(organisation=actor)).order_by("last_name"))
    if not referents:
        return None
    return FootprintSection(
        title=_("Referents"),
        template="ik_conferences/includes/footprint_referents.html",
        context={"referents": referents},
        order=30,
    )


@hooks.register(PROJECT_REFERENCES_HOOK)
def forum_results_referencing_project(project):
    """Forum results that cite the project in a good-practice block, newest conference first.

    Wagtail's reference index records the block path of every chooser value; it is rebuilt
    from the saved row, which for a published result page is the live version (drafts live in
    revisions), and unpublished result pages are left out here.
    """
    references = ReferenceIndex.get_references_to(project).filter(
        content_type=ContentType.objects.get_for_model(ResultStatementPage)
    )
    block_ids = {}
    for object_id, content_path in references.values_list("object_id", "content_path"):
        block_ids.setdefault(int(object_id), content_path.split(".")[1])
    statements = list(
        visible(ResultStatementPage.objects.filter(pk__in=block_ids)).defer_streamfields()
    )
    if not statements:
        return None
    forums = {
        forum.path: forum
        for forum in attach_conferences(
            ForumPage.objects.filter(
                path__in=[statement.path[: -ForumPage.steplen] for statement in statements]
            ).defer_streamfields()
        )
    }
    citations = sorted(
        (
            {
                "statement": statement,
                "block_id": block_ids[statement.pk],
                "forum": forums[statement.path[: -ForumPage.steplen]],
            }
            for statement in statements
        ),
        key=lambda citation: (
            -citation["forum"].conference.year if citation["forum"].conference else 0,
            citation["forum"].number,
        ),
    )
    return FootprintSection(
        title=_("Recommended in forums"),
        template="ik_conferences/includes/project_citations.html",
        context={"citations": citations},
        order=10,
    )
