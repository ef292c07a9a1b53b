"""Reporting on recommendations: "Meine Empfehlungen" for signed-in members of a responsible
organisation, and the same form behind a single-use e-mail link for those without an account."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ik_wagtail.concept.models import IntegrationskonzeptPage

from . import following
from .enums import ReviewState
from .forms import FollowForm, NoticeSettingsForm, StatusReportForm
from .models import NoticeSettings, StatusReport, YearlyReport
from .reports import (
    ReportLinkRefused,
    report_limit_reached,
    request_for_link,
    submit_report,
    trackings_of,
)
from .yearly_report import queue_report


@login_required
def my_recommendations(request):
    trackings, actor = trackings_of(request.user)
    trackings = list(trackings.prefetch_related("responsible_actors"))
    pending = set(
        StatusReport.objects.filter(
            tracking__in=trackings, review_state=ReviewState.PENDING, reported_by=request.user
        ).values_list("tracking_id", flat=True)
    )
    for tracking in trackings:
        tracking.report_pending = tracking.pk in pending
    return render(
        request,
        "ik_followup/my_recommendations.html",
        {"trackings": trackings, "actor": actor},
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request, tracking_id):
    trackings, actor = trackings_of(request.user)
    tracking = trackings.filter(pk=tracking_id).first()
    if tracking is None:
        raise Http404
    form = StatusReportForm(request.POST or None, initial=initial_for(tracking))
    if form.is_bound and (refusal := report_limit_reached(request.user)):
        form.add_error(None, refusal)
    if request.method == "POST" and form.is_valid():
        submit_report(form, tracking, actor, user=request.user)
        messages.success(request, _("Thank you! Your report has been sent to the KI for review."))
        return redirect("ik_followup:my_recommendations")
    return render(
        request, "ik_followup/report.html", {"form": form, "tracking": tracking, "actor": actor}
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def report_by_link(request, tracking_id, token):
    try:
        status_request = request_for_link(token, tracking_id)
    except ReportLinkRefused as refusal:
        return render(
            request,
            "ik_followup/link_refused.html",
            {"message": refusal.message},
            status=refusal.status,
        )
    tracking = status_request.tracking
    form = StatusReportForm(request.POST or None, initial=initial_for(tracking))
    if request.method == "POST" and form.is_valid():
        try:
            submit_report(
                form,
                tracking,
                status_request.actor,
                user=request.user,
                status_request=status_request,
            )
        except ReportLinkRefused as refusal:
            return render(
                request,
                "ik_followup/link_refused.html",
                {"message": refusal.message},
                status=refusal.status,
            )
        return render(request, "ik_followup/report_thanks.html", {"tracking": tracking})
    return render(
        request,
        "ik_followup/report.html",
        {"form": form, "tracking": tracking, "actor": status_request.actor, "by_link": True},
    )


def initial_for(tracking):
    return {"status": tracking.status, "progress": tracking.progress or 0}


# Following -------------------------------------------------------------------------------------


@login_required
@require_http_methods(["POST"])
def follow(request):
    """Follow or stop following one target; back to the page the button was on."""
    form = FollowForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("This cannot be followed."))
    kind, object_id = form.cleaned_data["kind"], form.cleaned_data["object_id"]
    if not following.target_exists(kind, object_id):
        raise Http404
    following.set_following(request.user, kind, object_id, form.cleaned_data["follow"])
    if form.cleaned_data["follow"]:
        messages.success(request, _("You follow it now and will be told when it changes."))
    else:
        messages.success(request, _("You no longer follow it."))
    back = form.cleaned_data["next"]
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("ik_followup:notice_settings")
    return redirect(back)


@login_required
@require_http_methods(["GET", "POST"])
def notice_settings(request):
    instance = NoticeSettings.objects.filter(user=request.user).first() or NoticeSettings(
        user=request.user
    )
    form = NoticeSettingsForm(request.POST or None, instance=instance, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("ik_followup:notice_settings")
    return render(
        request,
        "ik_followup/notice_settings.html",
        {"form": form, "follows": following.described_follows(request.user)},
    )


@csrf_exempt  # the signed token is the authority; mail programs POST without a CSRF token
@login_not_required
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click from an e-mail, no login: GET asks (mail scanners open links), POST does,
    also as the one-click POST of RFC 8058 (``List-Unsubscribe-Post``) that mail programs send."""
    try:
        user, kind, object_id = following.follow_for_token(token)
    except signing.BadSignature:
        return render(
            request,
            "ik_followup/link_refused.html",
            {"message": _("This link is not valid. Please use the link from your e-mail.")},
            status=400,
        )
    if request.method == "POST":
        following.set_following(user, kind, object_id, False)
        return render(
            request, "ik_followup/unsubscribed.html", {"everything": kind == following.ALL}
        )
    return render(
        request,
        "ik_followup/unsubscribe.html",
        {"everything": kind == following.ALL, "what": following.describe(kind, object_id)},
    )


# The yearly report -----------------------------------------------------------------------------


def review_required(request):
    from .admin_views import can_review

    if not can_review(request.user):
        raise PermissionDenied


@login_required
@require_http_methods(["POST"])
def yearly_report_create(request, page_id):
    review_required(request)
    page = get_object_or_404(IntegrationskonzeptPage, pk=page_id)
    report = queue_report(page, request.user)
    return redirect("ik_followup:yearly_report", report.pk)


@login_required
def yearly_report(request, report_id):
    review_required(request)
    report = get_object_or_404(
        YearlyReport.objects.defer("docx", "pdf", "pdf_html").select_related("page"), pk=report_id
    )
    return render(request, "ik_followup/yearly_report.html", {"report": report})


@login_required
def yearly_report_file(request, report_id, file_format):
    review_required(request)
    types = {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf",
    }
    if file_format not in types:
        raise Http404
    report = get_object_or_404(
        YearlyReport.objects.only(file_format, "requested_at"),
        pk=report_id,
        **{"state" if file_format == "docx" else "pdf_state": YearlyReport.State.DONE},
    )
    content = bytes(getattr(report, file_format))
    response = HttpResponse(content, content_type=types[file_format])
    name = f"Sachstandsbericht-{timezone.localtime(report.requested_at):%Y-%m-%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
