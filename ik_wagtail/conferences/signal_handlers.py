from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import init_new_page, page_published

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.actors.models import Actor

from .models import ConferencePage, ForumModerationGroup, ForumPage, ResultStatementPage
from .moderation import sync_forum_moderation
from .roles import grant_section_to_ki, is_section_page_model


@receiver(init_new_page)
def default_lead_actor_to_integration_centre(sender, page, parent, **kwargs):
    """The motion puts the KI in charge: a new conference starts with it as lead actor."""
    if isinstance(page, ConferencePage) and page.lead_actor_id is None:
        page.lead_actor = Actor.objects.filter(kind=ActorKind.INTEGRATION_CENTRE).first()


@receiver(post_save)
def grant_new_section_to_ki(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_section_page_model(sender):
        grant_section_to_ki(instance)


@receiver(page_published, sender=ForumPage)
def sync_moderators_of_published_forum(sender, instance, **kwargs):
    """Publishing writes the forum's moderator rows; the rights follow them."""
    sync_forum_moderation(instance)


@receiver(post_save, sender=ResultStatementPage)
def let_all_moderators_edit_new_result_statement(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        sync_forum_moderation(instance.get_parent().specific)


@receiver(post_delete, sender=ForumModerationGroup)
def delete_group_of_deleted_forum(sender, instance, **kwargs):
    instance.group.delete()
