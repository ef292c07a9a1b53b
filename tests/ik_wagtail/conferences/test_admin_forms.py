"""An editor builds a whole conference in the German admin; bad input gives form errors."""

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferencePage,
    ForumPage,
    ReferentIndexPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.taxonomy.models import FieldOfAction
from tests.factories import (
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
)
from tests.ik_wagtail.conferences.admin_forms import (
    actor_directory_form,
    conference_form,
    conference_index_form,
    forum_form,
    referent_form,
    referent_index_form,
    result_statement_form,
)


def add_page_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


class EditorBuildsAConferenceTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific

    def setUp(self):
        self.login()

    def test_editor_creates_every_page_type_with_valid_data(self):
        from ik_wagtail.actors.models import ActorDirectoryPage

        self.assertCanCreate(self.home, ConferenceIndexPage, conference_index_form())
        self.assertCanCreate(self.home, ReferentIndexPage, referent_index_form())
        self.assertCanCreate(self.home, ActorDirectoryPage, actor_directory_form())
        conference_index = ConferenceIndexPage.objects.get()
        self.assertCanCreate(conference_index, ConferencePage, conference_form())
        conference = ConferencePage.objects.get()
        sprache = FieldOfAction.objects.get(slug="sprache")
        self.assertCanCreate(conference, ForumPage, forum_form(field_of_action=sprache))
        self.assertCanCreate(ReferentIndexPage.objects.get(), ReferentPage, referent_form())
        forum = ForumPage.objects.get()
        self.assertCanCreate(forum, ResultStatementPage, result_statement_form())

        assert conference.live
        assert [block.block_type for block in ResultStatementPage.objects.get().results] == [
            "finding",
            "recommendation",
        ]
        assert sorted(ReferentPage.objects.get().expertise.names()) == ["Kita", "Sprache"]

    def test_new_conference_defaults_to_the_integration_centre_as_lead(self):
        ki = ActorFactory(name="Kommunales Integrationszentrum", kind=ActorKind.INTEGRATION_CENTRE)
        conference_index = ConferenceIndexPageFactory(parent=self.home)

        response = self.client.get(add_page_url(ConferencePage, conference_index))

        assert response.status_code == 200
        assert response.context["page"].lead_actor == ki


@pytest.fixture
def conference_index(home_page):
    return ConferenceIndexPageFactory(parent=home_page)


def publish(client, url, data):
    return client.post(url, {**data, "action-publish": "action-publish"})


@pytest.mark.django_db
def test_duplicate_year_is_a_form_error(admin_client_logged_in, conference_index):
    ConferencePageFactory(parent=conference_index, year=2027)

    response = publish(
        admin_client_logged_in,
        add_page_url(ConferencePage, conference_index),
        conference_form(year=2027, slug="zweite-2027"),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["year"] == [
        "Für dieses Jahr gibt es bereits eine Integrationskonferenz."
    ]
    assert ConferencePage.objects.count() == 1


@pytest.mark.django_db
def test_missing_lead_theme_is_a_form_error_even_for_a_draft(
    admin_client_logged_in, conference_index
):
    response = admin_client_logged_in.post(
        add_page_url(ConferencePage, conference_index), conference_form(lead_theme="")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["lead_theme"] == ["Dieses Feld muss ausgefüllt werden."]
    assert ConferencePage.objects.count() == 0


@pytest.mark.django_db
def test_result_block_without_text_is_a_form_error(admin_client_logged_in, conference_index):
    forum = ForumPageFactory(parent=ConferencePageFactory(parent=conference_index))

    response = publish(
        admin_client_logged_in,
        add_page_url(ResultStatementPage, forum),
        result_statement_form(blocks=[("finding", {"field_of_action": "", "text": ""})]),
    )

    assert response.status_code == 200
    assert "results" in response.context["form"].errors
    assert ResultStatementPage.objects.count() == 0
