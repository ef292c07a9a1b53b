from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ik_wagtail.admin_menu import IK_MENU_HOOK
from ik_wagtail.concept.models import IntegrationskonzeptPage, RecommendationTracking
from ik_wagtail.templatetags.ik_tags import (
    FOLLOW_HOOK,
    FOLLOW_RECOMMENDATIONS_HOOK,
    PAGE_ACTIONS_HOOK,
)

from .admin_views import ReviewQueueView, StatusImportView, can_review
from .admin_viewsets import StatusRequestRoundViewSet
from .enums import FollowKind
from .following import is_following
from .models import Follow, YearlyReport


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("ik-berichte/", ReviewQueueView.as_view(), name="ik_followup_review"),
        path(
            "ik-umsetzungsstand/import/",
            StatusImportView.as_view(),
            name="ik_followup_status_import",
        ),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review(request.user)


@hooks.register(IK_MENU_HOOK)
def register_review_menu_item():
    return ReviewMenuItem(
        _("Status reports"), reverse("ik_followup_review"), icon_name="tasks", order=320
    )


@hooks.register(IK_MENU_HOOK)
def register_status_import_menu_item():
    return ReviewMenuItem(
        _("Import implementation status"),
        reverse("ik_followup_status_import"),
        icon_name="upload",
        order=325,
    )


@hooks.register("register_admin_viewset")
def register_status_request_rounds():
    return StatusRequestRoundViewSet()


@hooks.register(FOLLOW_HOOK)
def render_follow_button(request, kind, object_id, label=""):
    return render_to_string(
        "ik_followup/follow_button.html",
        {
            "kind": kind,
            "object_id": object_id,
            "label": label,
            "following": is_following(request.user, kind, object_id),
            "next": request.get_full_path(),
        },
        request=request,
    )


@hooks.register(FOLLOW_RECOMMENDATIONS_HOOK)
def render_follow_recommendations(request, result_page):
    trackings = list(
        RecommendationTracking.objects.filter(page=result_page)
        .order_by("pk")
        .values_list("pk", "title")
    )
    followed = set(
        Follow.objects.filter(
            user=request.user,
            kind=FollowKind.RECOMMENDATION,
            object_id__in=[pk for pk, _t in trackings],
        ).values_list("object_id", flat=True)
    )
    return render_to_string(
        "ik_followup/follow_recommendations.html",
        {
            "trackings": [(pk, title, pk in followed) for pk, title in trackings],
            "next": request.get_full_path(),
        },
        request=request,
    )


@hooks.register(PAGE_ACTIONS_HOOK)
def render_yearly_report_action(request, page):
    """On the Integrationskonzept page, the KI builds the report for the council."""
    if page.specific_class is not IntegrationskonzeptPage or not can_review(request.user):
        return ""
    latest = YearlyReport.objects.filter(page_id=page.pk).first()
    return render_to_string(
        "ik_followup/yearly_report_action.html", {"page": page, "latest": latest}, request=request
    )
