"""Benchmark of the Gute-Praxis-Börse: realistic German searches through the real view.

Generates the projects into the configured database (refusing a database with real projects
or actors unless ``--force``), warms every URL once, then requests each ``--repeat`` times
with Django's test client as a signed-in intranet user, and reports median and p95 latency
and the number of SQL queries per set of queries: once as users mostly meet the library
(facet counts of the state already cached), once with an empty cache before every request
(the facets counted anew). Not a test: the numbers depend on the machine; the README keeps a
table of them.
"""

import json
import math
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Site

from ik_wagtail.actors.models import Actor
from ik_wagtail.projects.generator import GENERATED_SLUG_PREFIX, delete_generated, generate_projects
from ik_wagtail.projects.models import IntegrationProject, ProjectLibraryPage

BENCHMARK_USERNAME = "ik-benchmark"
REFERENCE_NAME = "Vergleich: Startseite"

QUERY_SETS = {
    "Volltext": [
        "?q=Sprachcafé",
        "?q=Sprachkurs",
        "?q=Ausbildung",
        "?q=Hausaufgabenhilfe+Kinder",
        "?q=Frauen+Fußball",
        "?q=Jobmentoring",
        "?q=Uebach-Palenberg",
        "?q=Behördenbriefe",
        "?q=Durchstarten",
        "?q=Mütter",
    ],
    "Volltext + Facetten": [
        "?q=Sprachkurs&field=sprache",
        "?q=Ausbildung&municipality=erkelenz&status=running",
        "?q=Frauen&target_group=frauen&criterion=partizipation",
        "?q=Hausaufgaben&kind=association",
        "?q=Ehrenamtliche&tag=ehrenamt&municipality=hueckelhoven",
    ],
    "Nur Facetten": [
        "",
        "?field=arbeit",
        "?municipality=heinsberg&status=running",
        "?target_group=jugendliche&field=bildung-und-ausbildung",
        "?tag=begegnung&criterion=vernetzung",
        "?kind=sports_club",
    ],
    "Sortieren und Blättern": [
        "?page=5",
        "?q=Sprache&sort=title&page=3",
        "?sort=title&page=20",
        "?q=Kinder&sort=newest",
    ],
}


def percentile(values, share):
    """Nearest-rank percentile: the smallest value that ``share`` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


class Command(BaseCommand):
    help = (
        "Misst die Suche der Gute-Praxis-Börse auf generierten Projekten (Median und p95 je "
        "Abfragegruppe). Nur für eine eigene Benchmark-Datenbank gedacht."
    )

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=10_000)
        parser.add_argument("--repeat", type=int, default=5, help="Messungen je URL")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--json", dest="json_path", help="Ergebnis zusätzlich als JSON")
        parser.add_argument(
            "--force",
            action="store_true",
            help="auch laufen, wenn die Datenbank nicht generierte Projekte oder Akteure enthält",
        )

    def handle(self, projects, repeat, seed, json_path, force, **options):
        has_real_data = (
            IntegrationProject.objects.exclude(slug__startswith=GENERATED_SLUG_PREFIX).exists()
            or Actor.objects.exclude(slug__startswith=GENERATED_SLUG_PREFIX).exists()
        )
        if has_real_data and not force:
            raise CommandError(
                "Die Datenbank enthält Projekte oder Akteure, die nicht generiert sind. Bitte "
                "eine eigene Datenbank verwenden (DATABASE_URL) oder --force angeben."
            )
        # Query logging (DEBUG in development) would slow generation and measurement alike.
        with override_settings(DEBUG=False):
            self.prepare_projects(projects, seed)
            results = self.run_queries(repeat)
        self.report(results, projects, repeat, json_path)

    def run_queries(self, repeat):
        library = self.library_page()
        client = Client(HTTP_HOST=self.host())
        client.force_login(get_user_model().objects.get_or_create(username=BENCHMARK_USERNAME)[0])
        paths = {
            **QUERY_SETS,
            "Projektseite": [
                f"projekte/{slug}/"
                for slug in IntegrationProject.objects.live()
                .filter(slug__startswith=GENERATED_SLUG_PREFIX)
                .order_by("slug")
                .values_list("slug", flat=True)[:5]
            ],
        }
        urls = {name: [library.url + path for path in group] for name, group in paths.items()}
        # The intranet's home page, to judge how fast the machine itself is.
        urls[REFERENCE_NAME] = ["/"]
        return {name: self.measure(client, group, repeat) for name, group in urls.items()}

    def prepare_projects(self, count, seed):
        generated = IntegrationProject.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX)
        if generated.count() == count:
            self.stdout.write(f"{count} generierte Projekte vorhanden.")
            return
        delete_generated()
        started = time.perf_counter()
        generate_projects(count, seed=seed)
        self.stdout.write(
            f"{count} Projekte generiert und indiziert in {time.perf_counter() - started:.1f} s."
        )

    def library_page(self):
        library = ProjectLibraryPage.objects.live().first()
        if library is None:
            root = Site.objects.get(is_default_site=True).root_page
            library = root.add_child(
                instance=ProjectLibraryPage(title="Gute-Praxis-Börse", slug="gute-praxis-boerse")
            )
        return library

    def host(self):
        hosts = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if host != "*"]
        return hosts[0] if hosts else "localhost"

    def measure(self, client, urls, repeat):
        warm, cold, query_counts = [], [], []
        for url in urls:
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)  # a cold request; its queries are counted
            if response.status_code != 200:
                raise CommandError(f"{url}: HTTP {response.status_code}")
            query_counts.append(len(queries))
            for _request in range(repeat):
                warm.append(self.timed(client, url))
            for _request in range(repeat):
                cache.clear()
                cold.append(self.timed(client, url))
        return {
            "requests": len(warm),
            "median_ms": round(statistics.median(warm), 1),
            "p95_ms": round(percentile(warm, 0.95), 1),
            "cold_median_ms": round(statistics.median(cold), 1),
            "cold_p95_ms": round(percentile(cold, 0.95), 1),
            "max_queries": max(query_counts),
        }

    def timed(self, client, url):
        started = time.perf_counter()
        client.get(url)
        return (time.perf_counter() - started) * 1000

    def report(self, results, projects, repeat, json_path):
        self.stdout.write(
            f"\nDatenbank: {connection.vendor}, {projects} Projekte, {repeat} Messungen je URL"
        )
        self.stdout.write(
            f"{'Abfragen':24} {'Anfragen':>8} {'Median ms':>10} {'p95 ms':>8} "
            f"{'ohne Cache: Median':>19} {'p95':>6} {'SQL':>5}"
        )
        for name, result in results.items():
            self.stdout.write(
                f"{name:24} {result['requests']:>8} {result['median_ms']:>10} "
                f"{result['p95_ms']:>8} {result['cold_median_ms']:>19} "
                f"{result['cold_p95_ms']:>6} {result['max_queries']:>5}"
            )
        if json_path:
            Path(json_path).write_text(
                json.dumps(
                    {"database": connection.vendor, "projects": projects, "sets": results},
                    ensure_ascii=False,
                    indent=2,
                ),
                encoding="utf-8",
            )
