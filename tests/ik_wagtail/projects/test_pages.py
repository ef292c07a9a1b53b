"""ProjectLibraryPage: where it may be created; it routes, renders, edits and previews."""

from django.test import RequestFactory
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from ik_wagtail.projects.models import ProjectLibraryPage
from tests.factories import ProjectFactory, ProjectLibraryPageFactory


class ProjectLibraryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = Site.objects.get(is_default_site=True).root_page.specific
        cls.library = ProjectLibraryPageFactory(parent=home)
        cls.project = ProjectFactory(title="Sprachcafé Wassenberg")

    def setUp(self):
        self.user = self.login()

    def test_library_is_created_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ProjectLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectLibraryPage, set())
        self.assertCanNotCreateAt(Page, ProjectLibraryPage)

    def test_there_is_one_library(self):
        self.assertFalse(ProjectLibraryPage.can_create_at(self.library.get_parent().specific))

    def test_library_routes_render(self):
        for route in ["", "?q=Sprachcafé", "projekte/sprachcafe-wassenberg/", "vorschlagen/"]:
            with self.subTest(route=route):
                self.assertPageIsRoutable(self.library, route.split("?")[0])
                self.assertPageIsRenderable(self.library, route.split("?")[0])

    def test_library_is_editable_and_previewable(self):
        self.assertPageIsEditable(self.library)
        self.assertPageIsPreviewable(self.library)

    def test_project_preview_renders_the_detail_template(self):
        request = RequestFactory().get("/")
        request.user = self.user

        response = self.project.serve_preview(request, "")
        response.render()

        self.assertContains(response, "<h1>Sprachcafé Wassenberg</h1>")
