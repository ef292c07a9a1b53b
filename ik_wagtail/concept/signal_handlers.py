from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ConferencePage, ForumPage, ResultStatementPage
from ik_wagtail.taxonomy.models import FieldOfAction

from .models import IntegrationskonzeptPage, RecommendationStatusChange, RecommendationTracking
from .read_model import rebuild_page_records, rebuild_records_below, remove_page_records
from .rollup import ROLLUP_VERSION


@receiver(page_published, sender=ResultStatementPage)
def record_published_results(sender, instance, **kwargs):
    rebuild_page_records(instance)


@receiver(page_unpublished, sender=ResultStatementPage)
def forget_unpublished_results(sender, instance, **kwargs):
    remove_page_records(instance)


@receiver(page_published, sender=ForumPage)
@receiver(page_published, sender=ConferencePage)
def refresh_results_of_changed_forum_or_conference(sender, instance, **kwargs):
    """A forum's field of action or a conference's year feeds the records below it."""
    rebuild_records_below(instance)


@receiver(post_page_move)
def refresh_results_of_moved_pages(sender, instance, **kwargs):
    rebuild_records_below(instance)


def refresh_rollup(sender, **kwargs):
    """Anything the roll-up shows has changed: cached roll-ups are out of date."""
    if not kwargs.get("raw", False):
        ROLLUP_VERSION.renew_now_and_on_commit()


# Registered after the read model's handlers, so the renewal follows the rebuilt records.
for page_model in (ResultStatementPage, ForumPage, ConferencePage, IntegrationskonzeptPage):
    page_published.connect(refresh_rollup, sender=page_model)
    page_unpublished.connect(refresh_rollup, sender=page_model)
    post_delete.connect(refresh_rollup, sender=page_model)
post_page_move.connect(refresh_rollup)
for model in (RecommendationTracking, RecommendationStatusChange, Actor, FieldOfAction):
    post_save.connect(refresh_rollup, sender=model)
    post_delete.connect(refresh_rollup, sender=model)
m2m_changed.connect(refresh_rollup, sender=RecommendationTracking.responsible_actors.through)
