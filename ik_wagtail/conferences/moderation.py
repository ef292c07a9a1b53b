"""Who may enter a forum's results: derived from the forum's moderator list, never by hand.

Each forum has its own Wagtail group (``ForumModerationGroup``). Its members are exactly the
forum's moderators; it may add the forum's result statement and change it once it exists, but
never publish (approval by the KI goes through the "Ergebnisfreigabe" workflow). All moderators
are also members of the common moderation group, which only grants access to the admin.
"""

import swapper
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from ik_wagtail.roles import KI_GROUP_NAME, MODERATION_GROUP_NAME

from .models import ForumModerationGroup, ResultStatementPage

GROUP_NAME_MAX_LENGTH = 150
RESULT_WORKFLOW_NAME = "Ergebnisfreigabe"
RESULT_APPROVAL_TASK_NAME = "Freigabe durch das Kommunale Integrationszentrum"


def moderation_group_name(forum):
    """A readable, unique group name: "Forum-Moderation: <conference> / <forum> (#<id>)"."""
    conference = forum.get_parent()
    suffix = f" (#{forum.pk})"
    name = f"{MODERATION_GROUP_NAME}: {conference.title} / {forum.title}"
    return name[: GROUP_NAME_MAX_LENGTH - len(suffix)] + suffix


def page_permission(permission_type):
    """The auth permission behind a Wagtail page permission type ("add", "change", …).

    Looked up through the active base page model, which Wagtail 8 lets a site swap.
    """
    Page = swapper.load_model("wagtailcore", "Page")
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page),
        codename=get_permission_codename(permission_type, Page._meta),
    )


def grant_page_permissions(group, page, permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(permission_type)
        )


def result_workflow():
    """The "Ergebnisfreigabe" workflow: one approval task for the KI group."""
    ki_group, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    workflow, _ = Workflow.objects.get_or_create(name=RESULT_WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=RESULT_APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=RESULT_APPROVAL_TASK_NAME)
    task.groups.add(ki_group)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def sync_forum_moderation(forum):
    """Make the forum's group, its members and its page permissions match the moderator list."""
    link = ForumModerationGroup.objects.select_related("group").filter(forum=forum).first()
    if link is None:
        group = Group.objects.create(name=moderation_group_name(forum))
        link = ForumModerationGroup.objects.create(forum=forum, group=group)
    group = link.group
    expected_name = moderation_group_name(forum)
    if group.name != expected_name:
        group.name = expected_name
        group.save(update_fields=["name"])

    # On the forum (not higher), so that the workflow covers its result statement, also when a
    # moderator creates it, but not the conference pages the KI publishes directly.
    WorkflowPage.objects.update_or_create(page=forum, defaults={"workflow": result_workflow()})
    grant_page_permissions(group, forum, ["add"])
    for statement in ResultStatementPage.objects.child_of(forum):
        grant_page_permissions(group, statement, ["change"])

    moderators = set(forum.moderators.values_list("user_id", flat=True))
    former = set(group.user_set.values_list("pk", flat=True)) - moderators
    group.user_set.set(moderators)
    common, _ = Group.objects.get_or_create(name=MODERATION_GROUP_NAME)
    common.user_set.add(*moderators)
    still_moderating = set(
        get_user_model()
        .objects.filter(pk__in=former, moderated_forums__isnull=False)
        .values_list("pk", flat=True)
    )
    common.user_set.remove(*(former - still_moderating))


def result_entry_url(forum, user):
    """Where this user enters the forum's results in the admin, or ``None`` if they may not.

    Leads to the existing result statement (live or draft) or to creating the forum's first one.
    """
    if not user.has_perm("wagtailadmin.access_admin"):
        return None
    statement = ResultStatementPage.objects.child_of(forum).first()
    if statement is not None:
        if statement.permissions_for_user(user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[statement.pk])
        return None
    if forum.permissions_for_user(user).can_add_subpage():
        meta = ResultStatementPage._meta
        return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, forum.pk])
    return None
