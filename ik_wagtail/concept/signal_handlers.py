"""Keep the read model of results (``derived.TABLES``) in step with the page tree.

Cached roll-ups need no receivers here: their generations are renewed from the declarations
in ``ik_wagtail.derived`` and by the rebuilds themselves.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from ik_wagtail.conferences.models import ConferencePage, ForumPage, ResultStatementPage

from .read_model import rebuild_page_records, rebuild_records_below, remove_records_below


@receiver(page_published, sender=ResultStatementPage)
def record_results_of_statement(sender, instance, **kwargs):
    rebuild_page_records(instance)


@receiver(page_published, sender=ForumPage)
@receiver(page_published, sender=ConferencePage)
def record_results_below_forum_or_conference(sender, instance, **kwargs):
    """A forum's field of action and a conference's year feed the records below them."""
    rebuild_records_below(instance)


@receiver(page_unpublished, sender=ResultStatementPage)
@receiver(page_unpublished, sender=ForumPage)
@receiver(page_unpublished, sender=ConferencePage)
def forget_results_below(sender, instance, **kwargs):
    """An unpublished page hides the results below it. Wagtail also sends this signal before
    deleting a live page, which is still live then: only removing, never rebuilding, keeps
    the deletion from meeting rows written in between."""
    remove_records_below(instance)


@receiver(post_page_move)
def record_results_of_moved_pages(sender, instance, **kwargs):
    rebuild_records_below(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def record_results_below_restriction(sender, instance, **kwargs):
    rebuild_records_below(instance.page)
