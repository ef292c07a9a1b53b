"""The library's query count does not grow with the number of projects: 100 vs 1,000.

20 results per page and every facet counted: once with the cache emptied before the measured
request (facet counts and similar projects computed), once as users mostly meet it (computed
by an earlier request).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ik_wagtail.projects.generator import generate_projects
from ik_wagtail.projects.models import IntegrationProject

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# About 12 are fixed costs of a logged-in Wagtail page (session, user, routing, view
# restrictions, user bar, navigation, breadcrumbs); the rest: search, result ids, page,
# five prefetches, seven facets and the validation of the filter values. A project's page adds
# about 12 for "Wer macht Ähnliches?" (network app), computed once per data change and cached,
# and two for the generations of derived state and which pages are hidden, and one for whether
# the reader follows the project (never cached: it differs per reader).
QUERY_BUDGET = 47
# Without counting facets and with the navigation, section links and similar projects cached.
WARM_QUERY_BUDGET = 20


def query_count(client, url, full_page, cold=True):
    client.get(url)  # warm per-process caches (site root paths, content types)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    results = response.context.get("results", ["the project"])
    assert len(results) == 20 if full_page else results, url
    return len(queries)


def library_urls(library):
    project = IntegrationProject.objects.live().order_by("pk").first()
    # (url, whether its first page is full)
    return {
        "start": (library.url, True),
        "search": (library.url + "?q=Ehrenamtliche+begleiten", True),
        "search and facets": (library.url + "?q=Kinder&status=running&tag=ehrenamt", False),
        "facets, sorted": (library.url + "?municipality=heinsberg&field=sprache&sort=title", False),
        "project": (library.url_for_project(project), False),
    }


def test_library_query_counts_do_not_grow_with_the_projects(user_client, library):
    generate_projects(100, seed=3)
    small = {
        name: query_count(user_client, *url_and_size)
        for name, url_and_size in library_urls(library).items()
    }

    generate_projects(900, seed=4)
    large = {
        name: query_count(user_client, *url_and_size)
        for name, url_and_size in library_urls(library).items()
    }

    warm = {
        name: query_count(user_client, url, full_page, cold=False)
        for name, (url, full_page) in library_urls(library).items()
    }

    print("\nqueries (100 / 1,000 projects / 1,000 warm):")
    for name in small:
        print(f"  {name:20} {small[name]:3} / {large[name]:3} / {warm[name]:3}")
    assert large == small
    assert max(large.values()) <= QUERY_BUDGET
    assert max(warm.values()) <= WARM_QUERY_BUDGET
