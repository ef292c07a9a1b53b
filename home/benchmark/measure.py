"""Server time, SQL queries and size of every front-end page type, with baselines in the same run.

Every page is requested through Django's test client as a signed-in user (the full middleware,
URL routing, page serving and templates, no network), warm: once unmeasured, then ``repeat``
times. Figures are made comparable across noisy machines by two baselines measured in the same
run: an empty content page of the same site (its median is the unit of the "× leer" column)
and, on PostgreSQL, the plain full-text query for each library search (to_tsvector('german', …)
@@ websearch_to_tsquery(…) over a GIN index, same filters, same page size).
"""

import gc
import math
import statistics
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.concept.models import IntegrationskonzeptPage, ResultBlockRecord
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferencePage,
    ForumPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.derived import LIBRARY, NETWORK, PAGES, RESULTS
from ik_wagtail.network.models import NetworkPage
from ik_wagtail.projects.models import IntegrationProject, ProjectLibraryPage

from ..models import StandardPage
from .exports import measure_exports
from .followup import measure_followup

BENCHMARK_USERNAME = "ik-benchmark"
BASELINE_NAME = "Leere Seite (Vergleich)"
LIBRARY_PAGE_SIZE = 20

# Realistic German searches of the Gute-Praxis-Börse, by what they exercise.
LIBRARY_QUERIES = {
    "Börse: Volltext": [
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
    "Börse: Volltext + Facetten": [
        "?q=Sprachkurs&field=sprache",
        "?q=Ausbildung&municipality=erkelenz&status=running",
        "?q=Frauen&target_group=frauen&criterion=partizipation",
        "?q=Hausaufgaben&kind=association",
        "?q=Ehrenamtliche&tag=ehrenamt&municipality=hueckelhoven",
    ],
    "Börse: nur Facetten": [
        "",
        "?field=arbeit",
        "?municipality=heinsberg&status=running",
        "?target_group=jugendliche&field=bildung-und-ausbildung",
        "?tag=begegnung&criterion=vernetzung",
        "?kind=sports_club",
    ],
    "Börse: Sortieren, Blättern": [
        "?page=5",
        "?q=Sprache&sort=title&page=3",
        "?sort=title&page=20",
        "?q=Kinder&sort=newest",
    ],
}
# Searches that no earlier request of the run asked for, each requested once: what a user who
# types a new search waits for (the library's facet index built, nothing of the search cached).
NEW_SEARCHES_NAME = "Börse: neue Suche"
NEW_SEARCHES = [
    "?q=Hausaufgabenhilfe",
    "?q=Frauentreff",
    "?q=Fußballtraining",
    "?q=Lernpatenschaften",
    "?q=Bewerbungstraining",
    "?q=Elterncafé",
    "?q=Begegnungsfest",
    "?q=Schwimmkurs+Frauen",
    "?q=Ausbildungsbegleitung",
    "?q=Integrationslotsen",
    "?q=Nähwerkstatt&field=werte-und-zusammenleben",
    "?q=Fahrradwerkstatt&municipality=geilenkirchen",
    "?q=Lesepatenschaften&status=running",
    "?q=Behördenbegleitung&kind=association",
    "?q=Kochabend",
    "?q=Berufsorientierung&municipality=heinsberg",
    "?q=Sprachcafé&municipality=wassenberg",
    "?q=Jobmentoring&status=completed",
    "?q=Elterncafé&target_group=frauen",
    "?q=Integrationslotsen&tag=ehrenamt",
]
# Measured a second time with their cached values out of date before every request: the first
# request after a change of what they show (a project saved, links rebuilt, a result published).
RECOMPUTED = {
    "Konferenz": (PAGES,),
    "Forum": (PAGES,),
    "Ergebnisse eines Forums": (PAGES,),
    "Referent*in": (PAGES,),
    "Akteursverzeichnis": (PAGES,),
    "Akteursverzeichnis mit Filtern": (PAGES,),
    "Akteur": (PAGES, NETWORK),
    "Börse: Volltext": (LIBRARY,),
    "Börse: Volltext + Facetten": (LIBRARY,),
    "Börse: nur Facetten": (LIBRARY,),
    "Projekt": (PAGES, LIBRARY, NETWORK),
    "Netzwerk": (NETWORK,),
    "Integrationskonzept": (RESULTS,),
}
RECOMPUTED_SUFFIX = "(nach Änderung)"
SITE_SEARCHES = [
    "?q=Sprachcafé",
    "?q=Integrationskonferenz",
    "?q=Ausbildung+Erkelenz",
    "?q=Training",
    "?q=Hueckelhoven",
    "?q=Kita-Einstieg",
    "?q=Beratung&art=actor",
    "?q=Sprache&page=2",
]
# Header searches that no earlier request asked for, each once: compound parts, spellings and
# typos (a typo costs a second match and the lookup of the words one edit away).
NEW_SITE_SEARCHES_NAME = "Suche im Intranet: neue Suche"
NEW_SITE_SEARCHES = [
    "?q=Fußball",
    "?q=Kirche",
    "?q=Bleibeperspektiven",
    "?q=Café",
    "?q=Sprachkrus",
    "?q=Integartion",
    "?q=Nachbarschaftshilfe+Wegberg",
    "?q=Strassenfussball",
    "?q=Werkstatt",
    "?q=Hausaufgabenhilf",
    "?q=Elterncafe+Gangelt",
    "?q=Bewerbungstraning",
]


class MissingData(Exception):
    """The database lacks a page type or the data to show on it (run ``ik_generate`` first)."""


class PageFailed(Exception):
    """A measured page did not answer with 200: its figures would mean nothing."""


@dataclass
class PageResult:
    requests: int
    median_ms: float
    p95_ms: float
    queries: int
    kilobytes: float
    ratio_to_baseline: float = 0.0
    ratio_to_fulltext: float | None = None
    urls: list = field(default_factory=list)


def percentile(values, share):
    """Nearest-rank percentile: the smallest value that ``share`` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def data_size():
    """What the benchmark ran on, for the report."""
    return {
        "conferences": ConferencePage.objects.live().count(),
        "forums": ForumPage.objects.live().count(),
        "result_blocks": ResultBlockRecord.objects.count(),
        "actors": Actor.objects.count(),
        "projects": IntegrationProject.objects.live().count(),
        "referents": ReferentPage.objects.live().count(),
    }


def page_urls():
    """Name → URLs of every front-end page type, chosen from the data (the newest conference)."""
    conference = ConferencePage.objects.live().order_by("-year").first()
    forum = conference and ForumPage.objects.live().child_of(conference).order_by("path").first()
    statement = forum and ResultStatementPage.objects.live().child_of(forum).first()
    directory = ActorDirectoryPage.objects.live().first()
    library = ProjectLibraryPage.objects.live().first()
    concept = IntegrationskonzeptPage.objects.live().first()
    network = NetworkPage.objects.live().first()
    actor = (
        Actor.objects.filter(led_projects__isnull=False).order_by("pk").first()
        or Actor.objects.order_by("pk").first()
    )
    project = IntegrationProject.objects.live().order_by("pk").first()
    baseline = StandardPage.objects.live().order_by("pk").first()
    referent = ReferentPage.objects.live().order_by("pk").first()
    needed = [conference, forum, statement, directory, library, concept, network, actor, project]
    if None in [*needed, baseline, referent]:
        raise MissingData
    return {
        BASELINE_NAME: [baseline.url],
        "Startseite": ["/"],
        "Konferenzübersicht": [ConferenceIndexPage.objects.live().first().url],
        "Konferenz": [conference.url],
        "Forum": [forum.url],
        "Ergebnisse eines Forums": [statement.url],
        "Referent*in": [referent.url],
        "Akteursverzeichnis": [directory.url, f"{directory.url}?page=10"],
        "Akteursverzeichnis mit Filtern": [
            f"{directory.url}?municipality=erkelenz",
            f"{directory.url}?kind=association&field=sprache",
        ],
        "Akteur": [directory.url_for_actor(actor)],
        **{
            name: [library.url + query for query in queries]
            for name, queries in LIBRARY_QUERIES.items()
        },
        "Projekt": [library.url + library.reverse_subpage("project_detail", args=[project.slug])],
        "Netzwerk": [network.url, f"{network.url}?field=sprache&municipality=erkelenz"],
        "Programmheft (Druckansicht)": [reverse("ik_cycle:programme", args=[conference.pk])],
        "Integrationskonzept": [concept.url],
        "Integrationskonzept gefiltert": [
            f"{concept.url}?year={conference.year}",
            f"{concept.url}?status=in_progress",
        ],
        "Suche im Intranet": ["/suche/" + query for query in SITE_SEARCHES],
    }


def benchmark_user():
    """An intranet user without any rights, as most actors are."""
    return get_user_model().objects.get_or_create(username=BENCHMARK_USERNAME)[0]


def benchmark_client():
    hosts = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if host not in ("*", "")]
    client = Client(HTTP_HOST=hosts[0] if hosts else "localhost")
    client.force_login(benchmark_user())
    return client


def session_cookie():
    """``name=value`` of a signed-in session of the benchmark user, for a load tool (wrk)."""
    client = Client()
    client.force_login(benchmark_user())
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def measure_page(client, urls, repeat, renewed=()):
    """Warm every URL once, count the queries of a second request, then time ``repeat`` more.

    With ``renewed`` (generations of ``ik_wagtail.derived``), their cached values are out of
    date before every request: the figures of a first visit after a change.
    """
    timings, query_counts, sizes = [], [], []
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            raise PageFailed(f"{url}: HTTP {response.status_code}")
        renew(renewed)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_counts.append(len(queries))
        sizes.append(len(response.content))
        for _request in range(repeat):
            renew(renewed)
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
    return page_result(timings, query_counts, sizes, urls)


def page_result(timings, query_counts, sizes, urls):
    return PageResult(
        requests=len(timings),
        median_ms=round(statistics.median(timings), 2),
        p95_ms=round(percentile(timings, 0.95), 2),
        queries=max(query_counts),
        kilobytes=round(max(sizes) / 1024, 1),
        urls=list(urls),
    )


def measure_first_requests(client, urls):
    """Time one request of each URL, the first one of the run for that URL."""
    timings, query_counts, sizes = [], [], []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise PageFailed(f"{url}: HTTP {response.status_code}")
        query_counts.append(len(queries))
        sizes.append(len(response.content))
    return page_result(timings, query_counts, sizes, urls)


def renew(versions):
    for version in versions:
        version.bump()


def run_benchmark(repeat, progress=print):
    """Measure every page type and the baselines; returns the report as plain data.

    As the WSGI entry point does after start-up (``ik_wagtail/wsgi.py``), the objects that
    exist before the first request are frozen for the measurement: the garbage collector's
    full collections no longer walk them.
    """
    gc.freeze()
    try:
        return measured_report(repeat, progress)
    finally:
        gc.unfreeze()


def measured_report(repeat, progress):
    cache.clear()
    client = benchmark_client()
    pages = {}
    urls = page_urls()
    for name, group in urls.items():
        pages[name] = measure_page(client, group, repeat)
        progress(f"{name}: {pages[name].median_ms} ms")
    library_url = urls["Börse: Volltext"][0].partition("?")[0]
    pages[NEW_SEARCHES_NAME] = measure_first_requests(
        client, [library_url + query for query in NEW_SEARCHES]
    )
    pages[NEW_SITE_SEARCHES_NAME] = measure_first_requests(
        client, ["/suche/" + query for query in NEW_SITE_SEARCHES]
    )
    for name, versions in RECOMPUTED.items():
        pages[f"{name} {RECOMPUTED_SUFFIX}"] = measure_page(client, urls[name], repeat, versions)
    baseline = pages[BASELINE_NAME].median_ms
    for result in pages.values():
        result.ratio_to_baseline = round(result.median_ms / baseline, 2)
    fulltext = {}
    if connection.vendor == "postgresql":
        for name in [*LIBRARY_QUERIES, NEW_SEARCHES_NAME]:
            fulltext_ms = fulltext_baseline(pages[name].urls, repeat)
            if fulltext_ms is None:
                continue
            fulltext[name] = fulltext_ms
            # Served from the cached match, and computed after a change.
            for measured in (name, f"{name} {RECOMPUTED_SUFFIX}"):
                if measured in pages:
                    pages[measured].ratio_to_fulltext = round(
                        pages[measured].median_ms / fulltext_ms, 2
                    )
    followup = measure_followup(Client, client.defaults["HTTP_HOST"], repeat)
    progress(f"Nachverfolgung: {followup}")
    exports = measure_exports(Client, client.defaults["HTTP_HOST"], repeat)
    progress(f"Exporte: {exports}")
    return {
        "database": connection.vendor,
        "repeat": repeat,
        "data": data_size(),
        "baseline_ms": baseline,
        "fulltext_baseline_ms": fulltext,
        "pages": {name: asdict(result) for name, result in pages.items()},
        "followup": followup,
        "exports": exports,
    }


# The raw full-text baseline: the projects' searchable text, as one German tsvector.
FULLTEXT_DOCUMENT = "to_tsvector('german', title || ' ' || summary || ' ' || description)"
FULLTEXT_INDEX = "ik_bench_project_fulltext"


def fulltext_baseline(urls, repeat):
    """Median ms of the plain PostgreSQL full-text query for the searches among ``urls``.

    Same rows (live projects), same filters (the library's filter values as joins), same page
    size, with the total count as a results page needs it. ``None`` if no URL has a text query.
    """
    searches = [parse_qs(urlsplit(url).query) for url in urls]
    searches = [query for query in searches if query.get("q")]
    if not searches:
        return None
    table = IntegrationProject._meta.db_table
    with connection.cursor() as cursor:
        # Inside a transaction with deferred constraint checks (as in tests), PostgreSQL
        # refuses to index a table with pending checks: run them first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {FULLTEXT_INDEX} ON {table} USING GIN "
            f"({FULLTEXT_DOCUMENT})"
        )
        cursor.execute(f"ANALYZE {table}")
        timings = []
        for query in searches:
            sql, params = fulltext_sql(query)
            cursor.execute(sql, params)  # warm
            for _request in range(repeat):
                started = time.perf_counter()
                cursor.execute(sql, params)
                cursor.fetchall()
                timings.append((time.perf_counter() - started) * 1000)
        cursor.execute(f"DROP INDEX IF EXISTS {FULLTEXT_INDEX}")
    return round(statistics.median(timings), 2)


def fulltext_sql(query):
    """The plain full-text query with the library's filters of ``query`` (a parsed query string)."""
    filters = IntegrationProject.objects.live()
    relations = {
        "field": "fields_of_action__slug",
        "municipality": "municipalities__slug",
        "target_group": "target_groups__slug",
        "criterion": "criteria__slug",
        "tag": "tags__slug",
        "status": "status",
        "kind": "lead_actor__kind",
    }
    for name, lookup in relations.items():
        for value in query.get(name, []):
            filters = filters.filter(**{lookup: value})
    filter_sql, filter_params = filters.values("pk").query.sql_with_params()
    table = IntegrationProject._meta.db_table
    sql = (
        f"SELECT id, title, ts_rank({FULLTEXT_DOCUMENT}, search) AS rank, count(*) OVER () "
        f"FROM {table}, websearch_to_tsquery('german', %s) AS search "
        f"WHERE {FULLTEXT_DOCUMENT} @@ search AND id IN ({filter_sql}) "
        f"ORDER BY rank DESC LIMIT {LIBRARY_PAGE_SIZE}"
    )
    return sql, [query["q"][0], *filter_params]
