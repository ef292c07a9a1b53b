"""Calendar files per forum and a personal subscription feed with a revocable address."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.enums import RegistrationStatus
from ik_wagtail.cycle.models import CalendarFeed, ForumRegistration
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def events(content):
    return Calendar.from_ical(content).walk("VEVENT")


def test_a_forum_file_holds_that_forum_in_its_room_at_the_conference_address(client, conference):
    conference.venue_name = "Kreishaus Heinsberg, Großer Sitzungssaal"
    conference.venue_address = "Valkenburger Straße 45\n52525 Heinsberg"
    conference.save_revision().publish()
    forum = ForumPage.objects.child_of(conference).get(number=1)
    forum.room = "Sitzungsraum A"
    forum.save_revision().publish()
    client.force_login(UserFactory(username="leserin"))

    page = client.get(forum.url)
    response = client.get(reverse("ik_cycle:forum_calendar", args=[forum.pk]))

    [event] = events(response.content)
    assert reverse("ik_cycle:forum_calendar", args=[forum.pk]) in page.text
    assert str(event["summary"]) == f"{conference.title}: {forum.title}"
    assert str(event["location"]) == "Sitzungsraum A, Valkenburger Straße 45, 52525 Heinsberg"
    assert str(event["url"]) == "http://testserver" + forum.url
    # The event's data comes from both pages: its last change is the later publication.
    conference.refresh_from_db()
    forum.refresh_from_db()
    changed = max(conference.last_published_at, forum.last_published_at).replace(microsecond=0)
    assert event.decoded("last-modified") == changed
    assert event.decoded("dtstamp") == changed


def test_an_unpublished_forum_has_no_calendar_file(client, conference):
    forum = ForumPage.objects.child_of(conference).get(number=1)
    forum.unpublish()
    client.force_login(UserFactory(username="leserin"))

    response = client.get(reverse("ik_cycle:forum_calendar", args=[forum.pk]))

    assert response.status_code == 404


def test_the_personal_feed_lists_conferences_and_registered_forums_until_replaced(
    client, conference
):
    reader = UserFactory(username="leserin")
    forum = ForumPage.objects.child_of(conference).get(number=2)
    ForumRegistration.objects.create(forum=forum, user=reader, status=RegistrationStatus.REGISTERED)
    client.force_login(reader)

    page = client.get(reverse("ik_cycle:my_calendar"))
    feed = CalendarFeed.objects.get(user=reader)
    feed_url = reverse("ik_cycle:calendar_feed", args=[feed.token])
    client.logout()
    fetched = client.get(feed_url)  # calendar programs have no session
    client.force_login(reader)
    client.post(reverse("ik_cycle:my_calendar"))
    client.logout()
    old = client.get(feed_url)
    new = client.get(reverse("ik_cycle:calendar_feed", args=[CalendarFeed.objects.get().token]))

    assert f"webcal://testserver{feed_url}" in page.text
    assert [str(event["summary"]) for event in events(fetched.content)] == [
        conference.title,
        f"{conference.title}: {forum.title}",
    ]
    assert fetched["Cache-Control"] == "private, no-store"
    assert old.status_code == 404
    assert new.status_code == 200


def test_every_calendar_is_valid_icalendar_with_folded_lines(client, conference):
    forum = ForumPage.objects.child_of(conference).get(number=1)
    forum.guiding_question = "Wie erreichen wir Menschen, die keinen Kurs besuchen? " * 8
    forum.save_revision().publish()
    client.force_login(UserFactory(username="leserin"))

    response = client.get(reverse("ik_cycle:forum_calendar", args=[forum.pk]))

    lines = response.content.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert str(events(response.content)[0]["description"]).startswith("Wie erreichen wir")
    assert b"DTSTAMP" in response.content
