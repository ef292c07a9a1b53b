"""The main navigation: cached, and never older than the page tree."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ConferenceIndexPageFactory, ReferentIndexPageFactory

pytestmark = pytest.mark.django_db


def navigation(response):
    start = response.text.index('<nav class="site-nav"')
    return response.text[start : response.text.index("</nav>", start)]


def test_menu_pages_appear_and_disappear_with_publishing(user_client, home_page):
    conferences = ConferenceIndexPageFactory(parent=home_page, show_in_menus=True)
    conferences.save_revision().publish()
    assert "Integrationskonferenzen" in navigation(user_client.get("/"))

    conferences.unpublish()
    assert "Integrationskonferenzen" not in navigation(user_client.get("/"))

    conferences.save_revision().publish()
    conferences.title = "Konferenzen des Kreises"
    conferences.save_revision().publish()
    assert "Konferenzen des Kreises" in navigation(user_client.get("/"))

    conferences.delete()
    assert "Konferenzen des Kreises" not in navigation(user_client.get("/"))


def test_moving_a_page_updates_the_menu(user_client, home_page):
    referents = ReferentIndexPageFactory(parent=home_page, show_in_menus=True)
    referents.save_revision().publish()
    conferences = ConferenceIndexPageFactory(parent=home_page, show_in_menus=True)
    conferences.save_revision().publish()
    assert "Referentinnen und Referenten" in navigation(user_client.get("/"))

    referents.move(conferences, pos="last-child")

    assert "Referentinnen und Referenten" not in navigation(user_client.get("/"))


def test_current_section_is_marked_and_the_menu_costs_no_query(user_client, home_page):
    conferences = ConferenceIndexPageFactory(parent=home_page, show_in_menus=True)
    conferences.save_revision().publish()
    user_client.get("/")

    with CaptureQueriesContext(connection) as queries:
        response = user_client.get(conferences.url)

    assert 'aria-current="page">Integrationskonferenzen' in navigation(response)
    filters = [query["sql"].split(" WHERE ", 1)[-1] for query in queries]
    assert not any("show_in_menus" in where for where in filters)
