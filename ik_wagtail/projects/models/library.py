import functools

from django.contrib import messages
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types
from ik_wagtail.exports import csv_response

from ..columns import CONTACT_HEADINGS, HEADINGS, project_rows
from ..facets import build_facets
from ..filters import LibrarySearch
from ..forms import ProjectProposalForm
from ..proposals import proposal_limit_reached, submit_proposal
from ..references import project_references
from ..similar import similar_projects
from .project import IntegrationProject

PROJECTS_PER_PAGE = 20


class ProjectLibraryPage(IntranetPageMixin, RoutablePageMixin, Page):
    """Gute-Praxis-Börse: German full-text search and facets over the live projects.

    Routes: the search (``?q=…&field=…&page=…``, all state in the query string), its CSV
    download, one detail view per project (``projekte/<slug>/``) and the proposal form.
    """

    introduction = models.TextField(gettext_lazy("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = gettext_lazy("project library")
        verbose_name_plural = gettext_lazy("project libraries")

    @path("")
    def library(self, request):
        search = LibrarySearch(request.GET, request)
        page_obj = search.page(request.GET.get("page"), PROJECTS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "search": search,
                "search_form": search.form,
                "facets": build_facets(search, request.GET),
                "page_obj": page_obj,
                "results": page_obj.object_list,
            },
        )

    @path("export/", name="export")
    def export(self, request):
        """The current search result as CSV, in the import's column set, without contact data."""
        search = LibrarySearch(request.GET, request)
        columns = [
            index for index, heading in enumerate(HEADINGS) if heading not in CONTACT_HEADINGS
        ]
        rows = (
            [row[index] for index in columns]
            for row in project_rows(
                search.all_result_ids(), among=IntegrationProject.objects.live()
            )
        )
        return csv_response(
            "gute-praxis-projekte.csv", [HEADINGS[index] for index in columns], rows
        )

    @path("projekte/<slug:project_slug>/", name="project_detail")
    def project_detail(self, request, project_slug):
        project = get_object_or_404(IntegrationProject.objects.live(), slug=project_slug)

        @functools.cache
        def project_details():
            return IntegrationProject.objects.for_detail().get(pk=project.pk)

        return self.render(
            request,
            template="ik_projects/project_detail.html",
            context_overrides={
                "project": project,
                # Lazy: read only when the cached part of the page is rendered.
                "project_details": SimpleLazyObject(project_details),
                "similar_projects": SimpleLazyObject(lambda: similar_projects(project_details())),
                "references": SimpleLazyObject(lambda: project_references(project_details())),
            },
        )

    @path("vorschlagen/", name="propose")
    def propose(self, request):
        form = ProjectProposalForm(request.POST if request.method == "POST" else None)
        if form.is_bound and (refusal := proposal_limit_reached(request.user)):
            form.add_error(None, refusal)
        if form.is_valid():
            project = submit_proposal(form, request.user)
            messages.success(
                request,
                _(
                    "Thank you! Your proposal “%(title)s” has been sent to the Kommunales "
                    "Integrationszentrum."
                )
                % {"title": project.title},
            )
            return redirect(self.url + self.reverse_subpage("proposal_thanks"))
        return self.render(
            request,
            template="ik_projects/project_proposal.html",
            context_overrides={"form": form},
        )

    @path("vorschlagen/danke/", name="proposal_thanks")
    def proposal_thanks(self, request):
        return self.render(request, template="ik_projects/project_proposal_thanks.html")

    def url_for_project(self, project, request=None):
        return self.get_url(request) + self.reverse_subpage("project_detail", args=[project.slug])
