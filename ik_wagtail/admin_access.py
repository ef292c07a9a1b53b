"""What the admin shows a user of pages they may not work on.

Wagtail's page chooser, the move confirmation and the bulk-action pages show the titles of
any page by its id, drafts included; Wagtail only refuses the action itself. Here a moderator
sees only their own forum's work in progress: other pages appear in the admin when they are
live (every intranet user may read them) or when the user may work on them.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

WORK_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]


def pages_shown_in_admin(user, pages):
    """``pages`` limited to the live ones and those ``user`` may work on."""
    if user.is_superuser:
        return pages
    workable = PagePermissionPolicy().instances_user_has_any_permission_for(user, WORK_ACTIONS)
    return pages.filter(Q(live=True) | Q(pk__in=workable.values("pk")))


def check_move(request, page, destination):
    """The move confirmation names both pages: only for a move the user may make."""
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_move() and permissions.can_move_to(destination)):
        raise PermissionDenied


class ShownItemsOnly:
    """A page bulk action whose confirmation lists, among the pages the user may not act on,
    only those the user may see."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        hidden = extra["items_with_no_access"]
        if hidden:
            shown = set(
                pages_shown_in_admin(
                    self.request.user, Page.objects.filter(pk__in=[page.pk for page in hidden])
                ).values_list("pk", flat=True)
            )
            extra["items_with_no_access"] = [page for page in hidden if page.pk in shown]
        return objects, extra


class ShownDeleteBulkAction(ShownItemsOnly, DeleteBulkAction):
    pass


class ShownMoveBulkAction(ShownItemsOnly, MoveBulkAction):
    pass


class ShownPublishBulkAction(ShownItemsOnly, PublishBulkAction):
    pass


class ShownUnpublishBulkAction(ShownItemsOnly, UnpublishBulkAction):
    pass


PAGE_BULK_ACTIONS = [
    ShownDeleteBulkAction,
    ShownMoveBulkAction,
    ShownPublishBulkAction,
    ShownUnpublishBulkAction,
]
