"""What the admin shows a user of pages they may not work on.

Wagtail's page chooser, the move confirmation and the bulk-action pages show the titles of
any page by its id, drafts included; Wagtail only refuses the action itself. Here a moderator
sees only their own forum's work in progress: other pages appear in the admin when the user
may read them on the intranet or may work on them.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .visibility import visible_to

WORK_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]


def pages_shown_in_admin(request, pages):
    """``pages`` limited to those the user may read on the intranet (live, every ancestor live,
    no restriction they fail) and those they may work on."""
    user = request.user
    if user.is_superuser:
        return pages
    workable = PagePermissionPolicy().instances_user_has_any_permission_for(user, WORK_ACTIONS)
    readable = visible_to(Page.objects.all(), request)
    return pages.filter(Q(pk__in=readable.values("pk")) | Q(pk__in=workable.values("pk")))


def chooser_pages(pages, request):
    """The page chooser's list. Browsing *into* a page shows that page too (as the list's
    first row and in the breadcrumb), so a page the user may not see is refused as a whole."""
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if (
        parent_id is not None
        and not pages_shown_in_admin(request, Page.objects.filter(pk=parent_id)).exists()
    ):
        raise Http404
    return pages_shown_in_admin(request, pages)


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
                    self.request, Page.objects.filter(pk__in=[page.pk for page in hidden])
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
