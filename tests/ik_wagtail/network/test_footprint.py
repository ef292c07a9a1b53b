import pytest

from ik_wagtail.actors.footprint import actor_footprint
from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import RecommendationTracking

pytestmark = pytest.mark.django_db


def section(actor, rf, user, title):
    """The footprint section titled ``title`` (the footprint is the same for every reader)."""
    sections = {str(s.title): s for s in actor_footprint(actor)}
    return sections.get(title)


def test_footprint_lists_recommendations_the_actor_is_responsible_for_with_status(
    world, rf, intranet_user
):
    tracking = RecommendationTracking.objects.get(title="Sprachkurse mit Kinderbetreuung")
    tracking.change_status(RecommendationStatus.IN_PROGRESS, "läuft", None)

    found = section(
        world["actors"]["jobcenter"], rf, intranet_user, "Verantwortlich für Empfehlungen"
    )

    assert [(r.title, r.tracking.status) for r in found.context["records"]] == [
        ("Sprachkurse mit Kinderbetreuung", RecommendationStatus.IN_PROGRESS)
    ]


def test_footprint_counts_live_results_only(world, rf, intranet_user):
    # The Lernpaten are named only in a draft revision of the results.
    lernpaten = world["actors"]["lernpaten"]

    assert section(lernpaten, rf, intranet_user, "Erwähnt in Forenergebnissen") is None
    assert section(lernpaten, rf, intranet_user, "Verantwortlich für Empfehlungen") is None


def test_footprint_lists_result_blocks_naming_the_actor(world, rf, intranet_user):
    found = section(world["actors"]["caritas"], rf, intranet_user, "Erwähnt in Forenergebnissen")

    assert [r.text for r in found.context["records"]] == [
        "Die Caritas Heinsberg erreicht Mütter im Quartier."
    ]


def test_unpublishing_results_removes_them_from_the_footprint(world, rf, intranet_user):
    world["statement"].unpublish()

    jobcenter = world["actors"]["jobcenter"]
    assert section(jobcenter, rf, intranet_user, "Erwähnt in Forenergebnissen") is None
    assert section(jobcenter, rf, intranet_user, "Verantwortlich für Empfehlungen") is None


def test_unpublishing_the_conference_removes_its_results_from_the_footprint(
    world, rf, intranet_user
):
    world["statement"].get_parent().get_parent().unpublish()

    jobcenter = world["actors"]["jobcenter"]
    assert section(jobcenter, rf, intranet_user, "Erwähnt in Forenergebnissen") is None
    assert section(jobcenter, rf, intranet_user, "Verantwortlich für Empfehlungen") is None


def test_footprint_lists_forums_moderated_by_the_actors_people(world, rf, intranet_user):
    found = section(world["actors"]["moschee"], rf, intranet_user, "Moderierte Foren")

    assert [forum.title for forum in found.context["forums"]] == ["Wege in Arbeit"]


def test_actor_page_shows_the_footprint_sections(world, user_client):
    response = user_client.get(f"/akteure/{world['actors']['jobcenter'].slug}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Verantwortlich für Empfehlungen" in content
    assert "Sprachkurse mit Kinderbetreuung" in content


def test_forum_footprint_leaves_out_forums_of_unpublished_conferences(world, rf, intranet_user):
    # The Sprachcafé also sits in a forum of the unpublished 2026 conference.
    found = section(world["actors"]["sprachcafe"], rf, intranet_user, "Foren")

    assert [forum.title for forum in found.context["forums"]] == ["Sprache im Alltag"]


def test_forum_footprint_leaves_out_unpublished_referents(world, rf, intranet_user):
    referent = world["forum_sprache"].forum_referents.get().referent
    referent.unpublish()

    assert section(world["actors"]["vhs"], rf, intranet_user, "Foren") is None
