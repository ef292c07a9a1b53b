"""Maintain ``ResultBlockRecord``: one row per result block of every visible result statement.

A statement's blocks are in the table exactly when the statement counts outside the admin
(``visibility``: it, its forum and its conference live, no password or group restriction).
Rebuilt for a page, in the transaction of the change, when it is published, unpublished or
moved, when its forum or conference is, and when a view restriction above it changes
(``derived.TABLES``); deletion cascades. Built from the StreamField's raw data, so building it
costs no query per chooser block. Every rebuild renews the results' generation.
"""

from django.db import transaction

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ResultStatementPage
from ik_wagtail.derived import PAGES, RESULTS
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.visibility import is_visible, visible

from .models import RecommendationTracking, ResultBlockRecord

# Which block value feeds which column, per block type.
COLUMNS_BY_KIND = {
    "finding": {"text": "text"},
    "recommendation": {
        "title": "title",
        "text": "text",
        "priority": "priority",
        "time_horizon": "time_horizon",
    },
    "open_question": {"text": "question"},
    "good_practice": {"title": "title", "text": "text", "link": "link"},
    "quote": {"text": "quote", "attribution": "attribution"},
}


def list_block_items(raw_items):
    """Values of a ListBlock's raw data, in both of Wagtail's storage formats."""
    return [item["value"] if isinstance(item, dict) else item for item in raw_items or []]


def build_records(statement, forum, conference):
    """Unsaved records for the statement's blocks and the proposed actors of each block."""
    records, actor_ids = [], {}
    for position, raw in enumerate(statement.results.raw_data):
        value = raw["value"]
        columns = COLUMNS_BY_KIND.get(raw["type"], {})
        records.append(
            ResultBlockRecord(
                page=statement,
                block_id=raw["id"],
                position=position,
                kind=raw["type"],
                field_of_action_id=value.get("field_of_action") or forum.field_of_action_id,
                forum=forum,
                conference=conference,
                conference_year=conference.year,
                forum_title=forum.title,
                forum_number=forum.number,
                project_id=value.get("project") if raw["type"] == "good_practice" else None,
                **{column: value.get(key) or "" for column, key in columns.items()},
            )
        )
        actor_ids[raw["id"]] = [
            pk for pk in list_block_items(value.get("responsible_actors")) if pk
        ]
    return records, actor_ids


def ensure_trackings(statement, recommendations, actor_ids):
    """A tracking record for every recommendation; new ones start with the proposed actors."""
    trackings = {t.block_id: t for t in RecommendationTracking.objects.filter(page=statement)}
    for record in recommendations:
        tracking = trackings.get(record.block_id)
        if tracking is None:
            tracking = RecommendationTracking.objects.create(
                page=statement, block_id=record.block_id, title=record.title[:255]
            )
            tracking.responsible_actors.set(actor_ids[record.block_id])
            trackings[record.block_id] = tracking
        elif tracking.title != record.title:
            tracking.title = record.title[:255]
            tracking.save(update_fields=["title"])
    return trackings


@transaction.atomic
def rebuild_page_records(statement):
    """Replace the statement's records by its live content (none if it is not live)."""
    ResultBlockRecord.objects.filter(page=statement).delete()
    RESULTS.bump()  # bulk writes send no signals
    if not is_visible(statement):
        return []
    forum = statement.get_parent().specific
    conference = forum.get_parent().specific
    records, actor_ids = build_records(statement, forum, conference)
    # A block may still name a project or actor that has been deleted since.
    existing_projects = set(
        IntegrationProject.objects.filter(
            pk__in={record.project_id for record in records if record.project_id}
        ).values_list("pk", flat=True)
    )
    for record in records:
        if record.project_id not in existing_projects:
            record.project_id = None
    existing_actors = set(
        Actor.objects.filter(pk__in={pk for pks in actor_ids.values() for pk in pks}).values_list(
            "pk", flat=True
        )
    )
    actor_ids = {
        block_id: [pk for pk in pks if pk in existing_actors] for block_id, pks in actor_ids.items()
    }
    trackings = ensure_trackings(
        statement, [r for r in records if r.kind == "recommendation"], actor_ids
    )
    for record in records:
        record.tracking = trackings.get(record.block_id)
    ResultBlockRecord.objects.bulk_create(records)
    saved = {r.block_id: r.pk for r in ResultBlockRecord.objects.filter(page=statement)}
    Through = ResultBlockRecord.responsible_actors.through
    Through.objects.bulk_create(
        Through(resultblockrecord_id=saved[block_id], actor_id=actor_id)
        for block_id, pks in actor_ids.items()
        for actor_id in pks
    )
    PAGES.bump()  # the forum's and actors' pages show the records
    return records


def rebuild_records_below(page):
    """Rebuild the records of every result statement in ``page``'s subtree (inclusive)."""
    for statement in ResultStatementPage.objects.descendant_of(page, inclusive=True):
        rebuild_page_records(statement)


def remove_records_below(page):
    """Remove the records of every result statement in ``page``'s subtree (inclusive)."""
    ResultBlockRecord.objects.filter(
        page__in=ResultStatementPage.objects.descendant_of(page, inclusive=True)
    ).delete()
    RESULTS.bump()
    PAGES.bump()


@transaction.atomic
def rebuild_all_records():
    """Rebuild the whole table from the live result statements; returns the number of rows."""
    ResultBlockRecord.objects.all().delete()
    RESULTS.bump()
    for statement in visible(ResultStatementPage.objects.all(), fresh=True):
        rebuild_page_records(statement)
    return ResultBlockRecord.objects.count()
