"""A person's calendar subscription (webcal): the conferences they may see and the forums
they registered for, current on every fetch of the calendar program."""

from django.urls import reverse
from wagtail.models import Page

from ik_wagtail.conferences.calendar import calendar_bytes, conference_event, forum_event
from ik_wagtail.conferences.models import ConferencePage, ForumPage
from ik_wagtail.mail import absolute_url
from ik_wagtail.visibility import visible

from .enums import RegistrationStatus
from .models import CalendarFeed, ForumRegistration


def feed_for(user):
    return CalendarFeed.objects.get_or_create(user=user)[0]


def feed_urls(feed):
    """The subscription address (``webcal://``, which calendar programs open) and the same as
    a plain download."""
    https = absolute_url(reverse("ik_cycle:calendar_feed", args=[feed.token]))
    return {"webcal": "webcal://" + https.split("://", 1)[1], "https": https}


def feed_calendar(feed):
    """Every visible conference, and the forums the person holds a seat in. Aggregate-visible
    pages only (``visible``): the feed is fetched without a session."""
    conferences = {
        conference.path: conference
        for conference in visible(ConferencePage.objects.all()).order_by("date")
    }
    registered = visible(ForumPage.objects.all()).filter(
        pk__in=ForumRegistration.objects.filter(
            user=feed.user, status=RegistrationStatus.REGISTERED
        ).values("forum_id")
    )
    events = [conference_event(conference) for conference in conferences.values()]
    for forum in registered.order_by("path"):
        conference = conferences.get(forum.path[: -Page.steplen])
        if conference is not None:
            events.append(forum_event(forum, conference))
    return calendar_bytes("Integrationskonferenz – mein Kalender", events)
