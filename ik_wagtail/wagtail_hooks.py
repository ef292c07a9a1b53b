from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .admin_access import PAGE_BULK_ACTIONS, check_move, chooser_pages
from .admin_menu import IK_MENU_HOOK
from .admin_views import OutgoingMailViewSet
from .document_access import check_document_access


class IntegrationConferenceMenu(ViewSetGroup):
    """Groups the plugin's admin views under one menu entry; items come from ``IK_MENU_HOOK``."""

    menu_label = _("Integration conference")
    menu_name = "integrationskonferenz"
    menu_icon = "group"
    menu_order = 250
    submenu_hook = IK_MENU_HOOK
    items = ()


@hooks.register("register_admin_viewset")
def register_integration_conference_menu():
    return IntegrationConferenceMenu()


@hooks.register("register_admin_viewset")
def register_outbox():
    return OutgoingMailViewSet()


@hooks.register("before_serve_document")
def documents_follow_login_and_page_privacy(document, request):
    return check_document_access(document, request)


@hooks.register("construct_page_chooser_queryset")
def chooser_shows_readable_and_workable_pages(pages, request):
    return chooser_pages(pages, request)


@hooks.register("before_move_page")
def move_confirmation_only_for_allowed_moves(request, page, destination):
    check_move(request, page, destination)


# After Wagtail's own (order 1): the same actions, listing only pages the user may see.
for bulk_action in PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)
