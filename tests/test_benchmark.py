"""The benchmark's data generator and measurement, on a tiny scale (figures are not asserted)."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from home.benchmark.generate import counts_for
from home.benchmark.measure import BASELINE_NAME, LIBRARY_QUERIES, NEW_SEARCHES_NAME, fulltext_sql
from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import ResultBlockRecord
from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.network.models import ActorLink
from ik_wagtail.projects.generator import delete_generated
from ik_wagtail.projects.models import IntegrationProject
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db

TINY = "0.005"


def generate(scale=TINY, seed="1"):
    call_command("ik_generate", "--scale", scale, "--seed", seed, stdout=StringIO())


def test_scale_one_is_the_county_after_ten_years():
    assert counts_for(1) == {
        "conferences": 10,
        "actors": 2000,
        "projects": 10_000,
        "referents": 200,
    }


def test_generator_builds_published_conferences_with_rolled_up_results(home_page):
    generate()

    conference = ConferencePage.objects.get()
    assert conference.live
    assert ForumPage.objects.child_of(conference).live().count() == 8
    assert ResultStatementPage.objects.live().count() == 8
    # Publishing went through Wagtail's signal: 8 forums × 25 blocks are in the read model.
    assert ResultBlockRecord.objects.count() == 200
    statuses = set(
        ResultBlockRecord.objects.filter(kind="recommendation").values_list(
            "tracking__status", flat=True
        )
    )
    assert len(statuses) > 1
    assert statuses <= set(RecommendationStatus.values)
    assert IntegrationProject.objects.live().count() == counts_for(0.005)["projects"]
    assert ActorLink.objects.exists()  # the network is built once the data is there


def snapshot():
    return {
        "blocks": list(
            ResultBlockRecord.objects.order_by(
                "conference_year", "forum_number", "position", "responsible_actors__name"
            ).values_list("kind", "title", "text", "responsible_actors__name")
        ),
        "referents": list(ReferentPage.objects.order_by("slug").values_list("title", "function")),
        "projects": list(IntegrationProject.objects.order_by("slug").values_list("slug", "title")),
    }


def test_generator_is_deterministic_for_a_seed(home_page):
    generate(seed="5")
    first = snapshot()
    ConferencePage.objects.all().delete()
    ReferentPage.objects.all().delete()
    delete_generated()

    generate(seed="5")

    assert snapshot() == first
    assert len(first["blocks"]) >= 200


def test_generator_refuses_a_database_with_content(home_page):
    ActorFactory(name="Echter Verein")

    with pytest.raises(CommandError, match="eigene, frisch migrierte Datenbank"):
        generate()


def test_generator_refuses_to_run_twice(home_page):
    generate()

    with pytest.raises(CommandError):
        generate()
    assert ConferencePage.objects.count() == 1


def test_benchmark_measures_every_page_type_against_the_baseline(home_page, tmp_path):
    generate()
    report_path = tmp_path / "bench.json"
    output = StringIO()

    call_command(
        "ik_bench", "--repeat", "1", "--json", str(report_path), stdout=output, stderr=StringIO()
    )

    report = json.loads(report_path.read_text())
    pages = report["pages"]
    assert set(pages) >= {
        BASELINE_NAME,
        "Konferenz",
        "Forum",
        "Ergebnisse eines Forums",
        "Referent*in",
        "Akteursverzeichnis mit Filtern",
        "Projekt",
        "Integrationskonzept",
        "Integrationskonzept (nach Änderung)",
        "Konferenz (nach Änderung)",
        "Akteur (nach Änderung)",
        "Börse: Volltext (nach Änderung)",
        NEW_SEARCHES_NAME,
        "Netzwerk",
        "Programmheft (Druckansicht)",
        "Suche im Intranet",
        *LIBRARY_QUERIES,
    }
    assert pages[BASELINE_NAME]["ratio_to_baseline"] == 1.0
    assert all(page["queries"] > 0 and page["kilobytes"] > 0 for page in pages.values())
    assert report["data"]["result_blocks"] == 200
    assert "| Konferenz |" in output.getvalue()
    followup = report["followup"]
    assert sorted(followup) == [
        "Prüfliste: 500 offene Berichte",
        "Sachstandsbericht: PDF danach (Worker)",
        "Sachstandsbericht: Zahlen und Word-Dokument (Worker)",
        "Wochenzusammenfassung: 2000 Folgende (in den Versand)",
    ]
    assert all(figures["median_ms"] > 0 for figures in followup.values())
    assert followup["Prüfliste: 500 offene Berichte"]["queries"] > 0
    assert "| Prüfliste: 500 offene Berichte |" in output.getvalue()
    exports = report["exports"]
    assert {
        "Rückschau: Word (alle Ergebnisse)",
        "Rückschau: CSV (alle Ergebnisse)",
        "Projekte im Admin: CSV (alle)",
        "Projekte im Admin: XLSX (alle)",
    } <= set(exports)
    assert all(
        figures["median_ms"] > 0 and figures["kilobytes"] > 0 for figures in exports.values()
    )
    assert "| Projekte im Admin: XLSX (alle) |" in output.getvalue()
    if connection.vendor == "postgresql":
        assert set(report["fulltext_baseline_ms"]) == {
            NEW_SEARCHES_NAME,
            *(name for name, queries in LIBRARY_QUERIES.items() if any("q=" in q for q in queries)),
        }
        assert pages["Börse: Volltext"]["ratio_to_fulltext"] > 0


def test_benchmark_without_data_says_what_to_do(home_page):
    with pytest.raises(CommandError, match="ik_generate"):
        call_command("ik_bench", "--repeat", "1", stdout=StringIO(), stderr=StringIO())


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (CI runs the suite on both)"
)
def test_fulltext_baseline_finds_what_the_library_finds(home_page):
    generate()
    sql, params = fulltext_sql({"q": ["Sprachcafé"], "field": ["sprache"]})

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()

    assert rows
    ids = [row[0] for row in rows]
    assert set(
        IntegrationProject.objects.filter(pk__in=ids, fields_of_action__slug="sprache").values_list(
            "pk", flat=True
        )
    ) == set(ids)


def test_session_cookie_for_a_load_tool_signs_in(home_page, client):
    output = StringIO()
    call_command("ik_bench", "--session-cookie", stdout=output)
    name, value = output.getvalue().strip().split("=", 1)

    client.cookies[name] = value

    assert client.get("/").status_code == 200
    assert client.get("/", follow=False).wsgi_request.user.username == "ik-benchmark"
