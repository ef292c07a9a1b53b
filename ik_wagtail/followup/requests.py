"""Status requests: on the days the KI set, everyone responsible for a recommendation of that
conference gets an e-mail with a single-use report link.

Recipients per responsible actor: the intranet users linked to it (``ActorMembership``) and
its contact address where the actor consented to its use. The outbox's cause (round,
recommendation, address) makes a second run send nothing again.
"""

from collections import defaultdict

from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.conferences.models import ResultStatementPage
from ik_wagtail.mail import absolute_url, not_yet_queued, queue_mail
from ik_wagtail.network.models import ActorMembership

from .models import StatusRequestRound
from .reports import create_request, link_token, reportable


def send_status_requests(today=None, dry_run=False):
    """Send the requests of every round that is due and not yet sent; returns their causes."""
    today = today or timezone.localdate()
    causes = []
    with transaction.atomic():
        rounds = StatusRequestRound.objects.filter(
            date__lte=today, sent_at__isnull=True
        ).select_related("conference")
        for request_round in rounds:
            causes += send_round(request_round, dry_run)
            if not dry_run:
                request_round.sent_at = timezone.now()
                request_round.save(update_fields=["sent_at"])
    return causes


def recipients_by_actor(actor_ids):
    addresses = defaultdict(set)
    for actor_id, email in (
        ActorMembership.objects.filter(actor_id__in=actor_ids)
        .exclude(user__email="")
        .values_list("actor_id", "user__email")
    ):
        addresses[actor_id].add(email.lower())
    return addresses


def send_round(request_round, dry_run):
    trackings = list(
        reportable(
            RecommendationTracking.objects.filter(
                page__in=ResultStatementPage.objects.descendant_of(request_round.conference)
            )
        )
        .prefetch_related("responsible_actors")
        .order_by("pk")
    )
    actors = {actor.pk: actor for t in trackings for actor in t.responsible_actors.all()}
    addresses = recipients_by_actor(list(actors))
    for actor in actors.values():
        if actor.contact_consent and actor.email:
            addresses[actor.pk].add(actor.email.lower())
    due = {}
    for tracking in trackings:
        for actor in tracking.responsible_actors.all():
            for address in sorted(addresses[actor.pk]):
                due[f"status-request:{request_round.pk}:{tracking.pk}:{address}"] = (
                    tracking,
                    actor,
                    address,
                )
    causes = not_yet_queued(due)
    if dry_run:
        return causes
    for cause in causes:
        tracking, actor, address = due[cause]
        status_request = create_request(tracking, actor, address)
        link = absolute_url(
            reverse("ik_followup:report_by_link", args=[tracking.pk, link_token(status_request)])
        )
        subject = _("How far is “%(title)s”?") % {"title": tracking.title}
        body = "\n".join(
            [
                _(
                    "%(actor)s is responsible for the recommendation “%(title)s” of the "
                    "%(conference)s. Please tell the Kommunales Integrationszentrum how far it "
                    "is implemented."
                )
                % {
                    "actor": actor.name,
                    "title": tracking.title,
                    "conference": request_round.conference.title,
                },
                "",
                _("Report here (no login needed; the link works once, until %(date)s): %(link)s")
                % {
                    "date": formats.date_format(
                        timezone.localtime(status_request.expires_at), "DATE_FORMAT"
                    ),
                    "link": link,
                },
                "",
                _("With an intranet account you find all your recommendations here: %(link)s")
                % {"link": absolute_url(reverse("ik_followup:my_recommendations"))},
            ]
        )
        queue_mail(cause, address, subject, body)
    return causes
