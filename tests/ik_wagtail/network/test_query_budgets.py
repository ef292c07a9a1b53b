"""The footprint and the network page cost the same number of queries at 1x and 10x history.

Measured on a cold cache, so the counts include computing the network and the partner
suggestions, not only reading them from the cache.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.concept.read_model import rebuild_all_records
from ik_wagtail.conferences.models import ForumModerator, ForumPage, ForumParticipant
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorMembership
from tests.builders import build_conference_year
from tests.factories import (
    ActorFactory,
    NetworkPageFactory,
    ProjectFactory,
    field_of_action,
    municipality,
)

pytestmark = pytest.mark.django_db

FOOTPRINT_BUDGET = 42
# Two of them read the generations of derived state and which pages are hidden.
NETWORK_BUDGET = 27


def add_history(home_page, main, scale, year):
    """A conference year of ``scale`` size in which ``main`` takes part everywhere it can."""
    conference = build_conference_year(home_page, scale=scale, year=year)
    for forum in ForumPage.objects.child_of(conference):
        ForumParticipant.objects.get_or_create(forum=forum, actor=main)
    for user_id in ForumModerator.objects.values_list("user_id", flat=True):
        ActorMembership.objects.get_or_create(user_id=user_id, defaults={"actor": main})
    partners = ActorFactory.create_batch(2)
    for partner in partners:
        partner.fields_of_action.set([field_of_action("sprache")])
    for index in range(3 * scale):
        ProjectFactory(
            title=f"Projekt {year}-{index}",
            lead_actor=main,
            partners=partners,
            fields_of_action=[field_of_action("sprache")],
        )
    rebuild_all_records()
    for tracking in RecommendationTracking.objects.all():
        tracking.responsible_actors.add(main)
    rebuild_network()


def cold_query_count(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_footprint_and_network_query_counts_do_not_grow_with_history(user_client, home_page):
    network_page = NetworkPageFactory(parent=home_page)
    main = ActorFactory(name="Caritasverband Heinsberg", slug="caritas")
    main.fields_of_action.set([field_of_action("sprache")])
    main.municipalities.set([municipality("erkelenz")])
    urls = {
        "footprint": f"/akteure/{main.slug}/",
        "network": network_page.url,
        "network filtered": network_page.url + "?field=sprache&year=2024&sort=name",
    }

    add_history(home_page, main, scale=1, year=2024)
    small = {name: cold_query_count(user_client, url) for name, url in urls.items()}
    add_history(home_page, main, scale=9, year=2025)
    large = {name: cold_query_count(user_client, url) for name, url in urls.items()}

    footprint = user_client.get(urls["footprint"]).content.decode()
    assert footprint.count("Projekt 2025-") == 27
    assert large == small
    assert small["footprint"] <= FOOTPRINT_BUDGET
    assert max(small["network"], small["network filtered"]) <= NETWORK_BUDGET
