"""The read model follows publish, unpublish, move and delete, and its rebuild agrees."""

import pytest
from django.core.management import call_command

from ik_wagtail.concept.models import RecommendationTracking, ResultBlockRecord
from ik_wagtail.conferences.models import ResultStatementPage

pytestmark = pytest.mark.django_db


def table():
    return sorted(
        ResultBlockRecord.objects.values_list(
            "page_id", "block_id", "kind", "field_of_action__slug", "conference_year", "title"
        )
    )


def test_publishing_records_every_block_with_its_resolved_field(concept_world):
    records = ResultBlockRecord.objects.filter(page=concept_world["statement_2024"])

    assert [(r.kind, r.field_of_action.slug) for r in records.order_by("position")] == [
        ("finding", "sprache"),
        ("recommendation", "arbeit"),
        ("open_question", "sprache"),
    ]
    recommendation = records.get(kind="recommendation")
    assert list(recommendation.responsible_actors.all()) == [concept_world["jobcenter"]]
    assert recommendation.tracking.title == "Jobcoaching mit Sprachförderung"


def test_a_draft_does_not_change_the_records(concept_world):
    statement = concept_world["statement_2024"]
    before = table()

    statement.results = [("finding", {"text": "Nur im Entwurf"})]
    statement.save_revision()

    assert table() == before


def test_unpublish_removes_records_and_republish_restores_them_with_tracking_history(
    concept_world, superuser
):
    statement = concept_world["statement_2024"]
    tracking = RecommendationTracking.objects.get(page=statement)
    tracking.change_status("in_progress", "Pilot läuft", superuser)

    statement.unpublish()
    after_unpublish = ResultBlockRecord.objects.filter(page=statement).count()
    statement.save_revision().publish()

    assert after_unpublish == 0
    assert ResultBlockRecord.objects.filter(page=statement).count() == 3
    restored = ResultBlockRecord.objects.get(page=statement, kind="recommendation").tracking
    assert restored == tracking
    assert [(c.status, c.note) for c in restored.changes.all()] == [("in_progress", "Pilot läuft")]


def test_moving_a_forum_moves_its_records_to_the_new_conference(concept_world):
    forum = concept_world["forum_sprache"]

    forum.move(concept_world["conference_2025"], pos="last-child")

    years = set(
        ResultBlockRecord.objects.filter(page=concept_world["statement_2024"]).values_list(
            "conference_year", flat=True
        )
    )
    assert years == {2025}


def test_deleting_a_forum_deletes_its_records(concept_world):
    statement_pk = concept_world["statement_2024"].pk

    concept_world["forum_sprache"].delete()

    assert not ResultBlockRecord.objects.filter(page_id=statement_pk).exists()


def test_changing_a_forums_field_of_action_updates_inheriting_blocks(concept_world):
    from ik_wagtail.taxonomy.models import FieldOfAction

    forum = concept_world["forum_sprache"]
    forum.field_of_action = FieldOfAction.objects.get(slug="wohnen")
    forum.save_revision().publish()

    fields = dict(
        ResultBlockRecord.objects.filter(page=concept_world["statement_2024"]).values_list(
            "kind", "field_of_action__slug"
        )
    )
    assert fields == {"finding": "wohnen", "recommendation": "arbeit", "open_question": "wohnen"}


def test_rebuild_command_gives_the_same_table_as_the_signals(concept_world, capsys):
    from_signals = table()

    call_command("ik_rebuild_results")

    assert table() == from_signals
    assert ResultStatementPage.objects.live().count() == 3
    assert f"{len(from_signals)} Ergebnisblöcke erfasst." in capsys.readouterr().out
