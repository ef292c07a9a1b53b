"""The roll-up page: grouping, counts, filters, tracking, exports and query budget."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document

from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.concept.read_model import rebuild_all_records
from ik_wagtail.roles import KI_GROUP_NAME
from tests.factories import (
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
    IntegrationskonzeptPageFactory,
    ProjectFactory,
    ProjectLibraryPageFactory,
    ResultStatementPageFactory,
    UserFactory,
    field_of_action,
)

pytestmark = pytest.mark.django_db


def section_summary(response):
    return {
        section["field"].slug: {
            kind: [record.title or record.text for record in records]
            for kind, records in section["kinds"]
            if records
        }
        for section in response.context["sections"]
    }


def test_rollup_groups_live_results_by_resolved_field_of_action(user_client, concept_world):
    statement = concept_world["statement_2025"]
    statement.results = [("finding", {"text": "Entwurf zählt nicht"})]
    statement.save_revision()

    response = user_client.get(concept_world["concept"].url)

    assert response.status_code == 200
    assert section_summary(response) == {
        "sprache": {
            "finding": ["Sprachcafés wirken."],
            "open_question": ["Wer zahlt die Fahrtkosten?"],
        },
        "arbeit": {
            "recommendation": [
                '=HYPERLINK("http://evil.example")',
                "Mentoring für Azubis",
                "Jobcoaching mit Sprachförderung",
            ]
        },
    }
    assert "Unveröffentlichte Konferenz" not in response.text


def test_rollup_counts_recommendations_per_field_and_status(user_client, concept_world, superuser):
    tracking = RecommendationTracking.objects.get(title="Mentoring für Azubis")
    tracking.change_status("implemented", "Läuft seit März", superuser)

    response = user_client.get(concept_world["concept"].url)

    (row,) = response.context["status_rows"]
    assert row["field"].slug == "arbeit"
    assert row["cells"] == [2, 0, 0, 1, 0]
    assert [(r["year"], r["cells"]) for r in response.context["progress_rows"]] == [
        (2024, [1, 0, 0, 0, 0]),
        (2025, [1, 0, 0, 1, 0]),
    ]
    assert "Läuft seit März" in response.text


def test_editor_order_and_foreword_of_fields_are_used(user_client, concept_world):
    concept = concept_world["concept"]
    concept.field_settings.create(
        field_of_action=field_of_action("arbeit"), foreword="<p>Vorwort Arbeit</p>"
    )
    concept.save_revision().publish()

    response = user_client.get(concept.url)

    assert [s["field"].slug for s in response.context["sections"]] == ["arbeit", "sprache"]
    assert "Vorwort Arbeit" in response.text


def test_scope_limits_the_rollup_to_chosen_years(user_client, concept_world):
    concept = concept_world["concept"]
    concept.conference_scope = "years"
    concept.year_from = 2025
    concept.save_revision().publish()

    response = user_client.get(concept.url)

    assert response.context["record_count"] == 2


@pytest.mark.parametrize(
    ("params", "expected_count"),
    [
        ({}, 5),
        ({"year": "2024"}, 3),
        ({"field": "arbeit"}, 3),
        ({"field": "arbeit", "year": "2025"}, 2),
        ({"status": "open"}, 3),
        ({"status": "implemented"}, 0),
        ({"actor": "jobcenter-kreis-heinsberg"}, 1),
        ({"actor": "jobcenter-kreis-heinsberg", "year": "2025"}, 0),
    ],
)
def test_rollup_filters_combine(user_client, concept_world, params, expected_count):
    response = user_client.get(concept_world["concept"].url, params)

    assert response.context["record_count"] == expected_count


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1900"},
        {"field": "<script>"},
        {"status": "x" * 500},
        {"actor": "\x00"},
    ],
)
def test_rollup_ignores_malformed_filters_with_a_message(user_client, concept_world, params):
    response = user_client.get(concept_world["concept"].url, params)

    assert response.status_code == 200
    assert response.context["record_count"] == 5
    assert response.context["filter_form"].errors
    assert "<script>" not in response.text


def parse_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_csv_export_has_exactly_the_filtered_rows_and_no_formulas(user_client, concept_world):
    url = concept_world["concept"].url + "export/csv/"

    response = user_client.get(url, {"field": "arbeit"})

    header, *rows = parse_csv(response)
    assert response["Content-Disposition"] == 'attachment; filename="integrationskonzept.csv"'
    assert header[:3] == ["Handlungsfeld", "Art", "Titel"]
    assert [row[2] for row in rows] == [
        '\'=HYPERLINK("http://evil.example")',
        "Mentoring für Azubis",
        "Jobcoaching mit Sprachförderung",
    ]
    assert rows[1][3] == "Ehrenamtliche begleiten Auszubildende."
    assert {row[0] for row in rows} == {"Arbeit"}


def test_docx_export_is_structured_by_field_of_action(user_client, concept_world):
    response = user_client.get(concept_world["concept"].url + "export/docx/", {"year": "2024"})

    document = Document(io.BytesIO(response.content))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Empfehlungen nach Handlungsfeld und Umsetzungsstand"),
        ("Heading 1", "Sprache"),
        ("Heading 2", "Erkenntnisse"),
        ("Heading 2", "Offene Fragen"),
        ("Heading 1", "Arbeit"),
        ("Heading 2", "Empfehlungen"),
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Jobcoaching mit Sprachförderung" in text
    assert "Mentoring für Azubis" not in text


def test_docx_export_is_an_a4_county_document_that_names_its_filter(user_client, concept_world):
    response = user_client.get(
        concept_world["concept"].url + "export/docx/", {"year": "2024", "field": "arbeit"}
    )
    unfiltered = user_client.get(concept_world["concept"].url + "export/docx/")

    document = Document(io.BytesIO(response.content))
    section = document.sections[0]
    properties = document.core_properties
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert properties.author == "Kreis Heinsberg – Kommunales Integrationszentrum"
    assert properties.language == "de-DE"
    assert "PAGE" in section.footer._element.xml
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Auswahl: Jahr: 2024; Handlungsfeld: Arbeit." in text
    assert "Alle freigegebenen Ergebnisse" in "\n".join(
        p.text for p in Document(io.BytesIO(unfiltered.content)).paragraphs
    )
    [counts] = document.tables
    assert [cell.text for cell in counts.rows[0].cells][:2] == ["Handlungsfeld", "Offen"]
    assert "w:tblHeader" in counts._tbl.xml
    assert counts.rows[1].cells[0].text == "Arbeit"


def test_exports_require_login(client, concept_world):
    response = client.get(concept_world["concept"].url + "export/csv/")

    assert response.status_code == 302


def test_ki_sets_status_of_several_recommendations_at_once(client, concept_world):
    ki = UserFactory(username="ki")
    ki.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    client.force_login(ki)
    trackings = list(RecommendationTracking.objects.order_by("pk"))
    url = reverse(
        "wagtail_bulk_action",
        args=["ik_concept", "recommendationtracking", "set_status"],
    )

    response = client.post(
        url + "?" + "&".join(f"id={t.pk}" for t in trackings),
        {"status": "under_review", "note": "Im Fachausschuss beraten"},
    )

    assert response.status_code == 302
    for tracking in trackings:
        tracking.refresh_from_db()
        assert tracking.status == "under_review"
        assert [(c.note, c.changed_by) for c in tracking.changes.all()] == [
            ("Im Fachausschuss beraten", ki)
        ]


def test_ki_edits_one_status_with_a_note_and_history(client, concept_world):
    ki = UserFactory(username="ki")
    ki.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    client.force_login(ki)
    tracking = RecommendationTracking.objects.get(title="Mentoring für Azubis")

    response = client.post(
        reverse("wagtailsnippets_ik_concept_recommendationtracking:edit", args=[tracking.pk]),
        {"status": "in_progress", "note": "Erste Tandems gestartet", "responsible_actors": []},
    )

    tracking.refresh_from_db()
    statement = concept_world["statement_2025"]
    statement.refresh_from_db()
    assert response.status_code == 302
    assert tracking.status == "in_progress"
    assert tracking.changes.get().note == "Erste Tandems gestartet"
    assert statement.latest_revision == statement.live_revision


def test_moderators_and_actors_cannot_change_tracking(client, concept_world):
    tracking = RecommendationTracking.objects.first()
    url = reverse("wagtailsnippets_ik_concept_recommendationtracking:edit", args=[tracking.pk])

    for user in [UserFactory(username="akteur"), UserFactory(username="moderation")]:
        client.force_login(user)
        client.post(url, {"status": "rejected", "note": "", "responsible_actors": []})

    tracking.refresh_from_db()
    assert tracking.status == "open"


def build_years(home_page, first_year, conferences, forums_per_conference, blocks_per_forum):
    index = ConferenceIndexPageFactory(parent=home_page, slug=f"k-{first_year}")
    for year in range(first_year, first_year + conferences):
        conference = ConferencePageFactory(parent=index, year=year, slug=f"c-{year}")
        for number in range(forums_per_conference):
            forum = ForumPageFactory(
                parent=conference, number=number, field_of_action=field_of_action("arbeit")
            )
            ResultStatementPageFactory(
                parent=forum,
                results=[
                    (
                        "recommendation",
                        {
                            "title": f"Empfehlung {i}",
                            "text": "Text",
                            "priority": "high",
                            "time_horizon": "short",
                        },
                    )
                    if i % 2
                    else ("finding", {"text": f"Erkenntnis {i}"})
                    for i in range(blocks_per_forum)
                ],
            )
    rebuild_all_records()


def rollup_queries(client, page):
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, {"field": "arbeit"})
    assert response.status_code == 200
    return len(queries), response.context["record_count"]


@pytest.mark.slow
def test_rollup_query_count_does_not_grow_with_the_number_of_results(user_client, home_page):
    concept = IntegrationskonzeptPageFactory(parent=home_page)
    build_years(home_page, 2030, conferences=2, forums_per_conference=1, blocks_per_forum=2)
    small = rollup_queries(user_client, concept)
    build_years(home_page, 2040, conferences=10, forums_per_conference=8, blocks_per_forum=25)
    large = rollup_queries(user_client, concept)

    print(f"\nroll-up queries: {small[0]} for {small[1]} results, {large[0]} for {large[1]}")
    assert large[1] == 2 * 2 + 10 * 8 * 25
    assert large[0] == small[0]


def test_result_statement_shows_status_and_history_at_the_recommendation(
    user_client, concept_world, superuser
):
    statement = concept_world["statement_2024"]
    tracking = RecommendationTracking.objects.get(page=statement)
    tracking.change_status("in_progress", "Pilot in Erkelenz", superuser)

    response = user_client.get(statement.url)

    annotations = {block.id: html for block, _, html in response.context["result_blocks"]}
    assert "Pilot in Erkelenz" in annotations[tracking.block_id]
    assert sum(1 for html in annotations.values() if html) == 1
    assert '<div class="tracking">' in response.text
    assert "&lt;div" not in response.text


def test_rollup_links_cited_projects_into_the_library_and_shows_priority(
    user_client, concept_world, superuser
):
    library = ProjectLibraryPageFactory(parent=concept_world["concept"].get_parent())
    live = ProjectFactory(title="Sprachcafé Gangelt", slug="sprachcafe-gangelt")
    draft = ProjectFactory(title="Entwurf Nachbarschaft", slug="entwurf-nachbarschaft", live=False)
    statement = concept_world["statement_2025"]
    statement.results = [
        *[(block.block_type, block.value) for block in statement.results],
        ("good_practice", {"project": live, "title": "", "text": "Offen für alle."}),
        ("good_practice", {"project": draft, "title": "Nachbarschaftstreff", "text": ""}),
    ]
    statement.save_revision(user=superuser).publish()

    response = user_client.get(concept_world["concept"].url)

    detail = library.url + library.reverse_subpage("project_detail", args=["sprachcafe-gangelt"])
    assert f'<a href="{detail}">Sprachcafé Gangelt</a>' in response.text
    assert "Entwurf Nachbarschaft" not in response.text
    assert "Nachbarschaftstreff" in response.text  # the block's own title, without a link
    assert "Priorität: Mittel" in response.text
    assert "Zeithorizont: Langfristig (mehr als 3 Jahre)" in response.text


def test_rollup_escapes_every_text_it_shows(user_client, concept_world, superuser):
    statement = concept_world["statement_2025"]
    statement.results = [
        (
            "recommendation",
            {
                "title": "<script>alert(1)</script>",
                "text": "Zeile <b>eins</b>\nZeile zwei",
                "responsible_actors": [],
                "priority": "high",
                "time_horizon": "short",
            },
        ),
        ("quote", {"quote": "Gut\x07", "attribution": '"><img src=x onerror=alert(2)>'}),
    ]
    statement.save_revision(user=superuser).publish()
    tracking = RecommendationTracking.objects.get(page=statement, title__startswith="<script>")
    tracking.change_status("under_review", "<i>Notiz</i>", superuser)

    text = user_client.get(concept_world["concept"].url).text

    assert "<script>alert(1)" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Zeile &lt;b&gt;eins&lt;/b&gt;<br>Zeile zwei" in text
    assert "<img src=x" not in text
    assert "&lt;i&gt;Notiz&lt;/i&gt;" in text
    assert "\x07" not in text  # control characters are not allowed in HTML


def test_docx_export_drops_characters_that_xml_does_not_allow(user_client, concept_world):
    statement = concept_world["statement_2024"]
    statement.results = [("finding", {"text": "Sprachcafés\ufffe wirken.\uffff"})]
    statement.save_revision().publish()

    response = user_client.get(concept_world["concept"].url + "export/docx/", {"year": "2024"})

    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Sprachcafés wirken." in text
