"""Query counts per page do not grow with the data: each page at 1x and 10x data.

``build_conference_year(scale=10)`` has ten times the forums, referents, moderators,
participants, invitations and result blocks of ``scale=1``.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ForumPage,
    ReferentIndexPage,
    ResultStatementPage,
)
from tests.builders import build_conference_year

pytestmark = pytest.mark.django_db

# About 10 of these are fixed costs of any logged-in Wagtail page: session and user, the site,
# Wagtail's routing (one query per tree level below the section pages, two above), the
# view-restriction check, the user bar's permission check and the breadcrumbs. The main
# navigation and the links to the directory and the library come from the cache.
QUERY_BUDGET = 20


def query_count(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def page_urls(conference):
    forum = ForumPage.objects.child_of(conference).first()
    statement = ResultStatementPage.objects.child_of(forum).get()
    referent = forum.forum_referents.first().referent
    directory = ActorDirectoryPage.objects.get()
    return {
        "conference": conference.url,
        "calendar": conference.url + "kalender/",
        "forum": forum.url,
        "result statement": statement.url,
        "referent": referent.url,
        "actor detail": directory.url_for_actor(conference.lead_actor),
    }


def index_urls():
    return {
        "conference index": ConferenceIndexPage.objects.get().url,
        "referent index": ReferentIndexPage.objects.get().url,
        "actor directory": ActorDirectoryPage.objects.get().url,
        "actor directory filtered": ActorDirectoryPage.objects.get().url
        + "?field=sprache&municipality=erkelenz&q=Initiative",
    }


def test_page_query_counts_do_not_grow_with_the_data(user_client, home_page):
    small = build_conference_year(home_page, scale=1, year=2024)
    small_counts = {name: query_count(user_client, url) for name, url in page_urls(small).items()}
    small_index_counts = {name: query_count(user_client, url) for name, url in index_urls().items()}

    large = build_conference_year(home_page, scale=10, year=2025)
    large_counts = {name: query_count(user_client, url) for name, url in page_urls(large).items()}
    large_index_counts = {name: query_count(user_client, url) for name, url in index_urls().items()}

    print("\nqueries per page (1x / 10x data):")
    for name in {**small_counts, **small_index_counts}:
        counts = (
            (small_counts | small_index_counts)[name],
            (large_counts | large_index_counts)[name],
        )
        print(f"  {name:26} {counts[0]:3} / {counts[1]:3}")
    assert large_counts == small_counts
    assert large_index_counts == small_index_counts
    assert max({**large_counts, **large_index_counts}.values()) <= QUERY_BUDGET
