"""Conferences and forums as iCalendar (RFC 5545), for the actors' own calendars.

One event per file entry and no surprises: the conference's file holds the conference, a
forum's file that forum, and a person's feed (``ik_cycle``) the conferences plus the forums
they registered for. Links and UIDs come from the intranet's configured address
(``WAGTAILADMIN_BASE_URL``), never from the request's host, which behind a proxy may be
``localhost``. A forum takes place in its room at the conference's address; the venue's name
is left out there, since it often names a hall of its own.
"""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from icalendar import Calendar, Event

from ik_wagtail.mail import absolute_url

EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def local_datetime(date, time):
    return datetime.datetime.combine(date, time, tzinfo=ZoneInfo(settings.TIME_ZONE))


def one_line(text):
    return ", ".join(line.strip() for line in (text or "").splitlines() if line.strip())


def calendar_event(uid, summary, date, starts_at, ends_at, location, description, url, pages):
    """One VEVENT; without a start time it is an all-day event on ``date``. DTSTAMP and
    LAST-MODIFIED are when the ``pages`` its data comes from were last published: the same file
    for the same content, and calendar programs see when the information changed."""
    changed = max((page.last_published_at or page.first_published_at or EPOCH) for page in pages)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("summary", summary)
    if starts_at:
        event.add("dtstart", local_datetime(date, starts_at))
        if ends_at:
            event.add("dtend", local_datetime(date, ends_at))
    else:
        event.add("dtstart", date)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    event.add("url", url)
    return event


def uid(kind, pk):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "ik-wagtail"
    return f"{kind}-{pk}@{host}"


def conference_event(conference):
    return calendar_event(
        uid=uid("conference", conference.pk),
        summary=conference.title,
        date=conference.date,
        starts_at=conference.starts_at,
        ends_at=conference.ends_at,
        location=", ".join(
            part for part in [conference.venue_name, one_line(conference.venue_address)] if part
        ),
        description=conference.lead_theme,
        url=absolute_url(conference.url),
        pages=[conference],
    )


def forum_event(forum, conference):
    where = [forum.room, one_line(conference.venue_address)] if forum.room else []
    return calendar_event(
        uid=uid("forum", forum.pk),
        summary=f"{conference.title}: {forum.title}",
        date=conference.date,
        starts_at=forum.starts_at or conference.starts_at,
        ends_at=forum.ends_at if forum.starts_at else conference.ends_at,
        location=", ".join(part for part in where if part)
        or ", ".join(
            part for part in [conference.venue_name, one_line(conference.venue_address)] if part
        ),
        description=forum.guiding_question,
        url=absolute_url(forum.url),
        pages=[forum, conference],  # date, time and address come from the conference
    )


def calendar_bytes(name, events):
    calendar = Calendar()
    calendar.add("prodid", "-//Kreis Heinsberg//ik-wagtail//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def conference_calendar(conference):
    """The conference as one event (the forums have files of their own)."""
    return calendar_bytes(conference.title, [conference_event(conference)])


def forum_calendar(forum, conference):
    return calendar_bytes(f"{conference.title}: {forum.title}", [forum_event(forum, conference)])


def calendar_response(content, filename):
    """An .ics download (the conference page's route and the cycle's calendar views)."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
