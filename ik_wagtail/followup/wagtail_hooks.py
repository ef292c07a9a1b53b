from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ik_wagtail.admin_menu import IK_MENU_HOOK

from .admin_views import ReviewQueueView, can_review
from .admin_viewsets import StatusRequestRoundViewSet


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("ik-berichte/", ReviewQueueView.as_view(), name="ik_followup_review")]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review(request.user)


@hooks.register(IK_MENU_HOOK)
def register_review_menu_item():
    return ReviewMenuItem(
        _("Status reports"), reverse("ik_followup_review"), icon_name="tasks", order=320
    )


@hooks.register("register_admin_viewset")
def register_status_request_rounds():
    return StatusRequestRoundViewSet()
