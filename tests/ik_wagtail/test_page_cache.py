"""Cached parts of pages (``{% ik_pagecache %}``): never older than the data, never a preview,
never another user's."""

import datetime

import pytest
from django.contrib.auth.models import update_last_login
from django.contrib.sessions.models import Session
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.invitations import add_actors
from ik_wagtail.derived import PAGES, generations_of_rows
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorLink
from tests.factories import (
    ActorDirectoryPageFactory,
    ActorFactory,
    ProjectFactory,
    ProjectLibraryPageFactory,
)

pytestmark = pytest.mark.django_db


FRAGMENT = Template('{% load ik_tags %}{% ik_pagecache "forum" %}{{ value }}{% endik_pagecache %}')


def render_fragment(page, value, *, preview=False):
    request = RequestFactory().get(page.url)
    request.is_preview = preview
    return FRAGMENT.render(Context({"request": request, "page": page, "value": value}))


def test_fragment_is_rendered_once_until_the_content_changes(home_page):
    first = render_fragment(home_page, "erste Fassung")
    cached = render_fragment(home_page, "zweite Fassung")
    PAGES.bump()
    renewed = render_fragment(home_page, "zweite Fassung")

    assert (first, cached, renewed) == ("erste Fassung", "erste Fassung", "zweite Fassung")


def test_fragment_of_a_preview_is_neither_read_nor_stored(home_page):
    live = render_fragment(home_page, "veröffentlicht")
    preview = render_fragment(home_page, "Entwurf", preview=True)
    live_again = render_fragment(home_page, "Entwurf")

    assert (live, preview, live_again) == ("veröffentlicht", "Entwurf", "veröffentlicht")


def test_conference_page_shows_a_renamed_actor_after_a_cached_render(user_client, conference):
    invitee = conference.invitations.select_related("actor").first().actor
    before = user_client.get(conference.url)
    invitee.name = "Caritasverband Heinsberg (neuer Name)"
    invitee.save()

    after = user_client.get(conference.url)

    assert "Caritasverband Heinsberg (neuer Name)" not in before.text
    assert "Caritasverband Heinsberg (neuer Name)" in after.text


def test_conference_page_shows_invitations_added_in_bulk(user_client, conference, superuser):
    user_client.get(conference.url)
    newcomer = ActorFactory(name="Sportverein Gangelt 1921")
    user_client.get(conference.url)  # cached again after the actor was created

    add_actors(conference, [newcomer], superuser)

    assert "Sportverein Gangelt 1921" in user_client.get(conference.url).text


def test_forum_page_caches_content_but_not_the_result_entry_button(
    client, conference, superuser, intranet_user
):
    forum = ForumPage.objects.child_of(conference).first()
    client.force_login(superuser)
    editor_view = client.get(forum.url)
    client.force_login(intranet_user)

    reader_view = client.get(forum.url)

    assert "Ergebnisse bearbeiten" in editor_view.text
    assert "Ergebnisse bearbeiten" not in reader_view.text
    assert forum.guiding_question in reader_view.text


def test_project_page_shows_changes_after_a_cached_render(user_client, home_page):
    library = ProjectLibraryPageFactory(parent=home_page)
    project = ProjectFactory(title="Sprachcafé Wassenberg")
    url = library.url_for_project(project)
    user_client.get(url)
    project.summary = "Jetzt auch mittwochs im Jugendheim."
    project.save()

    assert "Jetzt auch mittwochs im Jugendheim." in user_client.get(url).text


def assert_cached_page_reads_no_relations(client, url, shown, relations):
    """The page's second request, its part from the cache, still shows ``shown`` but reads
    none of the tables named by ``relations``."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert response.status_code == 200
    for text in shown:
        assert text in response.text
    for relation in relations:
        assert relation not in sql


def test_cached_project_page_reads_none_of_the_projects_relations(user_client, home_page):
    library = ProjectLibraryPageFactory(parent=home_page)
    project = ProjectFactory(title="Sprachcafé Wassenberg")
    project.tags.add("Begegnung")
    project.save()  # a cluster's tags are written on save

    assert_cached_page_reads_no_relations(
        user_client,
        library.url_for_project(project),
        shown=["<h1>Sprachcafé Wassenberg</h1>", "Begegnung"],
        relations=["_municipalities", "_fields_of_action", "taggedintegrationproject"],
    )


def test_cached_actor_page_reads_none_of_the_actors_relations(user_client, home_page):
    directory = ActorDirectoryPageFactory(parent=home_page)
    actor = ActorFactory(name="Caritasverband Heinsberg")
    actor.tags.add("Beratung")

    assert_cached_page_reads_no_relations(
        user_client,
        directory.url_for_actor(actor),
        shown=["<h1>Caritasverband Heinsberg</h1>", "Beratung"],
        relations=["_municipalities", "_fields_of_action", "taggedactor"],
    )


def test_library_results_show_changes_after_a_cached_search(user_client, home_page):
    library = ProjectLibraryPageFactory(parent=home_page)
    project = ProjectFactory(title="Sprachcafé Wassenberg")
    user_client.get(f"{library.url}?q=Sprachcafé")
    project.summary = "Jetzt auch mittwochs im Jugendheim."
    project.save()

    response = user_client.get(f"{library.url}?q=Sprachcafé")

    assert "Jetzt auch mittwochs im Jugendheim." in response.text


def test_signing_in_and_sessions_keep_the_cached_parts(intranet_user):
    version = PAGES.current()
    update_last_login(sender=None, user=intranet_user)
    Session.objects.create(
        session_key="x" * 32,
        session_data="",
        expire_date=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
    )

    assert PAGES.current() == version


def test_saving_a_draft_keeps_the_cached_parts(conference):
    version = PAGES.current()
    conference.title = "Integrationskonferenz (Entwurf)"

    conference.save_revision()

    assert PAGES.current() == version


def test_saving_a_record_that_pages_show_renews_the_version(intranet_user):
    version = PAGES.current()
    intranet_user.last_name = "Kaya-Schmitz"
    intranet_user.save()

    assert PAGES.current() != version


def test_network_rebuild_renews_the_version_itself_without_row_signals(conference):
    version = PAGES.current()

    rebuild_network()

    assert ActorLink not in generations_of_rows()
    assert PAGES.current() != version


def test_image_renditions_made_while_rendering_do_not_renew_the_version():
    rendition_model = get_image_model().get_rendition_model()

    assert rendition_model not in generations_of_rows()
    assert "pages" in generations_of_rows()[get_image_model()]
