"""Every page type: where it may be created, and that it routes, renders, edits and previews."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferencePage,
    ForumPage,
    ReferentIndexPage,
    ReferentPage,
    ResultStatementPage,
)
from tests.builders import build_conference_year
from tests.ik_wagtail.conferences.admin_forms import conference_form, result_statement_form


class ConferencePageTypesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.conference = build_conference_year(cls.home)
        cls.forum = ForumPage.objects.child_of(cls.conference).first()
        cls.pages = [
            cls.conference.get_parent().specific,
            cls.conference,
            cls.forum,
            ResultStatementPage.objects.child_of(cls.forum).get(),
            ReferentIndexPage.objects.get(),
            ReferentPage.objects.first(),
            ActorDirectoryPage.objects.get(),
        ]

    def setUp(self):
        self.login()

    def test_section_pages_are_created_under_the_home_page_only(self):
        for page_type in [ConferenceIndexPage, ReferentIndexPage, ActorDirectoryPage]:
            self.assertAllowedParentPageTypes(page_type, {HomePage})

    def test_tree_rules_follow_the_design(self):
        self.assertAllowedSubpageTypes(ConferenceIndexPage, {ConferencePage})
        self.assertAllowedSubpageTypes(ConferencePage, {ForumPage})
        self.assertAllowedSubpageTypes(ForumPage, {ResultStatementPage})
        self.assertAllowedSubpageTypes(ResultStatementPage, set())
        self.assertAllowedSubpageTypes(ReferentIndexPage, {ReferentPage})
        self.assertAllowedSubpageTypes(ReferentPage, set())
        self.assertAllowedParentPageTypes(ForumPage, {ConferencePage})
        self.assertAllowedParentPageTypes(ResultStatementPage, {ForumPage})
        self.assertAllowedParentPageTypes(ReferentPage, {ReferentIndexPage})

    def test_pages_cannot_be_created_in_the_wrong_place(self):
        self.assertCanNotCreateAt(Page, ForumPage)
        self.assertCanNotCreateAt(HomePage, ConferencePage)
        self.assertCanNotCreateAt(ConferenceIndexPage, ForumPage)
        self.assertCanNotCreateAt(ReferentIndexPage, ConferencePage)
        self.assertCanCreateAt(ConferencePage, ForumPage)

    def test_a_forum_gets_only_one_result_statement(self):
        self.assertFalse(ResultStatementPage.can_create_at(self.forum))
        empty_forum = ForumPage.objects.child_of(self.conference).last()
        ResultStatementPage.objects.child_of(empty_forum).delete()
        empty_forum.refresh_from_db()
        self.assertTrue(ResultStatementPage.can_create_at(empty_forum))

    def test_every_page_type_is_routable_and_renders(self):
        for page in self.pages:
            with self.subTest(page_type=type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)

    def editor_post_data(self, page):
        """StreamField pages need explicit data; Wagtail extracts the rest from the edit form."""
        if isinstance(page, ConferencePage):
            return conference_form(year=page.year, slug=page.slug)
        if isinstance(page, ResultStatementPage):
            return result_statement_form(slug=page.slug)
        return None

    def test_every_page_type_is_editable_and_previewable_in_the_admin(self):
        for page in self.pages:
            with self.subTest(page_type=type(page).__name__):
                self.assertPageIsEditable(page, post_data=self.editor_post_data(page))
                self.assertPageIsPreviewable(page, post_data=self.editor_post_data(page))

    def test_actor_detail_and_calendar_routes_resolve(self):
        directory = ActorDirectoryPage.objects.get()
        self.assertPageIsRoutable(directory, route_path=f"{self.conference.lead_actor.slug}/")
        self.assertPageIsRenderable(directory, route_path=f"{self.conference.lead_actor.slug}/")
        self.assertPageIsRenderable(self.conference, route_path="kalender/")
