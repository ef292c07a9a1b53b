"""The Gute-Praxis-Börse: results, facet counts for combined filters, sorting, bad input."""

import pytest

from ik_wagtail.projects.facets import TAG_FACET_LIMIT
from ik_wagtail.projects.models import IntegrationProject
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [project.title for project, _match in response.context["results"]]


def facet_counts(response, name):
    facet = next(facet for facet in response.context["facets"] if facet.name == name)
    return {option.value: option.count for option in facet.options}


def selected(response, name):
    facet = next(facet for facet in response.context["facets"] if facet.name == name)
    return [option.value for option in facet.selected_options]


def test_library_lists_live_projects_newest_first(user_client, library, catalogue):
    response = user_client.get(library.url)

    assert response.status_code == 200
    assert result_titles(response) == [
        "Sprachkurse für Eltern",
        "Schwimmkurs für Mütter",
        "Hausaufgabenhilfe Heinsberg",
        "Jobmentoring Erkelenz",
        "Sprachcafé Erkelenz",
    ]
    assert "Sprachcafé Entwurf" not in response.text


def test_facet_counts_without_filters_count_the_live_projects(user_client, library, catalogue):
    response = user_client.get(library.url)

    assert facet_counts(response, "field") == {
        "sprache": 3,
        "bildung-und-ausbildung": 1,
        "arbeit": 1,
        "teilhabe-sport-und-kultur": 1,
    }
    assert facet_counts(response, "municipality") == {"erkelenz": 2, "gangelt": 1, "heinsberg": 3}
    assert facet_counts(response, "status") == {"planned": 1, "running": 3, "completed": 1}
    assert facet_counts(response, "kind") == {"jobcentre": 1, "sports_club": 1, "initiative": 2}
    assert facet_counts(response, "tag") == {
        "begegnung": 3,
        "ehrenamt": 3,
        "mentoring": 1,
        "sport": 1,
    }


def test_facet_counts_for_combined_filters(user_client, library, catalogue):
    response = user_client.get(library.url, {"field": "sprache", "municipality": "heinsberg"})

    assert sorted(result_titles(response)) == [
        "Hausaufgabenhilfe Heinsberg",
        "Sprachkurse für Eltern",
    ]
    # A single-choice facet counts without its own filter: what choosing that value would show.
    assert facet_counts(response, "field") == {
        "sprache": 2,
        "bildung-und-ausbildung": 1,
        "arbeit": 1,
    }
    assert facet_counts(response, "municipality") == {"erkelenz": 1, "heinsberg": 2}
    # The other facets count the current result.
    assert facet_counts(response, "status") == {"running": 1, "completed": 1}
    assert facet_counts(response, "kind") == {"initiative": 1}
    assert facet_counts(response, "target_group") == {
        "kinder": 1,
        "frauen": 1,
        "familien-und-eltern": 1,
    }
    assert facet_counts(response, "tag") == {"begegnung": 1, "ehrenamt": 1}
    assert facet_counts(response, "criterion") == {
        "niedrigschwelligkeit": 1,
        "partizipation": 1,
        "nachhaltigkeit": 1,
    }
    assert selected(response, "field") == ["sprache"]
    assert selected(response, "municipality") == ["heinsberg"]


def test_multiple_choice_facets_combine_with_and(user_client, library, catalogue):
    response = user_client.get(library.url + "?tag=begegnung&tag=ehrenamt")

    assert result_titles(response) == ["Sprachcafé Erkelenz"]
    assert facet_counts(response, "tag") == {"begegnung": 1, "ehrenamt": 1}
    assert selected(response, "tag") == ["begegnung", "ehrenamt"]


def test_facet_counts_with_a_search_and_a_filter(user_client, library, catalogue):
    response = user_client.get(library.url, {"q": "Sprache", "tag": "ehrenamt"})

    assert sorted(result_titles(response)) == ["Hausaufgabenhilfe Heinsberg", "Sprachcafé Erkelenz"]
    assert facet_counts(response, "field") == {"sprache": 2, "bildung-und-ausbildung": 1}
    assert facet_counts(response, "criterion") == {
        "niedrigschwelligkeit": 1,
        "partizipation": 2,
        "nachhaltigkeit": 1,
    }


def test_chosen_value_without_matches_stays_visible_to_remove_it(user_client, library, catalogue):
    response = user_client.get(library.url, {"q": "Jobmentoring", "municipality": "gangelt"})

    assert result_titles(response) == []
    assert facet_counts(response, "municipality") == {"erkelenz": 1, "heinsberg": 1, "gangelt": 0}
    gangelt = next(
        option
        for facet in response.context["facets"]
        for option in facet.options
        if option.value == "gangelt"
    )
    assert gangelt.selected
    assert gangelt.query_string == "q=Jobmentoring"


def test_facet_links_keep_the_search_and_leave_the_page(user_client, library, catalogue):
    response = user_client.get(library.url, {"q": "Sprache", "page": "1", "sort": "title"})

    sprache = next(
        option
        for facet in response.context["facets"]
        for option in facet.options
        if option.value == "sprache"
    )
    assert sprache.query_string == "q=Sprache&sort=title&field=sprache"


