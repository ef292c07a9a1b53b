"""What intranet users see on conference, forum, referent and result pages."""

import datetime

import pytest
from icalendar import Calendar

from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ForumPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.taxonomy.models import FieldOfAction
from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


def test_conference_page_lists_forums_with_referents_and_moderators(user_client, conference):
    forum = ForumPage.objects.child_of(conference).first()
    referent = forum.forum_referents.get().referent
    moderator = forum.moderators.get()

    response = user_client.get(conference.url)

    assert response.status_code == 200
    assert list(response.context["forums"]) == list(ForumPage.objects.child_of(conference))
    assert f'href="{referent.url}"' in response.text
    assert moderator.display_name in response.text
    assert "Integration in Ausbildung und Arbeit" in response.text


def test_conference_index_highlights_the_next_upcoming_conference(user_client, conference):
    index = ConferenceIndexPage.objects.get()
    today = datetime.date.today()
    later = ConferencePageFactory(parent=index, year=today.year + 2)
    sooner = ConferencePageFactory(parent=index, year=today.year + 1)

    response = user_client.get(index.url)

    assert response.context["next_conference"] == sooner
    assert [c.year for c in response.context["conferences"]] == [later.year, sooner.year, 2024]


def test_draft_forum_is_not_shown_on_the_conference_page(user_client, conference):
    draft = ForumPage.objects.child_of(conference).first()
    draft.unpublish()

    response = user_client.get(conference.url)

    assert draft not in list(response.context["forums"])
    assert f'href="{draft.url}"' not in response.text


def test_result_blocks_have_stable_anchors_and_inherit_the_forum_field(user_client, conference):
    statement = ResultStatementPage.objects.first()
    forum = statement.get_parent().specific

    response = user_client.get(statement.url)

    for block in statement.results:
        assert f'id="ergebnis-{block.id}"' in response.text
    assert {field for _, field, _ in response.context["result_blocks"]} == {forum.field_of_action}


def test_block_field_of_action_overrides_the_forums(user_client, conference):
    statement = ResultStatementPage.objects.first()
    arbeit = FieldOfAction.objects.get(slug="arbeit")
    statement.results = [
        ("finding", {"text": "Arbeit hilft beim Deutschlernen.", "field_of_action": arbeit})
    ]
    statement.save_revision().publish()

    response = user_client.get(statement.url)

    ((_, field_of_action, _),) = response.context["result_blocks"]
    assert field_of_action == arbeit


def test_forum_page_shows_only_a_live_result_statement(user_client, conference):
    forum = ForumPage.objects.child_of(conference).first()
    statement = ResultStatementPage.objects.child_of(forum).get()

    live_response = user_client.get(forum.url)
    statement.unpublish()
    draft_response = user_client.get(forum.url)

    assert live_response.context["result_statement"] == statement
    assert draft_response.context["result_statement"] is None
    assert "noch nicht veröffentlicht" in draft_response.text


def test_referent_page_lists_the_forums_the_person_spoke_at(user_client, conference):
    referent = ReferentPage.objects.first()
    forum = referent.forum_appearances.get().forum

    response = user_client.get(referent.url)

    assert [f.pk for f in response.context["forums"]] == [forum.pk]
    assert response.context["forums"][0].conference.pk == conference.pk


def test_referent_contact_is_hidden_without_consent(user_client, conference):
    referent = ReferentPage.objects.first()
    referent.email = "referentin@example.invalid"
    referent.contact_consent = False
    referent.save_revision().publish()

    hidden = user_client.get(referent.url).text
    referent.contact_consent = True
    referent.save_revision().publish()
    shown = user_client.get(referent.url).text

    assert "referentin@example.invalid" not in hidden
    assert "referentin@example.invalid" in shown


def test_the_conference_file_holds_the_conference_only_in_berlin_time(user_client, conference):
    response = user_client.get(conference.url + "kalender/")

    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert str(event["summary"]) == conference.title
    start = event.decoded("dtstart")
    assert start == datetime.datetime(2024, 9, 19, 9, 0, tzinfo=start.tzinfo)
    assert str(start.tzinfo) == "Europe/Berlin"
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert str(event["url"]) == "http://testserver" + conference.url
    assert str(event["uid"]) == f"conference-{conference.pk}@testserver"
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Berlin"


@pytest.mark.parametrize("suffix", ["", "kalender/"])
def test_conference_pages_redirect_anonymous_users_even_without_the_middleware(
    client, settings, conference, suffix
):
    settings.MIDDLEWARE = [
        m
        for m in settings.MIDDLEWARE
        if m != "django.contrib.auth.middleware.LoginRequiredMiddleware"
    ]

    response = client.get(conference.url + suffix)

    assert response.status_code == 302
    assert response.url.startswith("/konto/login/?next=")
