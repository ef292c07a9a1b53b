"""Every URL the plugin serves needs a login, and only live results are visible outside the admin.

Checked twice: with the stand-alone intranet's LoginRequiredMiddleware, and without it, as on a
host site that relies on the plugin's own checks.
"""

import pytest
from django.urls import reverse

from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ForumPage,
    ReferentIndexPage,
    ResultStatementPage,
)
from tests.builders import build_conference_year

pytestmark = pytest.mark.django_db

LOGIN_REQUIRED_MIDDLEWARE = "django.contrib.auth.middleware.LoginRequiredMiddleware"


def plugin_urls(conference):
    forum = ForumPage.objects.child_of(conference).first()
    statement = ResultStatementPage.objects.child_of(forum).get()
    directory = ActorDirectoryPage.objects.get()
    return [
        ConferenceIndexPage.objects.get().url,
        conference.url,
        conference.url + "kalender/",
        forum.url,
        statement.url,
        ReferentIndexPage.objects.get().url,
        forum.forum_referents.first().referent.url,
        directory.url,
        directory.url + "?q=Initiative&field=sprache",
        directory.url_for_actor(conference.lead_actor),
        reverse("ik_cycle:registration", args=[conference.pk]),
        reverse("ik_cycle:my_registrations"),
        reverse("ik_cycle:programme", args=[conference.pk]),
        reverse("ik_cycle:forum_calendar", args=[forum.pk]),
        reverse("ik_cycle:my_calendar"),
        # The stand-alone intranet's own pages, also without the middleware.
        "/",
        reverse("search") + "?q=Sprache",
    ]


@pytest.mark.parametrize("with_middleware", [True, False], ids=["intranet", "host-site"])
def test_every_plugin_url_redirects_anonymous_visitors_to_login(
    client, settings, home_page, with_middleware
):
    if not with_middleware:
        settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != LOGIN_REQUIRED_MIDDLEWARE]
    conference = build_conference_year(home_page)

    responses = {url: client.get(url) for url in plugin_urls(conference)}

    assert {url: response.status_code for url, response in responses.items()} == dict.fromkeys(
        responses, 302
    )
    assert all(r.url.startswith(reverse("login") + "?next=") for r in responses.values())


def test_draft_results_are_not_found_by_site_search(user_client, home_page):
    conference = build_conference_year(home_page)
    statement = ResultStatementPage.objects.first()
    statement.summary = "Geheimentwurf Quartiersmütter"
    statement.save_revision()
    draft_only = ResultStatementPage.objects.child_of(ForumPage.objects.child_of(conference).last())
    draft_only.update(live=False)

    found = user_client.get(reverse("search"), {"q": "Geheimentwurf"})
    found_draft_only = user_client.get(reverse("search"), {"q": draft_only.get().title})

    assert list(found.context["page_obj"]) == []
    assert draft_only.get() not in list(found_draft_only.context["page_obj"])


def test_unpublished_result_statement_is_404_for_intranet_users(user_client, home_page):
    build_conference_year(home_page)
    statement = ResultStatementPage.objects.first()
    statement.unpublish()

    response = user_client.get(statement.url)

    assert response.status_code == 404
