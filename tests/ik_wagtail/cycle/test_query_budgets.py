"""The cycle's pages cost the same number of queries at 1× and 10× data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.invitations import add_actors, change_status
from ik_wagtail.cycle.registration import register
from tests.factories import (
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def conference_with(home_page, index, scale, ki_user):
    conference = ConferencePageFactory(parent=index, year=2050 + scale)
    forums = [ForumPageFactory(parent=conference, capacity=scale) for _ in range(2)]
    invitations = add_actors(conference, ActorFactory.create_batch(3 * scale), ki_user)
    for invitation in invitations[::2]:
        change_status(invitation, "accepted", ki_user)
    for forum in forums:
        for _ in range(2 * scale):
            register(UserFactory(), forum.pk, conference)
    return conference


def count_queries(client, url):
    client.get(url)  # warm up per-process caches (content types, site root, …)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url_name",
    ["ik_cycle_admin:invitations", "ik_cycle_admin:registrations"],
)
def test_admin_pages_do_not_grow_with_data(ki_client, ki_user, home_page, url_name):
    index = ConferenceIndexPageFactory(parent=home_page)
    small = conference_with(home_page, index, 1, ki_user)
    large = conference_with(home_page, index, 10, ki_user)

    counts = [
        count_queries(ki_client, reverse(url_name, args=[conference.pk]))
        for conference in (small, large)
    ]

    assert counts[0] == counts[1]


def test_registration_page_does_not_grow_with_data(client, ki_user, home_page):
    index = ConferenceIndexPageFactory(parent=home_page)
    small = conference_with(home_page, index, 1, ki_user)
    large = conference_with(home_page, index, 10, ki_user)
    user = UserFactory()
    for conference in (small, large):
        register(user, ForumPage.objects.child_of(conference).first().pk, conference)
    client.force_login(user)

    counts = [
        count_queries(client, reverse("ik_cycle:registration", args=[conference.pk]))
        for conference in (small, large)
    ]

    assert counts[0] == counts[1]


def test_ki_opens_every_admin_page(ki_client, ki_user, home_page):
    index = ConferenceIndexPageFactory(parent=home_page)
    conference = conference_with(home_page, index, 1, ki_user)

    for name in ["index", "invitations", "letter", "registrations", "prepare_next"]:
        args = [] if name == "index" else [conference.pk]
        assert ki_client.get(reverse(f"ik_cycle_admin:{name}", args=args)).status_code == 200
