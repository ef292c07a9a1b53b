"""Keep the link table (``ActorLink``, a derived table of ``ik_wagtail.derived``) in step with
live data; its rebuilds renew the network's generation.

Pages: a forum's links change when the forum, its conference, its result statement or one of
its referents is published, unpublished, moved or deleted, and when a view restriction above
it changes. Projects: saving the project row (publish, unpublish, a new draft) and each change
of its partners, which modelcluster saves after the project row. Actors: their kind, places and
fields are read per request; ``derived.NETWORK`` covers them.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.projects.indexing import in_bulk_write, projects_written
from ik_wagtail.projects.models import IntegrationProject, ProjectPartner

from .links import rebuild_forum_links, rebuild_project_links, remove_forum_links
from .models import ActorMembership

LINK_BATCH = 500  # projects per rebuild after a bulk write (bounded IN lists)


def forums_below(page):
    return list(ForumPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def forum_of_statement(statement):
    return list(
        ForumPage.objects.filter(path=statement.path[: -ForumPage.steplen]).values_list(
            "pk", flat=True
        )
    )


@receiver(page_published, sender=ForumPage)
@receiver(page_published, sender=ConferencePage)
@receiver(post_page_move)
def refresh_forums_below(sender, instance, **kwargs):
    rebuild_forum_links(forums_below(instance))


@receiver(page_unpublished, sender=ForumPage)
@receiver(page_unpublished, sender=ConferencePage)
def forget_forums_below(sender, instance, **kwargs):
    """Also sent before a live page is deleted, while it is still live: only removing keeps
    the deletion from meeting links written in between."""
    remove_forum_links(forums_below(instance))


@receiver(page_published, sender=ResultStatementPage)
@receiver(page_unpublished, sender=ResultStatementPage)
@receiver(post_delete, sender=ResultStatementPage)
def refresh_forum_of_results(sender, instance, **kwargs):
    rebuild_forum_links(forum_of_statement(instance))


@receiver(page_published, sender=ReferentPage)
@receiver(page_unpublished, sender=ReferentPage)
def refresh_forums_of_referent(sender, instance, **kwargs):
    rebuild_forum_links(
        list(
            ForumPage.objects.filter(forum_referents__referent=instance).values_list(
                "pk", flat=True
            )
        )
    )


@receiver(post_save, sender=ActorMembership)
@receiver(post_delete, sender=ActorMembership)
def refresh_forums_of_moderator(sender, instance, **kwargs):
    if kwargs.get("raw", False):
        return
    rebuild_forum_links(
        list(
            ForumPage.objects.filter(moderators__user_id=instance.user_id).values_list(
                "pk", flat=True
            )
        )
    )


@receiver(post_save, sender=IntegrationProject)
def refresh_project(sender, instance, **kwargs):
    if not kwargs.get("raw", False) and not in_bulk_write():
        rebuild_project_links([instance.pk])


@receiver(post_save, sender=ProjectPartner)
@receiver(post_delete, sender=ProjectPartner)
def refresh_project_of_partner(sender, instance, **kwargs):
    if not kwargs.get("raw", False) and not in_bulk_write():
        rebuild_project_links([instance.project_id])


@receiver(projects_written)
def refresh_projects_written_in_bulk(sender, project_ids, **kwargs):
    for start in range(0, len(project_ids), LINK_BATCH):
        rebuild_project_links(project_ids[start : start + LINK_BATCH])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def refresh_forums_below_restriction(sender, instance, **kwargs):
    rebuild_forum_links(forums_below(instance.page))
