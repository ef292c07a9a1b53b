"""The intranet search (header box): every kind of content, German matching, privacy, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ik_wagtail.textsearch.indexing import rebuild_index
from ik_wagtail.textsearch.models import SearchEntry
from tests.factories import ActorFactory, ProjectFactory

from .query_set import QUERIES
from .world import (
    DRAFT_MARKER,
    HIDDEN_CONTACT,
    REFERENTS,
    RESTRICTED_MARKER,
    SHOWN_CONTACT,
    build_search_world,
)

pytestmark = pytest.mark.django_db
REFERENT_FUNCTION = REFERENTS["yildiz"][1]


@pytest.fixture
def world(home_page):
    return build_search_world(home_page)


@pytest.fixture
def searchable(home_page):
    """Something to find besides the home page: enough for bad-input tests (the world takes
    seconds to build)."""
    home_page.introduction = "Sprachcafé 100% sicher, mit a_b und Sprache."
    home_page.save_revision().publish()
    return home_page


def search(client, query, **params):
    response = client.get(reverse("search"), {"q": query, **params})
    assert response.status_code == 200
    return response


def result_urls(response):
    return [result.url for result in response.context.get("results", [])]


def test_query_set_recall_in_the_first_ten_results(world, user_client):
    """The German query set (``query_set.py``): recall of the expected items in the first ten
    results, and how often the first result is an expected one."""
    expected_total = found_total = first_hits = 0
    misses = []
    for query, expected in QUERIES:
        urls = result_urls(search(user_client, query))
        found = [key for key in expected if world[key] in urls]
        expected_total += len(expected)
        found_total += len(found)
        first_hits += bool(urls) and urls[0] in {world[key] for key in expected}
        if len(found) < len(expected):
            misses.append((query, sorted(set(expected) - set(found))))
    recall = found_total / expected_total
    first_share = first_hits / len(QUERIES)
    print(
        f"\n{connection.vendor}: {len(QUERIES)} queries, recall@10 {recall:.3f}, "
        f"first result expected {first_share:.3f}, misses {misses}"
    )
    assert len(QUERIES) >= 80
    assert recall >= 0.95, misses
    assert first_share >= 0.85


@pytest.mark.parametrize(
    ("query", "key", "kind"),
    [
        ("Fußball", "fussballtraining", "project"),
        ("Kirche", "lambertus", "actor"),
        ("Mehrsprachigkeit", "haddad", "referent"),
        ("Anerkennungsberatung", "anerkennung", "result"),
        ("Arbeitsmarktintegration", "forum_arbeit", "page"),
    ],
)
def test_header_search_finds_every_kind_of_content(world, user_client, query, key, kind):
    response = search(user_client, query)

    results = response.context["results"]
    assert world[key] in [result.url for result in results]
    assert kind in {result.kind for result in results}


def test_a_forum_result_links_to_its_anchor_and_says_what_it_is(world, user_client):
    response = search(user_client, "Anerkennungsberatung")

    result = response.context["results"][0]
    assert result.url == world["anerkennung"]
    assert "#ergebnis-" in result.url
    assert "Empfehlung" in result.context and "Arbeitsmarktintegration" in result.context
    assert "<mark>Anerkennungsberatung</mark>" in response.text


def test_results_are_filtered_by_kind_with_counts(world, user_client):
    everything = search(user_client, "Beratung")
    projects = search(user_client, "Beratung", art="project")

    counts = {kind: count for kind, _label, count in everything.context["kind_filters"]}
    assert counts["project"] >= 2 and counts["actor"] >= 3
    assert everything.context["total"] == sum(counts.values())
    assert {result.kind for result in projects.context["results"]} == {"project"}
    assert projects.context["paginator"].count == counts["project"]
    assert f"Projekte ({counts['project']})" in everything.text


def test_results_are_paginated(world, user_client):
    for number in range(12):
        ProjectFactory(title=f"Quartierstreff Nummer {number}")

    first = search(user_client, "Quartierstreff")
    second = search(user_client, "Quartierstreff", page=2)

    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert not set(result_urls(first)) & set(result_urls(second))


def test_title_matches_and_whole_words_rank_before_compound_parts(world, user_client):
    in_title = ProjectFactory(title="Training für Ehrenamtliche", summary="Montags.")

    urls = result_urls(search(user_client, "Training"))

    assert urls[0].endswith(f"/{in_title.slug}/")
    assert urls.index(world["fussballtraining"]) < urls.index(world["sv"])


def test_a_typo_is_corrected_and_the_page_says_so(world, user_client):
    response = search(user_client, "Sprachkrus")

    assert world["elternkurs"] in result_urls(response)
    assert response.context["found"].suggestion == "sprachkurs"
    assert "Meinten Sie" in response.text
    assert "<mark>Sprachkurs</mark>" in response.text


def test_no_correction_when_the_words_find_something(world, user_client):
    response = search(user_client, "Sprachkurs")

    assert response.context["found"].suggestion is None
    assert "Meinten Sie" not in response.text


@pytest.mark.parametrize("query", [RESTRICTED_MARKER, DRAFT_MARKER, HIDDEN_CONTACT])
def test_restricted_pages_drafts_and_contacts_without_consent_are_never_found(
    world, user_client, query
):
    response = search(user_client, query)

    assert response.context["results"] == []
    assert 'class="result-list"' not in response.text


def test_contact_person_with_consent_is_found(world, user_client):
    assert world["sprachpaten"] in result_urls(search(user_client, SHOWN_CONTACT))


def test_typo_correction_offers_no_word_of_a_page_the_reader_may_not_see(world, user_client):
    response = search(user_client, RESTRICTED_MARKER[:-1] + "x")

    assert response.context["results"] == []
    assert response.context["found"].suggestion is None


def test_unpublished_and_deleted_content_leaves_the_index(world, user_client, home_page):
    from ik_wagtail.conferences.models import ForumPage
    from ik_wagtail.projects.models import IntegrationProject

    forum = ForumPage.objects.get(title="Gesundheit")
    forum.unpublish()
    project = IntegrationProject.objects.get(title="Nähwerkstatt Wassenberg")
    project.save_revision()
    project.unpublish()

    assert world["forum_gesundheit"] not in result_urls(search(user_client, "Vorsorge"))
    assert result_urls(search(user_client, "Nähwerkstatt")) == []


def test_a_renamed_actor_is_found_under_its_new_name_also_in_its_projects(world, user_client):
    from ik_wagtail.actors.models import Actor

    jobcenter = Actor.objects.get(name="Jobcenter Kreis Heinsberg")
    jobcenter.name = "Arbeitsagentur Selfkant"
    jobcenter.save()

    urls = result_urls(search(user_client, "Arbeitsagentur"))
    assert world["jobcenter"] in urls and world["jobmentoring"] in urls


def test_an_actors_keywords_and_places_are_searchable_after_saving_them(world, user_client):
    actor = ActorFactory(name="Begegnungsverein Birgden")
    actor.tags.add("Boule")

    assert result_urls(search(user_client, "Boule")) == [
        result_urls(search(user_client, "Birgden"))[0]
    ]


def test_rebuilding_gives_the_same_rows(world):
    def rows():  # the words of each row (keywords come in no fixed order)
        return sorted(
            (kind, object_id, url_key, sorted(body.split()))
            for kind, object_id, url_key, body in SearchEntry.objects.values_list(
                "kind", "object_id", "url_key", "body_folded"
            )
        )

    before = rows()
    rebuild_index()

    assert rows() == before


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 10_000,
        "und für die",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "%",
        "_",
        "100%_sicher",
        '"Sprach*" NEAR(a b) OR title:x',
        "Sprache\x00",
        "\ufdfa" * 200,  # folds into one word of 3,600 characters
        "ßä" * 100,
    ],
)
def test_bad_input_gives_a_clear_page(searchable, user_client, query):
    response = user_client.get(reverse("search"), {"q": query, "art": "unbekannt", "page": "x"})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_overlong_query_and_stop_words_are_explained(user_client):
    overlong = search(user_client, "a" * 10_000)
    stop_words = search(user_client, "und für die")

    assert "Der Suchbegriff ist zu lang" in overlong.text
    assert "genaueren Suchbegriff" in stop_words.text


def test_percent_and_underscore_are_not_wildcards(searchable, user_client):
    # "%" and "_" split words like any punctuation; were they wildcards, "100%" would match
    # every row and "a_b" would be searched at all.
    [found] = search(user_client, "100%").context["results"]
    assert "<mark>100</mark>% sicher" in found.excerpt
    assert search(user_client, "a_b").context.get("results", []) == []


def test_query_count_does_not_grow_with_the_data(world, user_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            search(user_client, "Beratung")
        return len(captured)

    queries()  # the first request fills per-process caches (site root paths, content types)
    before = queries()
    for number in range(10):
        ProjectFactory(title=f"Beratungsstelle {number}")
        ActorFactory(name=f"Beratungsnetz {number}")

    assert queries() <= before  # fewer when no page is among the first ten


def test_a_referent_is_shown_with_their_function(world, user_client):
    [result] = search(user_client, "Quartiersmanagerin").context["results"]

    assert (result.kind_label, result.context) == ("Referent*in", REFERENT_FUNCTION)


def test_the_directory_offers_no_word_of_a_page_the_reader_may_not_see(world, user_client):
    directory = user_client.get(
        world["lambertus"].rsplit("/", 2)[0] + "/", {"q": "Geheimabsprachx"}
    )

    assert "Meinten Sie" not in directory.text


def test_a_deleted_actor_leaves_the_rows_of_its_projects(world, user_client):
    from ik_wagtail.actors.models import Actor

    Actor.objects.get(name="Jobcenter Kreis Heinsberg").delete()

    assert result_urls(search(user_client, "Jobcenter")) == [world["schaefer"]]


def test_a_forum_result_shows_the_forums_current_title(world, user_client):
    from ik_wagtail.conferences.models import ForumPage

    forum = ForumPage.objects.get(title="Arbeitsmarktintegration")
    forum.title = "Arbeit und Beruf"
    forum.save_revision().publish()

    [result] = search(user_client, "Anerkennungsberatung").context["results"]
    assert result.context == "Empfehlung / Maßnahme · Arbeit und Beruf"
