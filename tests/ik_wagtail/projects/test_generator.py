"""Generated projects for benchmarks, and the benchmark command on a small scale."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ik_wagtail.actors.models import Actor
from ik_wagtail.projects.generator import GENERATED_SLUG_PREFIX, delete_generated, generate_projects
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.projects.search import match_scores, search_terms
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db


def snapshot():
    return list(IntegrationProject.objects.order_by("slug").values_list("slug", "title", "summary"))


def test_generator_is_deterministic_for_a_seed():
    generate_projects(30, seed=7)
    first = snapshot()
    delete_generated()
    generate_projects(30, seed=7)

    assert snapshot() == first
    assert IntegrationProject.objects.live().count() == 30
    assert all(slug.startswith(GENERATED_SLUG_PREFIX) for slug, _title, _summary in first)


def test_generated_projects_are_related_and_searchable():
    generate_projects(40, seed=1)

    project = IntegrationProject.objects.for_listing().first()
    hits = match_scores(search_terms(project.title), IntegrationProject.objects.live())

    assert project.pk in hits
    assert project.fields_of_action.exists()
    assert project.municipalities.exists()
    assert project.tags.exists()


def test_delete_generated_keeps_other_data():
    keep = ActorFactory(name="Echter Verein")
    generate_projects(10)

    delete_generated()

    assert not IntegrationProject.objects.exists()
    assert list(Actor.objects.all()) == [keep]


def test_benchmark_refuses_a_database_with_real_data():
    ActorFactory(name="Echter Verein")

    with pytest.raises(CommandError, match="nicht generiert"):
        call_command("ik_bench_library", "--projects", "10")


def test_benchmark_reports_median_and_p95_per_query_set(home_page, tmp_path):
    output = StringIO()
    report = tmp_path / "bench.json"

    call_command(
        "ik_bench_library",
        "--projects",
        "30",
        "--repeat",
        "1",
        "--json",
        str(report),
        stdout=output,
    )

    results = json.loads(report.read_text())
    assert results["projects"] == 30
    assert set(results["sets"]) == {
        "Volltext",
        "Volltext + Facetten",
        "Nur Facetten",
        "Sortieren und Blättern",
        "Projektseite",
        "Vergleich: Startseite",
    }
    assert all(
        result["median_ms"] > 0 and result["cold_median_ms"] > 0
        for result in results["sets"].values()
    )
    assert "Median ms" in output.getvalue()
