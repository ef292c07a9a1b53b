"""Status reports: who may report on which recommendation, links without login, the KI's review.

Reports are proposals. ``submit_report`` only records one; ``approve`` turns reports into the
dated history readers see (``RecommendationStatusChange``) and sets the recommendation's
status and progress, in a fixed number of queries however many reports are approved at once.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ik_wagtail.concept.models import RecommendationStatusChange, RecommendationTracking
from ik_wagtail.derived import TRACKING
from ik_wagtail.mail import absolute_url, queue_mail
from ik_wagtail.network.models import ActorMembership
from ik_wagtail.roles import ki_recipients
from ik_wagtail.visibility import visible

from .enums import ReviewState
from .models import StatusReport, StatusRequest

LINK_SALT = "ik_followup.report-link"
LINK_LIFETIME = datetime.timedelta(days=42)


class ReportLinkRefused(Exception):
    """A report link that may not be used; ``status`` is the HTTP status to answer."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def reportable(queryset=None):
    """Trackings whose result page is live and visible: only those can be reported on."""
    from ik_wagtail.conferences.models import ResultStatementPage

    queryset = queryset if queryset is not None else RecommendationTracking.objects.all()
    return queryset.filter(page__in=visible(ResultStatementPage.objects.all()))


def trackings_of(user):
    """The recommendations the user's organisation is responsible for."""
    membership = ActorMembership.objects.filter(user=user).first()
    if membership is None:
        return RecommendationTracking.objects.none(), None
    trackings = reportable(
        RecommendationTracking.objects.filter(responsible_actors=membership.actor)
    ).order_by("title", "pk")
    return trackings, membership.actor


# Links -----------------------------------------------------------------------------------------


def link_token(status_request):
    return signing.dumps({"request": status_request.pk}, salt=LINK_SALT)


def request_for_link(token, tracking_id, now=None):
    """The open ``StatusRequest`` a link names, or ``ReportLinkRefused``."""
    now = now or timezone.now()
    invalid = ReportLinkRefused(
        _("This link is not valid. Please use the link from your e-mail."), 400
    )
    try:
        data = signing.loads(token, salt=LINK_SALT)
    except signing.BadSignature as error:
        raise invalid from error
    if not isinstance(data, dict) or not isinstance(data.get("request"), int):
        raise invalid
    status_request = (
        StatusRequest.objects.select_related("tracking", "actor").filter(pk=data["request"]).first()
    )
    if status_request is None or status_request.tracking_id != tracking_id:
        raise invalid
    if status_request.used_at:
        raise ReportLinkRefused(
            _("A report has already been sent with this link. Each link can be used once."), 410
        )
    if status_request.expires_at < now:
        raise ReportLinkRefused(
            _("This link has expired. The KI will send a new one with the next status request."),
            410,
        )
    if not reportable().filter(pk=tracking_id).exists():
        raise invalid
    return status_request


def create_request(tracking, actor, recipient, now=None):
    now = now or timezone.now()
    return StatusRequest.objects.create(
        tracking=tracking, actor=actor, recipient=recipient, expires_at=now + LINK_LIFETIME
    )


# Reporting -------------------------------------------------------------------------------------


def reports_per_day():
    return getattr(settings, "IK_REPORTS_PER_DAY", 20)


def report_limit_reached(user, now=None):
    """The German message why ``user`` may not report now, or ``None`` (no mail floods)."""
    now = now or timezone.now()
    limit = reports_per_day()
    recent = StatusReport.objects.filter(
        reported_by=user, created_at__gte=now - datetime.timedelta(days=1)
    ).count()
    if recent < limit:
        return None
    return _(
        "You have already sent %(count)s reports in the last 24 hours, the most one person can "
        "send. Please send this one later; what you entered is still here."
    ) % {"count": limit}


