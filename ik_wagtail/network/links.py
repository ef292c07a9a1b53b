"""Build the ``ActorLink`` table from live forums and live projects.

Who counts as having met in a forum: its participating actors, the organisations of its live
referents, the organisations of its moderators (``ActorMembership``) and the actors its live
results name as responsible (the concept app's read model holds only live result blocks).
Only forums of live conferences count. In a live project the lead organisation and each partner
form a partnership; partners among themselves share the project.

One code path serves a full rebuild and the rebuild of single forums or projects after a change:
every function takes an optional set of ids and reads all it needs in a fixed number of queries.
"""

from collections import defaultdict
from itertools import combinations

from django.db import transaction

from ik_wagtail.concept.models import ResultBlockRecord
from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumModerator,
    ForumPage,
    ForumParticipant,
    ForumReferent,
)
from ik_wagtail.derived import NETWORK, PAGES
from ik_wagtail.projects.models import IntegrationProject, ProjectPartner
from ik_wagtail.visibility import visible

from .enums import LinkKind
from .models import ActorLink, ActorMembership


def renew_versions():
    """After a bulk rebuild (no signals), in its transaction: the network's caches and the
    pages showing them (partner suggestions on actor pages)."""
    NETWORK.bump()
    PAGES.bump()


BATCH_SIZE = 2000


def pair_links(actor_ids, **fields):
    """Unsaved links between every two of the actors (each pair once, lower id first)."""
    return [
        ActorLink(actor_a_id=a, actor_b_id=b, **fields)
        for a, b in combinations(sorted(set(actor_ids)), 2)
    ]


def live_forums(forum_ids=None):
    """(id, year) of visible forums, optionally limited to ``forum_ids``."""
    conferences = dict(ConferencePage.objects.values_list("path", "year"))
    forums = visible(ForumPage.objects.all(), fresh=True)
    if forum_ids is not None:
        forums = forums.filter(pk__in=forum_ids)
    return {
        pk: conferences[path[: -ForumPage.steplen]]
        for pk, path in forums.values_list("pk", "path")
        if path[: -ForumPage.steplen] in conferences
    }


def forum_members(forum_ids):
    """Actor ids per forum id, from participants, referents, moderators and results."""
    members = defaultdict(set)
    for forum_id, actor_id in ForumParticipant.objects.filter(forum_id__in=forum_ids).values_list(
        "forum_id", "actor_id"
    ):
        members[forum_id].add(actor_id)
    for forum_id, actor_id in ForumReferent.objects.filter(
        forum_id__in=forum_ids, referent__live=True, referent__organisation__isnull=False
    ).values_list("forum_id", "referent__organisation_id"):
        members[forum_id].add(actor_id)
    actor_of_user = dict(ActorMembership.objects.values_list("user_id", "actor_id"))
    for forum_id, user_id in ForumModerator.objects.filter(forum_id__in=forum_ids).values_list(
        "forum_id", "user_id"
    ):
        if user_id in actor_of_user:
            members[forum_id].add(actor_of_user[user_id])
    Responsible = ResultBlockRecord.responsible_actors.through
    for forum_id, actor_id in Responsible.objects.filter(
        resultblockrecord__forum_id__in=forum_ids
    ).values_list("resultblockrecord__forum_id", "actor_id"):
        members[forum_id].add(actor_id)
    return members


def forum_links(forum_ids=None):
    forums = live_forums(forum_ids)
    members = forum_members(list(forums))
    return [
        link
        for forum_id, year in sorted(forums.items())
        for link in pair_links(members[forum_id], kind=LinkKind.FORUM, forum_id=forum_id, year=year)
    ]


def project_links(project_ids=None):
    projects = IntegrationProject.objects.live()
    partners = ProjectPartner.objects.filter(project__live=True)
    if project_ids is not None:
        projects = projects.filter(pk__in=project_ids)
        partners = partners.filter(project_id__in=project_ids)
    partners_of = defaultdict(set)
    for project_id, actor_id in partners.values_list("project_id", "actor_id"):
        partners_of[project_id].add(actor_id)
    links = []
    rows = projects.values_list("pk", "lead_actor_id", "started_on", "first_published_at")
    for pk, lead_id, started_on, first_published_at in sorted(rows):
        start = started_on or first_published_at
        year = start.year if start else None
        others = sorted(partners_of[pk] - {lead_id})
        if lead_id:
            links += [
                ActorLink(
                    actor_a_id=min(lead_id, partner_id),
                    actor_b_id=max(lead_id, partner_id),
                    kind=LinkKind.PARTNERSHIP,
                    project_id=pk,
                    year=year,
                )
                for partner_id in others
            ]
        links += pair_links(others, kind=LinkKind.PROJECT, project_id=pk, year=year)
    return links


@transaction.atomic
def rebuild_forum_links(forum_ids):
    ActorLink.objects.filter(forum_id__in=forum_ids).delete()
    ActorLink.objects.bulk_create(forum_links(forum_ids), batch_size=BATCH_SIZE)
    renew_versions()


def remove_forum_links(forum_ids):
    ActorLink.objects.filter(forum_id__in=forum_ids).delete()
    renew_versions()


@transaction.atomic
def rebuild_project_links(project_ids):
    ActorLink.objects.filter(project_id__in=project_ids).delete()
    ActorLink.objects.bulk_create(project_links(project_ids), batch_size=BATCH_SIZE)
    renew_versions()


@transaction.atomic
def rebuild_network():
    """Replace the whole table from live data; returns the number of links."""
    ActorLink.objects.all().delete()
    links = forum_links() + project_links()
    ActorLink.objects.bulk_create(links, batch_size=BATCH_SIZE)
    renew_versions()
    return len(links)
