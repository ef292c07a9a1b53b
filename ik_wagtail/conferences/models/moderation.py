from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class ForumModerationGroup(models.Model):
    """The Wagtail group that carries a forum's moderators and their page permissions.

    Wagtail grants page permissions to groups, not users; one group per forum keeps the rights
    derived from the forum's moderator list (``moderation.sync_forum_moderation``) instead of
    hand-made per-user permissions that drift.
    """

    forum = models.OneToOneField(
        "ik_conferences.ForumPage",
        verbose_name=_("forum"),
        on_delete=models.CASCADE,
        related_name="moderation_group",
    )
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("forum moderation group")
        verbose_name_plural = _("forum moderation groups")

    def __str__(self):
        return self.group.name