def submit_report(form, tracking, actor, user=None, status_request=None):
    """Record a report from a valid ``StatusReportForm``; a link is used up with it. The KI
    hears of waiting reports in one message per hour (``notify_ki_of_reports``)."""
    with transaction.atomic():
        if status_request is not None:
            used = StatusRequest.objects.filter(pk=status_request.pk, used_at__isnull=True).update(
                used_at=timezone.now()
            )
            if not used:  # the same link sent twice at the same moment
                raise ReportLinkRefused(
                    _("A report has already been sent with this link. Each link can be used once."),
                    410,
                )
        report = form.save(commit=False)
        report.tracking = tracking
        report.actor = actor
        report.reported_by = user if user is not None and user.is_authenticated else None
        report.request = status_request
        report.save()
        notify_ki_of_reports()
    return report


NOTICE_WINDOW = datetime.timedelta(hours=1)


def notify_ki_of_reports(now=None):
    """One message per KI member and hour, however many reports arrive in it."""
    now = now or timezone.now()
    window = int(now.timestamp() // NOTICE_WINDOW.total_seconds())
    waiting = StatusReport.objects.filter(review_state=ReviewState.PENDING).count()
    link = absolute_url(reverse("ik_followup_review"))
    for reviewer in ki_recipients():
        queue_mail(
            f"reports:{window}",
            reviewer.email,
            _("Status reports are waiting for review"),
            ngettext(
                "%(count)s status report on recommendations is waiting for your review: %(link)s",
                "%(count)s status reports on recommendations are waiting for your review: %(link)s",
                waiting,
            )
            % {"count": waiting, "link": link},
        )


# Review ----------------------------------------------------------------------------------------


def history_note(report):
    parts = [_("Progress %(progress)s %%") % {"progress": report.progress}]
    parts.append(_("Done: %(text)s") % {"text": report.done})
    if report.next_step:
        parts.append(_("Next step: %(text)s") % {"text": report.next_step})
    if report.milestones:
        parts.append(
            _("Milestones: %(list)s")
            % {
                "list": "; ".join(
                    f"{formats.date_format(date, 'SHORT_DATE_FORMAT')} {label}".strip()
                    for date, label in report.milestone_list()
                )
            }
        )
    if report.indicator:
        parts.append(_("Indicator: %(value)s") % {"value": report.indicator})
    if report.actor_id:
        parts.append(_("Reported by %(actor)s") % {"actor": report.actor.name})
    return " · ".join(parts)


@transaction.atomic
def approve(reports, reviewer, note=""):
    """Approve pending reports: history entries, status and progress; constant queries."""
    pending = list(
        reports.filter(review_state=ReviewState.PENDING)
        .select_related("actor", "tracking")
        .order_by("created_at", "pk")
        .select_for_update(of=("self",))
    )
    if not pending:
        return 0
    now = timezone.now()
    changes = RecommendationStatusChange.objects.bulk_create(
        RecommendationStatusChange(
            tracking=report.tracking,
            status=report.status,
            progress=report.progress,
            note=history_note(report),
            changed_by=reviewer,
            changed_at=now,
        )
        for report in pending
    )
    latest = {report.tracking_id: report for report in pending}  # the newest per recommendation
    trackings = [report.tracking for report in latest.values()]
    for tracking in trackings:
        tracking.status = latest[tracking.pk].status
        tracking.progress = latest[tracking.pk].progress
        tracking.updated_at = now
    RecommendationTracking.objects.bulk_update(trackings, ["status", "progress", "updated_at"])
    StatusReport.objects.filter(pk__in=[report.pk for report in pending]).update(
        review_state=ReviewState.APPROVED, reviewed_by=reviewer, reviewed_at=now, review_note=note
    )
    TRACKING.bump()  # bulk writes send no signals: renew what readers see of the tracking
    from .signal_handlers import announce_status_changes

    announce_status_changes(changes)
    return len(pending)


@transaction.atomic
def return_reports(reports, reviewer, note):
    """Send pending reports back with a note; nothing of them counts."""
    return reports.filter(review_state=ReviewState.PENDING).update(
        review_state=ReviewState.RETURNED,
        reviewed_by=reviewer,
        reviewed_at=timezone.now(),
        review_note=note,
    )
