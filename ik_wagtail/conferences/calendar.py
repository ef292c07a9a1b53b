"""The conference and its forums as an iCalendar file, for the actors' own calendars."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event


def local_datetime(date, time):
    return datetime.datetime.combine(date, time, tzinfo=ZoneInfo(settings.TIME_ZONE))


def calendar_event(uid, summary, date, starts_at, ends_at, location, description, url):
    """One VEVENT; without a start time it is an all-day event on ``date``."""
    event = Event()
    event.add("uid", uid)
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


def conference_calendar(conference, forums, request):
    """Bytes of an .ics with one event for the conference and one for each timed forum."""
    calendar = Calendar()
    calendar.add("prodid", "-//Kreis Heinsberg//ik-wagtail//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", conference.title)
    host = request.get_host().split(":")[0]
    location = ", ".join(part for part in [conference.venue_name, conference.venue_address] if part)
    calendar.add_component(
        calendar_event(
            uid=f"conference-{conference.pk}@{host}",
            summary=conference.title,
            date=conference.date,
            starts_at=conference.starts_at,
            ends_at=conference.ends_at,
            location=location.replace("\n", ", "),
            description=conference.lead_theme,
            url=conference.get_full_url(request),
        )
    )
    for forum in forums:
        if not forum.starts_at:
            continue
        calendar.add_component(
            calendar_event(
                uid=f"forum-{forum.pk}@{host}",
                summary=f"{conference.title}: {forum.title}",
                date=conference.date,
                starts_at=forum.starts_at,
                ends_at=forum.ends_at,
                location=", ".join(part for part in [forum.room, conference.venue_name] if part),
                description=forum.guiding_question,
                url=forum.get_full_url(request),
            )
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()
