"""Project proposals from intranet users: a draft in the KI's moderation workflow.

Intranet users get no snippet permissions (with "add" they would see every project in the
admin listing, drafts included); they propose through the library's front-end form. The
proposal is saved as a draft with a revision and submitted to the workflow the data migration
assigns to projects ("Projektfreigabe"). Nothing is published until someone with publish
rights approves it.

No mail floods: one person may send :data:`PROPOSALS_PER_DAY` proposals in 24 hours (the
form says so and keeps what was typed), and the KI is told about new proposals at most once
per :data:`NOTICE_WINDOW` and person, in one message that lists every proposal waiting then,
instead of Wagtail's message per proposal and reviewer (``notifications.py`` keeps those for
everything but projects).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import WorkflowState

from ik_wagtail.mail import absolute_url, queue_mail
from ik_wagtail.roles import ki_recipients

from .columns import plain_to_rich_text

logger = logging.getLogger(__name__)

NOTICE_WINDOW = datetime.timedelta(hours=1)
PENDING_LISTED = 20


def proposals_per_day():
    return getattr(settings, "IK_PROPOSALS_PER_DAY", 5)


def proposal_limit_reached(user, now=None):
    """The German message why ``user`` may not propose now, or ``None``."""
    from .models import IntegrationProject

    now = now or timezone.now()
    limit = proposals_per_day()
    recent = IntegrationProject.objects.filter(
        proposed_by=user, created_at__gte=now - datetime.timedelta(days=1)
    ).count()
    if recent < limit:
        return None
    return ngettext(
        "You have already sent %(count)s proposal in the last 24 hours, the most one person "
        "can send. Please send this one later; what you entered is still here.",
        "You have already sent %(count)s proposals in the last 24 hours, the most one person "
        "can send. Please send this one later; what you entered is still here.",
        limit,
    ) % {"count": limit}


def submit_proposal(form, user):
    """Save a valid ``ProjectProposalForm`` as a draft and start the moderation workflow."""
    with transaction.atomic():
        project = form.save(commit=False)
        project.description = plain_to_rich_text(form.cleaned_data["description"])
        project.live = False
        project.proposed_by = user
        project.save()
        form.save_m2m()
        project.save()  # commits the relations the form set on the cluster
        project.save_revision(user=user, log_action=True)
        workflow = project.get_workflow()
        if workflow is None:
            logger.warning(
                "No workflow is assigned to projects: proposal %s waits as a draft.", project.pk
            )
        else:
            workflow.start(project, user)
        notify_ki_of_proposals()
    return project


def notify_ki_of_proposals(now=None):
    """Queue one message per KI member and notice window listing the proposals waiting."""
    from .models import IntegrationProject

    now = now or timezone.now()
    window = int(now.timestamp() // NOTICE_WINDOW.total_seconds())
    waiting = list(
        IntegrationProject.objects.filter(
            proposed_by__isnull=False,
            live=False,
            pk__in=[
                int(object_id)
                for object_id in WorkflowState.objects.active()
                .filter(base_content_type=ContentType.objects.get_for_model(IntegrationProject))
                .values_list("object_id", flat=True)
            ],
        )
        .order_by("-created_at")
        .values_list("title", flat=True)[: PENDING_LISTED + 1]
    )
    if not waiting:
        return
    listed = "\n".join(f"– {title}" for title in waiting[:PENDING_LISTED])
    if len(waiting) > PENDING_LISTED:
        listed += "\n– …"
    subject = _("New project proposals are waiting for approval")
    body = "\n".join(
        [
            _("Project proposals from the intranet are waiting for your approval:"),
            "",
            listed,
            "",
            _("Review them here: %(link)s") % {"link": absolute_url(reverse("wagtailadmin_home"))},
        ]
    )
    for reviewer in ki_recipients():
        queue_mail(f"proposals:{window}", reviewer.email, subject, body)
