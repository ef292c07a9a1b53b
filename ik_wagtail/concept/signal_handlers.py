from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ik_wagtail.conferences.models import ConferencePage, ForumPage, ResultStatementPage

from .read_model import rebuild_page_records, rebuild_records_below, remove_page_records


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
