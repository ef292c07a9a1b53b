"""The cached roll-up is never older than the data: every change shows on the next request."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ik_wagtail.concept.models import RecommendationTracking, ResultBlockRecord
from tests.factories import ProjectFactory, ProjectLibraryPageFactory, field_of_action

pytestmark = pytest.mark.django_db


def test_a_repeated_request_is_served_from_the_cache(user_client, concept_world):
    url = concept_world["concept"].url
    with CaptureQueriesContext(connection) as first_queries:
        first = user_client.get(url)
    with CaptureQueriesContext(connection) as second_queries:
        second = user_client.get(url)

    assert second.context["rollup"] == first.context["rollup"]
    assert len(second_queries) < len(first_queries) - 5


def test_filters_are_cached_separately(user_client, concept_world):
    url = concept_world["concept"].url
    user_client.get(url)

    filtered = user_client.get(url, {"year": 2025})

    assert "Mentoring für Azubis" in filtered.text
    assert "Sprachcafés wirken." not in filtered.text


def publish_new_text(world, superuser):
    statement = world["statement_2024"]
    statement.results = [("finding", {"text": "Neu freigegebener Befund", "field_of_action": None})]
    statement.save_revision(user=superuser).publish()
    return "Neu freigegebener Befund", True


def unpublish_result(world, superuser):
    world["statement_2024"].unpublish()
    return "Sprachcafés wirken.", False


def unpublish_conference(world, superuser):
    world["conference_2024"].unpublish()
    return "Sprachcafés wirken.", False


def delete_forum(world, superuser):
    world["forum_sprache"].delete()
    return "Sprachcafés wirken.", False


def move_forum(world, superuser):
    world["forum_sprache"].move(world["conference_2025"], pos="last-child")
    return "Sprache im Alltag</a> · 2025", True


def change_status(world, superuser):
    tracking = RecommendationTracking.objects.get(
        page=world["statement_2025"], title__startswith="Mentoring"
    )
    tracking.change_status("implemented", "Läuft seit März", superuser)
    return "Läuft seit März", True


def rename_responsible_actor(world, superuser):
    world["jobcenter"].name = "Jobcenter Heinsberg (neu)"
    world["jobcenter"].save()
    return "Jobcenter Heinsberg (neu)", True


def publish_foreword(world, superuser):
    concept = world["concept"]
    concept.field_settings.create(
        field_of_action=field_of_action("arbeit"), foreword="<p>Vorwort Arbeit</p>"
    )
    concept.save_revision(user=superuser).publish()
    return "Vorwort Arbeit", True


@pytest.mark.parametrize(
    "change",
    [
        publish_new_text,
        unpublish_result,
        unpublish_conference,
        delete_forum,
        move_forum,
        change_status,
        rename_responsible_actor,
        publish_foreword,
    ],
)
def test_every_change_shows_on_the_next_request(user_client, concept_world, superuser, change):
    url = concept_world["concept"].url
    user_client.get(url)

    text, present = change(concept_world, superuser)
    response = user_client.get(url)

    assert (text in response.text) is present


def test_rebuilding_the_read_model_renews_the_cached_rollup(user_client, concept_world):
    url = concept_world["concept"].url
    ResultBlockRecord.objects.filter(kind="finding").update(text="Veraltete Zeile")
    assert "Veraltete Zeile" in user_client.get(url).text

    call_command("ik_rebuild_results", stdout=StringIO())

    assert "Veraltete Zeile" not in user_client.get(url).text


def test_withdrawing_a_cited_project_removes_its_link(user_client, concept_world, superuser):
    library = ProjectLibraryPageFactory(parent=concept_world["concept"].get_parent())
    project = ProjectFactory(title="Sprachcafé Gangelt", slug="sprachcafe-gangelt")
    statement = concept_world["statement_2025"]
    statement.results = [("good_practice", {"project": project, "title": "", "text": "Offen."})]
    statement.save_revision(user=superuser).publish()
    detail = library.url + library.reverse_subpage("project_detail", args=["sprachcafe-gangelt"])
    assert detail in user_client.get(concept_world["concept"].url).text

    project.unpublish()

    assert detail not in user_client.get(concept_world["concept"].url).text
