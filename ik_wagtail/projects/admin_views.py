"""Admin views of the project library: the snippet listing with its export, and the import."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.rich_text import RichText
from wagtail.snippets.views.snippets import IndexView, InspectView

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.exports import SafeSpreadsheetExportMixin
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .columns import project_rows
from .enums import ImportState, ProjectStatus
from .forms import ProjectImportForm
from .import_jobs import queue_import, rows_done
from .importing import MAX_FILE_BYTES, ImportFileError, plan_import
from .models import IntegrationProject, PendingProjectImport

# Snippet listing -----------------------------------------------------------------------------


class IntegrationProjectFilterSet(WagtailFilterSet):
    live = django_filters.BooleanFilter(label=gettext_lazy("Published"))
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=ProjectStatus.choices
    )
    field_of_action = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Field of action"),
        field_name="fields_of_action",
        queryset=FieldOfAction.objects.all(),
    )
    municipality = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Municipality"),
        field_name="municipalities",
        queryset=Municipality.objects.all(),
    )
    target_group = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Target group"),
        field_name="target_groups",
        queryset=TargetGroup.objects.all(),
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind of lead organisation"),
        field_name="lead_actor__kind",
        choices=ActorKind.choices,
    )

    class Meta:
        model = IntegrationProject
        fields = ["live", "status", "field_of_action", "municipality", "target_group", "kind"]


class IntegrationProjectIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The snippet listing; its CSV/XLSX export uses the import's column set (re-importable)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("lead_actor")

    def export_rows(self, queryset):
        """The listing's filtered, ordered projects as plain rows (``project_rows``)."""
        return project_rows(queryset.values_list("pk", flat=True))

    def get_heading(self, queryset, field):
        return field


class IntegrationProjectInspectView(InspectView):
    def get_description_display_value(self):
        """The description as formatted text, not as its HTML source."""
        return RichText(self.object.description)


# Import --------------------------------------------------------------------------------------

PENDING_IMPORT_LIFETIME = datetime.timedelta(days=1)


def user_can_import(user):
    """Imports create and publish projects, so they need both permissions."""
    return user.has_perms(
        ["ik_projects.add_integrationproject", "ik_projects.publish_integrationproject"]
    )


class ProjectImportView(WagtailAdminTemplateMixin, View):
    """Upload a file, see what it would change, confirm: nothing is written before that."""

    page_title = gettext_lazy("Import projects")
    header_icon = "upload"
    template_name = "ik_projects/admin/import.html"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_ik_projects_integrationproject:list"),
                "label": IntegrationProject._meta.verbose_name_plural,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ProjectImportForm()))

    def post(self, request):
        form = ProjectImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        content = upload.read(MAX_FILE_BYTES + 1)
        try:
            plan = plan_import(content, upload.name)
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        if not plan.is_valid:
            return self.render_to_response(self.get_context_data(form=form, plan=plan))
        PendingProjectImport.objects.filter(
            state=ImportState.PREVIEWED, uploaded_at__lt=timezone.now() - PENDING_IMPORT_LIFETIME
        ).delete()
        pending = PendingProjectImport.objects.create(
            uploaded_by=request.user,
            file_name=upload.name[:255],
            content=content,
            rows_to_write=len(plan.changed_rows),
        )
        return self.render_to_response(self.get_context_data(form=None, plan=plan, pending=pending))


class ProjectImportConfirmView(ProjectImportView):
    """Queue the previewed import for the worker and show its progress: the request never
    waits for thousands of projects to be written."""

    http_method_names = ["post"]

    def post(self, request, pk):
        job = get_object_or_404(
            PendingProjectImport, pk=pk, uploaded_by=request.user, state=ImportState.PREVIEWED
        )
        job.overwrite_drafts = request.POST.get("overwrite_drafts") == "on"
        if job.overwrite_drafts:
            plan = plan_import(bytes(job.content), job.file_name, overwrite_drafts=True)
            job.rows_to_write = len(plan.changed_rows)
        job.save(update_fields=["overwrite_drafts", "rows_to_write"])
        queue_import(job)
        return redirect("ik_projects_import_status", job.pk)


class ProjectImportStatusView(ProjectImportView):
    """Where a confirmed import stands; the page asks again by itself until it has finished
    (``Accept: application/json`` gives the state to its script)."""

    http_method_names = ["get"]
    template_name = "ik_projects/admin/import_status.html"
    page_title = gettext_lazy("Project import")

    def get(self, request, pk):
        job = get_object_or_404(
            PendingProjectImport.objects.exclude(state=ImportState.PREVIEWED),
            pk=pk,
            uploaded_by=request.user,
        )
        done = rows_done(job)
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(
                {
                    "state": job.state,
                    "finished": job.is_finished,
                    "done": done,
                    "total": job.rows_to_write,
                }
            )
        return self.render_to_response(self.get_context_data(job=job, done=done))
