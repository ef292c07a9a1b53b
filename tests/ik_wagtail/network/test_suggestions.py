import pytest
from django.utils import translation

from ik_wagtail.network.suggestions import actors_like_project, partner_suggestions
from tests.factories import ActorFactory, ProjectFactory, field_of_action, municipality

pytestmark = pytest.mark.django_db


def ranking(suggestions):
    return [(suggestion.actor.name, suggestion.score) for suggestion in suggestions]


def test_suggestions_rank_by_documented_points(world):
    suggestions = partner_suggestions(world["actors"]["lernpaten"])

    # VHS: Sprache 3 + Erkelenz 2 + Haupt-/Ehrenamt 2 + Initiative/Bildungsträger 2;
    # Caritas: Sprache 3 + Haupt-/Ehrenamt 2 + Initiative/Wohlfahrtsverband 2;
    # Sprachcafé: Sprache 3 + Erkelenz 2.
    assert ranking(suggestions) == [
        ("VHS Erkelenz", 9),
        ("Caritas Heinsberg", 7),
        ("Sprachcafé Erkelenz", 5),
    ]


def test_suggestions_give_the_reasons_in_german_words(world):
    with translation.override("de"):
        suggestions = partner_suggestions(world["actors"]["lernpaten"])

    assert suggestions[0].reasons == [
        "beide im Handlungsfeld Sprache in Erkelenz aktiv",
        "Haupt- und Ehrenamt ergänzen sich",
        "Initiative oder Ehrenamtskreis und Bildungsträger ergänzen sich",
        "noch kein gemeinsames Forum oder Projekt",
    ]
    assert suggestions[2].reasons == [
        "beide im Handlungsfeld Sprache in Erkelenz aktiv",
        "noch kein gemeinsames Forum oder Projekt",
    ]


def test_suggestions_never_include_actors_already_met(world):
    actors = world["actors"]

    suggestions = partner_suggestions(actors["sprachcafe"])

    # VHS (forum) and Caritas (project) share Sprache or Erkelenz but were met already.
    assert ranking(suggestions) == [("Lernpaten Erkelenz", 5)]


def test_suggestions_are_empty_for_an_actor_without_fields_or_places(world):
    assert partner_suggestions(ActorFactory(name="Neu im Verzeichnis")) == []


def test_actor_page_explains_an_empty_suggestion_list(world, user_client):
    newcomer = ActorFactory(name="Neu im Verzeichnis", slug="neu")

    response = user_client.get(f"/akteure/{newcomer.slug}/")

    assert response.status_code == 200
    assert "Noch keine Vorschläge" in response.content.decode()


def test_actor_page_lists_suggestions_with_reasons(world, user_client):
    response = user_client.get(f"/akteure/{world['actors']['lernpaten'].slug}/")

    content = response.content.decode()
    assert content.count('class="suggestion__reasons"') == 3
    assert "beide im Handlungsfeld Sprache in Erkelenz aktiv" in content


def test_project_lists_actors_doing_something_similar(world):
    project = ProjectFactory(
        title="Sprachpaten Erkelenz",
        lead_actor=world["actors"]["vhs"],
        fields_of_action=[field_of_action("sprache")],
        municipalities=[municipality("erkelenz")],
    )

    with translation.override("de"):
        suggestions = actors_like_project(project)

    # The VHS leads the project itself and is left out.
    assert ranking(suggestions) == [
        ("Lernpaten Erkelenz", 5),
        ("Sprachcafé Erkelenz", 5),
        ("Caritas Heinsberg", 3),
    ]
    assert suggestions[0].reasons == ["im Handlungsfeld Sprache in Erkelenz aktiv"]
