"""Reporting on recommendations: "Meine Empfehlungen" for signed-in members of a responsible
organisation, and the same form behind a single-use e-mail link for those without an account."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .enums import ReviewState
from .forms import StatusReportForm
from .models import StatusReport
from .reports import ReportLinkRefused, request_for_link, submit_report, trackings_of


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
