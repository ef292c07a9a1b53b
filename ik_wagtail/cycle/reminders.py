"""Reminders of the conference year, sent by ``manage.py ik_send_reminders`` (daily, by cron).

Two kinds, each switched on or off and timed per conference in its registration settings:

- **participants**, some days before the conference: their forum, time, room and venue;
- **moderators** whose forum has no submitted results some days after the conference.

Every reminder is an outbox message (``ik_wagtail.mail``) whose cause names the kind, the
person and the conference date, so running the command twice a day, or again after a missed
day, sends nothing twice; a conference moved to another date reminds again. A reminder that
was due on a day cron missed goes out on the next run, as long as it still makes sense
(participants until the day itself, moderators for :data:`MODERATOR_REMINDER_WINDOW` days).
"""

import datetime
from dataclasses import dataclass, field

import swapper
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumModerator,
    ForumPage,
    ResultStatementPage,
)
from ik_wagtail.mail import absolute_url, not_yet_queued, queue_mail

from .enums import RegistrationStatus
from .models import ForumRegistration, RegistrationSettings

MODERATOR_REMINDER_WINDOW = 30  # days after the due day in which a missed reminder still goes
LONGEST_LEAD = 60  # days: the longest time before a conference a participant reminder can be due


@dataclass
class ReminderRun:
    """What one run queued (or would queue), per kind: the causes of the new messages."""

    participants: list = field(default_factory=list)
    moderators: list = field(default_factory=list)


def send_reminders(today=None, dry_run=False):
    """Queue every reminder due ``today``; returns a :class:`ReminderRun`."""
    today = today or timezone.localdate()
    run = ReminderRun()
    with transaction.atomic():
        conferences = list(
            ConferencePage.objects.live().filter(
                date__gte=today - datetime.timedelta(days=365),
                date__lte=today + datetime.timedelta(days=LONGEST_LEAD),
            )
        )
        settings_of = {
            settings.conference_id: settings
            for settings in RegistrationSettings.objects.filter(conference__in=conferences)
        }
        for conference in conferences:
            settings = settings_of.get(conference.pk) or RegistrationSettings(conference=conference)
            if settings.remind_participants and participant_reminder_due(
                conference, settings, today
            ):
                run.participants += remind_participants(conference, dry_run)
            if settings.remind_moderators and moderator_reminder_due(conference, settings, today):
                run.moderators += remind_moderators(conference, dry_run)
    return run


def participant_reminder_due(conference, settings, today):
    first_day = conference.date - datetime.timedelta(days=settings.participant_reminder_days)
    return first_day <= today <= conference.date


def moderator_reminder_due(conference, settings, today):
    first_day = conference.date + datetime.timedelta(days=settings.moderator_reminder_days)
    return first_day <= today <= first_day + datetime.timedelta(days=MODERATOR_REMINDER_WINDOW)


def remind_participants(conference, dry_run):
    registrations = (
        ForumRegistration.objects.filter(
            forum__in=ForumPage.objects.live().child_of(conference),
            status=RegistrationStatus.REGISTERED,
        )
        .exclude(user__email="")
        .select_related("user", "forum")
        .order_by("pk")
    )
    due = {
        f"reminder:participant:{registration.pk}:{conference.date.isoformat()}": registration
        for registration in registrations
    }
    causes = not_yet_queued(due)
    if not dry_run:
        for cause in causes:
            registration = due[cause]
            subject, body = participant_message(conference, registration.forum.specific_deferred)
            queue_mail(cause, registration.user.email, subject, body)
    return causes


def participant_message(conference, forum):
    time = ""
    if forum.starts_at:
        time = formats.time_format(forum.starts_at, "TIME_FORMAT")
        if forum.ends_at:
            time += "–" + formats.time_format(forum.ends_at, "TIME_FORMAT")
    place = ", ".join(part for part in [forum.room, conference.venue_name] if part)
    subject = _("Reminder: %(conference)s on %(date)s") % {
        "conference": conference.title,
        "date": formats.date_format(conference.date, "DATE_FORMAT"),
    }
    lines = [
        _("You are registered for the forum “%(forum)s” of the %(conference)s.")
        % {"forum": forum.title, "conference": conference.title},
        "",
        _("Date: %(date)s") % {"date": formats.date_format(conference.date, "DATE_FORMAT")},
    ]
    if time:
        lines.append(_("Time: %(time)s") % {"time": time})
    if place:
        lines.append(_("Place: %(place)s") % {"place": place})
    lines += [
        "",
        _(
            "If you cannot come, please give up your seat so that someone from the waiting list "
            "can take it: %(link)s"
        )
        % {"link": absolute_url(reverse("ik_cycle:my_registrations"))},
    ]
    return subject, "\n".join(lines)


def forums_without_submitted_results(conference):
    """Live forums with neither a published result page nor one in moderation."""
    forums = list(ForumPage.objects.live().child_of(conference).defer_streamfields())
    results = list(
        ResultStatementPage.objects.descendant_of(conference).values_list("pk", "path", "live")
    )
    in_moderation = set(
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(
                swapper.load_model("wagtailcore", "Page")
            ),
            object_id__in=[str(pk) for pk, _path, _live in results],
        )
        .values_list("object_id", flat=True)
    )
    submitted = [path for pk, path, live in results if live or str(pk) in in_moderation]
    return [forum for forum in forums if not any(path.startswith(forum.path) for path in submitted)]


def remind_moderators(conference, dry_run):
    forums = forums_without_submitted_results(conference)
    moderators = (
        ForumModerator.objects.filter(forum__in=forums)
        .exclude(user__email="")
        .select_related("user")
        .order_by("forum_id", "pk")
    )
    titles = {forum.pk: forum.title for forum in forums}
    due = {
        f"reminder:moderator:{moderator.forum_id}:{moderator.user_id}:"
        f"{conference.date.isoformat()}": moderator
        for moderator in moderators
    }
    causes = not_yet_queued(due)
    for cause in causes:
        moderator = due[cause]
        if not dry_run:
            subject = _("Results of the forum “%(forum)s” are still missing") % {
                "forum": titles[moderator.forum_id]
            }
            body = "\n".join(
                [
                    _(
                        "The %(conference)s took place on %(date)s. The results of your forum "
                        "“%(forum)s” have not been submitted for approval yet."
                    )
                    % {
                        "conference": conference.title,
                        "date": formats.date_format(conference.date, "DATE_FORMAT"),
                        "forum": titles[moderator.forum_id],
                    },
                    "",
                    _("Enter and submit them here: %(link)s")
                    % {
                        "link": absolute_url(
                            reverse("wagtailadmin_explore", args=[moderator.forum_id])
                        )
                    },
                ]
            )
            queue_mail(cause, moderator.user.email, subject, body)
    return causes
