"""Forum registration with capacity and waiting list.

Every change of a forum's seats happens inside a transaction that first locks the forum's row
(``select_for_update``), so two people taking the last seat at the same moment are serialised:
the second one sees the seat taken and goes on the waiting list. SQLite has no row locks but
serialises writing transactions as a whole.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ik_wagtail.conferences.models import ConferencePage, ForumPage
from ik_wagtail.mail import absolute_url, queue_mail
from ik_wagtail.visibility import visible_to

from .enums import ACTIVE_REGISTRATION_STATUSES, RegistrationStatus
from .models import ForumRegistration, RegistrationSettings


class RegistrationRefused(Exception):
    """A registration the rules do not allow; the message is shown to the user."""


def settings_for(conference):
    return RegistrationSettings.objects.filter(conference=conference).first() or (
        RegistrationSettings(conference=conference)
    )


def is_upcoming(conference, today=None):
    return conference.date >= (today or timezone.localdate())


def open_forums(conference, request=None):
    """The live forums of a conference with the seats taken and the waiting list length; with
    a ``request``, only those its user may open (the admin's counts pass none)."""
    from django.db.models import Count, Q

    forums = ForumPage.objects.child_of(conference)
    return (
        (visible_to(forums, request) if request else forums.live())
        .defer_streamfields()
        .annotate(
            registered_count=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.REGISTERED),
            ),
            waiting_count=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)
            ),
        )
        .order_by("number", "path")
    )


def register(user, forum_id, conference, organisation=None):
    """Register the user for a forum of the conference: a seat if one is free, else the
    waiting list. Raises ``RegistrationRefused`` with a German message otherwise."""
    if not conference.live or not is_upcoming(conference):
        raise RegistrationRefused(_("Registration for this conference is closed."))
    if not settings_for(conference).is_open:
        raise RegistrationRefused(_("Registration for this conference is closed."))
    with transaction.atomic():
        forum = (
            ForumPage.objects.child_of(conference)
            .live()
            .select_for_update(of=("self",))
            .filter(pk=forum_id)
            .first()
        )
        if forum is None:
            raise RegistrationRefused(_("This forum does not exist or is not open."))
        # Lock the person too: two tabs registering for two forums must not both pass the
        # per-person limit.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        active = ForumRegistration.objects.filter(
            user=user,
            status__in=ACTIVE_REGISTRATION_STATUSES,
            forum__in=ForumPage.objects.child_of(conference),
        )
        if active.filter(forum=forum).exists():
            raise RegistrationRefused(_("You are already registered for this forum."))
        limit = settings_for(conference).max_forums_per_person
        if active.count() >= limit:
            raise RegistrationRefused(
                _("You can register for at most %(count)d forum(s) of this conference.")
                % {"count": limit}
            )
        taken = forum.registrations.filter(status=RegistrationStatus.REGISTERED).count()
        full = forum.capacity is not None and taken >= forum.capacity
        return ForumRegistration.objects.create(
            forum=forum,
            user=user,
            organisation=organisation_of(user) if organisation is None else organisation,
            status=RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED,
        )


def organisation_of(user):
    """The organisation the user gave at their last registration, so that it need not be typed
    again (the cycle app does not depend on the network app, which links accounts to actors)."""
    previous = ForumRegistration.objects.filter(user=user).exclude(organisation="").last()
    return previous.organisation if previous else ""


def cancel(registration):
    """Cancel a registration; a freed seat goes to the first on the waiting list (by e-mail).

    Returns the promoted registration, if any.
    """
    with transaction.atomic():
        forum = ForumPage.objects.select_for_update(of=("self",)).get(pk=registration.forum_id)
        registration = ForumRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return None
        freed_seat = registration.status == RegistrationStatus.REGISTERED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not freed_seat:
            return None
        promoted = fill_free_seats(forum)
        return promoted[0] if promoted else None


def fill_free_seats(forum):
    """Move people up from the waiting list while seats are free (forum row locked by caller)."""
    taken = forum.registrations.filter(status=RegistrationStatus.REGISTERED).count()
    free = None if forum.capacity is None else max(forum.capacity - taken, 0)
    waiting = forum.registrations.filter(status=RegistrationStatus.WAITING).order_by(
        "created_at", "pk"
    )
    promoted = list(waiting if free is None else waiting[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = RegistrationStatus.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        notify_moved_up(registration)
    return promoted


def notify_moved_up(registration):
    """Queue the "you have a seat" message (sent after the commit, once per promotion)."""
    user = registration.user
    if not user.email:
        return
    forum = registration.forum
    conference = ConferencePage.objects.filter(pk=forum.get_parent().pk).first()
    queue_mail(
        f"seat:{registration.pk}:{registration.promoted_at.isoformat()}",
        user.email,
        _("You have a seat in the forum “%(forum)s”") % {"forum": forum.title},
        _(
            "Good news: a seat has become free in the forum “%(forum)s” of the %(conference)s, "
            "and you have moved up from the waiting list. You are now registered.\n\n"
            "Your registrations: %(link)s"
        )
        % {
            "forum": forum.title,
            "conference": conference.title if conference else "",
            "link": absolute_url(reverse("ik_cycle:my_registrations")),
        },
    )