def test_tag_facet_shows_the_most_used_keywords_and_the_chosen_one(user_client, library):
    rare = ProjectFactory(tags=["Seltenes Stichwort"])
    for number in range(TAG_FACET_LIMIT):
        ProjectFactory(tags=[f"Häufig {number}", "Alle"], title=f"Projekt {number}")

    plain = user_client.get(library.url)
    chosen = user_client.get(library.url, {"tag": rare.tags.get().slug})

    assert len(facet_counts(plain, "tag")) == TAG_FACET_LIMIT
    assert "seltenes-stichwort" not in facet_counts(plain, "tag")
    assert facet_counts(chosen, "tag")["seltenes-stichwort"] == 1


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["Hausaufgabenhilfe Heinsberg", "Sprachcafé Erkelenz", "Sprachkurse für Eltern"]),
        (
            "newest",
            ["Sprachkurse für Eltern", "Hausaufgabenhilfe Heinsberg", "Sprachcafé Erkelenz"],
        ),
    ],
)
def test_search_results_can_be_sorted(user_client, library, catalogue, sort, expected):
    response = user_client.get(library.url, {"q": "Sprache", "sort": sort})

    assert result_titles(response) == expected


def test_search_results_are_by_relevance_by_default(user_client, library, catalogue):
    response = user_client.get(library.url, {"q": "Sprachcafé"})

    assert result_titles(response) == ["Sprachcafé Erkelenz"]
    assert response.context["search"].sort == "relevance"


def test_results_show_why_they_matched(user_client, library, catalogue):
    response = user_client.get(library.url, {"q": "Mentorinnen"})

    assert "<mark>Mentorinnen</mark> begleiten" in response.text


def test_library_paginates_twenty_per_page(user_client, library):
    ProjectFactory.create_batch(45)

    first = user_client.get(library.url)
    last = user_client.get(library.url, {"page": "3"})

    assert len(first.context["results"]) == 20
    assert len(last.context["results"]) == 5
    assert first.context["page_obj"].paginator.num_pages == 3


@pytest.mark.parametrize(
    "params",
    [
        {"field": "abc"},
        {"municipality": "atlantis", "status": "irgendwie"},
        {"kind": "<script>alert(1)</script>"},
        {"tag": ["begegnung", "<script>alert(1)</script>"]},
        {"criterion": "%%%"},
        {"sort": "'; DROP TABLE ik_projects_integrationproject; --"},
        {"page": "-1"},
        {"page": "999999"},
        {"page": "abc"},
        {"q": "x" * 5000},
        {"q": "Sprache\x00'; DROP TABLE ik_projects_integrationproject; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": '" OR 1=1 -- NEAR(a b) *'},
        {"q": "und der die"},
    ],
)
@pytest.mark.parametrize("route", ["", "export/"])
def test_library_answers_bad_input_without_error(user_client, library, catalogue, params, route):
    response = user_client.get(library.url + route, params)

    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in body
    assert IntegrationProject.objects.count() == 6


def test_library_reports_unknown_filter_values_and_ignores_them(user_client, library, catalogue):
    response = user_client.get(library.url, {"field": "abc", "status": "running"})

    assert "field" in response.context["search"].filterset.form.errors
    assert len(result_titles(response)) == 3
    assert "Einige Angaben in der Adresse sind unbekannt" in response.text


def test_library_needs_login(client, library):
    response = client.get(library.url)

    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")


def test_project_detail_shows_a_live_project_at_its_slug(user_client, library, catalogue):
    project = catalogue["jobmentoring"]

    response = user_client.get(library.url_for_project(project))

    assert response.status_code == 200
    assert response.context["project"] == project
    assert "Jobcenter Kreis Heinsberg" in response.text


@pytest.mark.parametrize("slug", ["sprachcafe-entwurf", "gibt-es-nicht"])
def test_project_detail_of_a_draft_or_unknown_slug_is_404(user_client, library, catalogue, slug):
    response = user_client.get(f"{library.url}projekte/{slug}/")

    assert response.status_code == 404


def test_project_detail_shows_contact_only_with_consent(user_client, library):
    project = ProjectFactory(
        contact_person="Mara Beispiel", email="mara@example.invalid", phone="02452 0000"
    )

    without_consent = user_client.get(library.url_for_project(project)).text
    project.contact_consent = True
    project.save()
    with_consent = user_client.get(library.url_for_project(project)).text

    for personal in ["Mara Beispiel", "mara@example.invalid", "02452 0000"]:
        assert personal not in without_consent
        assert personal in with_consent


def test_project_detail_lists_criteria_and_similar_projects(user_client, library, catalogue):
    response = user_client.get(library.url_for_project(catalogue["sprachcafe"]))

    assert "Niedrigschwelligkeit" in response.text
    similar = [project.title for project in response.context["similar_projects"]]
    # 7 points (field, group, keyword), 5 (field, keyword), then two with 4, by title.
    assert similar == [
        "Sprachkurse für Eltern",
        "Hausaufgabenhilfe Heinsberg",
        "Jobmentoring Erkelenz",
        "Schwimmkurs für Mütter",
    ]


def test_cached_facet_counts_follow_changes_to_the_projects(user_client, library, catalogue):
    before = facet_counts(user_client.get(library.url), "status")
    ProjectFactory(status="completed")
    catalogue["schwimmen"].delete()
    after = facet_counts(user_client.get(library.url), "status")

    assert before == {"planned": 1, "running": 3, "completed": 1}
    assert after == {"running": 3, "completed": 2}
