"""The actor directory: search, combinable filters in the query string, details with consent."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality
from tests.builders import build_conference_year
from tests.factories import ActorDirectoryPageFactory, ActorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home_page):
    return ActorDirectoryPageFactory(parent=home_page)


@pytest.fixture
def actors():
    erkelenz = Municipality.objects.get(slug="erkelenz")
    gangelt = Municipality.objects.get(slug="gangelt")
    sprache = FieldOfAction.objects.get(slug="sprache")
    arbeit = FieldOfAction.objects.get(slug="arbeit")
    sprachcafe = ActorFactory(
        name="Sprachcafé Erkelenz", kind=ActorKind.INITIATIVE, engagement=Engagement.VOLUNTEER
    )
    sprachcafe.municipalities.set([erkelenz])
    sprachcafe.fields_of_action.set([sprache])
    sprachcafe.tags.add("Begegnung")
    jobcenter = ActorFactory(
        name="Jobcenter Kreis Heinsberg",
        kind=ActorKind.JOBCENTRE,
        engagement=Engagement.FULL_TIME,
        description="Vermittlung in Arbeit und Ausbildung",
    )
    jobcenter.municipalities.set([erkelenz, gangelt])
    jobcenter.fields_of_action.set([arbeit])
    sportverein = ActorFactory(
        name="SV Gangelt 1920", kind=ActorKind.SPORTS_CLUB, engagement=Engagement.BOTH
    )
    sportverein.municipalities.set([gangelt])
    sportverein.fields_of_action.set([sprache])
    sportverein.tags.add("Begegnung", "Sport")
    return {"sprachcafe": sprachcafe, "jobcenter": jobcenter, "sportverein": sportverein}


def names(response):
    return sorted(actor.name for actor in response.context["page_obj"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Jobcenter Kreis Heinsberg", "SV Gangelt 1920", "Sprachcafé Erkelenz"]),
        ({"municipality": "erkelenz"}, ["Jobcenter Kreis Heinsberg", "Sprachcafé Erkelenz"]),
        ({"field": "sprache", "municipality": "gangelt"}, ["SV Gangelt 1920"]),
        ({"kind": "initiative"}, ["Sprachcafé Erkelenz"]),
        ({"engagement": "both"}, ["SV Gangelt 1920"]),
        ({"tag": "begegnung"}, ["SV Gangelt 1920", "Sprachcafé Erkelenz"]),
        ({"tag": "begegnung", "municipality": "erkelenz"}, ["Sprachcafé Erkelenz"]),
        ({"q": "Ausbildung"}, ["Jobcenter Kreis Heinsberg"]),
        ({"q": "Sprachcafé", "field": "arbeit"}, []),
        # The intranet search's matching: parts of compounds, spellings, places and keywords
        ({"q": "Café"}, ["Sprachcafé Erkelenz"]),
        ({"q": "Sprachcafe"}, ["Sprachcafé Erkelenz"]),
        ({"q": "Gangelt"}, ["Jobcenter Kreis Heinsberg", "SV Gangelt 1920"]),
        ({"q": "Sport"}, ["SV Gangelt 1920"]),
        ({"q": "Vermittlung Ausbildung"}, ["Jobcenter Kreis Heinsberg"]),
    ],
)
def test_directory_filters_combine(user_client, directory, actors, params, expected):
    response = user_client.get(directory.url, params)

    assert response.status_code == 200
    assert names(response) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "abc"},
        {"municipality": "atlantis"},
        {"field": "<script>alert(1)</script>"},
        {"page": "-1"},
        {"page": "999999"},
        {"page": "abc"},
        {"q": "x" * 5000},
        {"q": "Sprache\x00'; DROP TABLE ik_actors_actor; --"},
        {"tag": "%%%"},
    ],
)
def test_directory_answers_bad_input_without_error(user_client, directory, actors, params):
    response = user_client.get(directory.url, params)

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert Actor.objects.count() == 3


def test_directory_reports_an_unknown_filter_value(user_client, directory, actors):
    response = user_client.get(directory.url, {"kind": "abc"})

    assert "kind" in response.context["filterset"].form.errors
    assert names(response) == [
        "Jobcenter Kreis Heinsberg",
        "SV Gangelt 1920",
        "Sprachcafé Erkelenz",
    ]


def test_directory_listing_is_cached_per_query_string_until_an_actor_changes(
    user_client, directory, actors
):
    initiatives = {"kind": ActorKind.INITIATIVE.value}
    user_client.get(directory.url, initiatives)
    with CaptureQueriesContext(connection) as queries:
        cached = user_client.get(directory.url, initiatives)
    # Read now: the next request clears the connection's query log.
    actor_queries = [
        query for query in queries.captured_queries if '"ik_actors_actor"' in query["sql"]
    ]
    jobcentres = user_client.get(directory.url, {"kind": ActorKind.JOBCENTRE.value})
    actors["sprachcafe"].name = "Sprachcafé Erkelenz-Mitte"
    actors["sprachcafe"].save()

    renamed = user_client.get(directory.url, initiatives)

    assert actor_queries == []
    assert "Sprachcafé Erkelenz" in cached.text
    assert "Jobcenter Kreis Heinsberg" not in cached.text
    assert "Jobcenter Kreis Heinsberg" in jobcentres.text
    assert "Sprachcafé Erkelenz" not in jobcentres.text
    assert "Sprachcafé Erkelenz-Mitte" in renamed.text


def test_actor_detail_hides_contact_without_consent(user_client, directory, actors):
    actor = actors["sprachcafe"]
    actor.contact_person = "Mara Beispiel"
    actor.email = "sprachcafe@example.invalid"
    actor.phone = "02431 0000"
    actor.save()

    without_consent = user_client.get(directory.url_for_actor(actor)).text
    actor.contact_consent = True
    actor.save()
    with_consent = user_client.get(directory.url_for_actor(actor)).text

    for personal in ["Mara Beispiel", "sprachcafe@example.invalid", "02431 0000"]:
        assert personal not in without_consent
        assert personal in with_consent


def test_actor_detail_of_unknown_slug_is_404(user_client, directory):
    response = user_client.get(directory.url + "gibt-es-nicht/")

    assert response.status_code == 404


def test_actor_detail_shows_conferences_and_forums_from_live_pages_only(user_client, home_page):
    conference = build_conference_year(home_page)
    directory = ActorDirectoryPage.objects.get()
    actor = conference.lead_actor
    forum, *_, draft_forum = ForumPage.objects.child_of(conference)
    draft_forum.unpublish()

    response = user_client.get(directory.url_for_actor(actor))

    footprint = response.context["footprint"]
    assert [section.title for section in footprint] == [
        "Konferenzen",
        "Foren",
        "Referent*innen",
        "Partnervorschläge",  # always shown, with an explanation when there are none
    ]
    assert [i.conference for i in footprint[0].context["invitations"]] == [conference]
    assert forum in footprint[1].context["forums"]
    assert draft_forum not in footprint[1].context["forums"]


def test_actor_admin_lists_and_filters(admin_client_logged_in, actors):
    url = reverse("ik_actors_actor_modeladmin_index")

    response = admin_client_logged_in.get(url, {"kind__exact": "jobcentre"})

    assert response.status_code == 200
    assert "Jobcenter Kreis Heinsberg" in response.text
    assert "Sprachcafé Erkelenz" not in response.text


def test_actor_admin_inspect_and_chooser_render(admin_client_logged_in, actors):
    actor = actors["jobcenter"]

    inspect = admin_client_logged_in.get(
        reverse("ik_actors_actor_modeladmin_inspect", args=[actor.pk])
    )
    chooser = admin_client_logged_in.get(reverse("actor_chooser:choose"), {"q": "Jobcenter"})

    assert inspect.status_code == 200
    assert chooser.status_code == 200
    assert "Jobcenter Kreis Heinsberg" in chooser.json()["html"]


def test_actor_admin_creates_actor_with_taxonomies_and_tags(admin_client_logged_in):
    erkelenz = Municipality.objects.get(slug="erkelenz")
    sprache = FieldOfAction.objects.get(slug="sprache")

    response = admin_client_logged_in.post(
        reverse("ik_actors_actor_modeladmin_create"),
        {
            "name": "Sprachpaten Erkelenz",
            "kind": ActorKind.INITIATIVE,
            "engagement": Engagement.VOLUNTEER,
            "municipalities": [erkelenz.pk],
            "fields_of_action": [sprache.pk],
            "tags": "Sprache, Patenschaft",
            "description": "Ehrenamtliche begleiten Neuzugewanderte.",
            "website": "",
            "contact_person": "",
            "email": "",
            "phone": "",
        },
    )

    actor = Actor.objects.get(name="Sprachpaten Erkelenz")
    assert response.status_code == 302
    assert actor.slug == "sprachpaten-erkelenz"
    assert list(actor.municipalities.all()) == [erkelenz]
    assert sorted(actor.tags.names()) == ["Patenschaft", "Sprache"]
    assert actor.contact_consent is False


def test_actor_admin_rejects_invalid_email_with_form_error(admin_client_logged_in):
    response = admin_client_logged_in.post(
        reverse("ik_actors_actor_modeladmin_create"),
        {"name": "Test", "kind": ActorKind.COMPANY, "engagement": "full_time", "email": "kein-at"},
    )

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not Actor.objects.filter(name="Test").exists()


def test_actors_with_the_same_name_get_distinct_slugs():
    first = ActorFactory(name="Caritas-Sprachcafé")
    second = ActorFactory(name="Caritas-Sprachcafé")

    assert (first.slug, second.slug) == ("caritas-sprachcafe", "caritas-sprachcafe-2")


def test_directory_finds_parts_of_names_and_umlaut_spellings_best_match_first(
    user_client, directory
):
    gemeinde = ActorFactory(name="Katholische Kirchengemeinde St. Lambertus Hückelhoven")
    kirche = ActorFactory(name="Kirche im Dorf", description="Treffpunkt in Hückelhoven")
    ActorFactory(name="Caritasverband Heinsberg")

    by_part = user_client.get(directory.url, {"q": "Kirche"})
    by_spelling = user_client.get(directory.url, {"q": "Hueckelhoven"})

    assert [actor.pk for actor in by_part.context["page_obj"]] == [kirche.pk, gemeinde.pk]
    assert {actor.pk for actor in by_spelling.context["page_obj"]} == {gemeinde.pk, kirche.pk}


def test_directory_corrects_a_typo_and_says_so(user_client, directory, actors):
    response = user_client.get(directory.url, {"q": "Jobcentr Heinsbreg"})

    assert names(response) == ["Jobcenter Kreis Heinsberg"]
    assert "Meinten Sie" in response.text
    assert "q=jobcenter+heinsberg" in response.text
