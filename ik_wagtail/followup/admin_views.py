"""The KI's review queue of status reports (approve or return, one at a time or many at once)
and the import of implementation status from a spreadsheet."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ik_wagtail.projects.forms import ProjectImportForm
from ik_wagtail.projects.importing import MAX_FILE_BYTES, ImportFileError

from .enums import ReviewState
from .forms import ReviewForm
from .models import StatusReport
from .reports import approve, return_reports
from .status_import import apply_status_import, plan_status_import

REVIEW_PERMISSION = "ik_concept.change_recommendationtracking"
REPORTS_PER_PAGE = 100


def can_review(user):
    return user.is_active and user.has_perm(REVIEW_PERMISSION)


def pending_reports():
    return StatusReport.objects.filter(review_state=ReviewState.PENDING)


class ReviewQueueView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Status reports to review")
    header_icon = "tasks"
    template_name = "ik_followup/admin/review_queue.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, form=None):
        reports = pending_reports().select_related("tracking", "actor", "reported_by")
        page = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("p"))
        return self.render_to_response(
            self.get_context_data(
                page=page,
                form=form or ReviewForm(queryset=pending_reports()),
                total=page.paginator.count,
            )
        )

    def post(self, request):
        form = ReviewForm(request.POST, queryset=pending_reports())
        if not form.is_valid():
            return self.get(request, form=form)
        reports = StatusReport.objects.filter(pk__in=[r.pk for r in form.cleaned_data["reports"]])
        note = form.cleaned_data["note"]
        if form.cleaned_data["decision"] == "approve":
            count = approve(reports, request.user, note)
            text = ngettext(
                "%(count)s report approved: the recommendation shows it now.",
                "%(count)s reports approved: the recommendations show them now.",
                count,
            )
        else:
            count = return_reports(reports, request.user, note)
            text = ngettext("%(count)s report returned.", "%(count)s reports returned.", count)
        messages.success(request, text % {"count": count})
        return redirect("ik_followup_review")


class StatusImportView(WagtailAdminTemplateMixin, View):
    """Upload a spreadsheet with the roll-up export's columns: every bad line is listed and
    nothing changes, or every changed status is written."""

    page_title = gettext_lazy("Import implementation status")
    header_icon = "upload"
    template_name = "ik_followup/admin/status_import.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ProjectImportForm()))

    def post(self, request):
        form = ProjectImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        try:
            plan = plan_status_import(upload.read(MAX_FILE_BYTES + 1), upload.name)
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        if not plan.is_valid:
            return self.render_to_response(self.get_context_data(form=form, plan=plan))
        changed = apply_status_import(plan, request.user, upload.name)
        messages.success(
            request,
            _(
                "%(changed)s statuses changed, %(unchanged)s unchanged, %(ignored)s rows that "
                "are not recommendations ignored."
            )
            % {"changed": changed, "unchanged": plan.unchanged, "ignored": plan.ignored},
        )
        return redirect("ik_followup_status_import")
