import django_filters
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ik_wagtail.admin_menu import IK_MENU_HOOK
from ik_wagtail.conferences.models.result import RESULT_ANNOTATION_HOOK

from .enums import RecommendationStatus
from .forms import BulkStatusForm, RecommendationTrackingForm
from .models import RecommendationTracking
from .panels import StatusHistoryPanel


class RecommendationTrackingFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Implementation status"), choices=RecommendationStatus.choices
    )
    year = django_filters.NumberFilter(
        label=_("Conference year"), field_name="records__conference_year", distinct=True
    )

    class Meta:
        model = RecommendationTracking
        fields = ["status", "year"]


class RecommendationTrackingViewSet(SnippetViewSet):
    """The KI's follow-up of recommendations (Umsetzungsstand), one at a time or in bulk."""

    model = RecommendationTracking
    icon = "tasks"
    menu_label = _("Implementation status")
    menu_name = "umsetzungsstand"
    menu_order = 300
    menu_hook = IK_MENU_HOOK
    url_prefix = "ik/umsetzungsstand"
    list_display = ["title", "status", "updated_at"]
    list_filter = None
    filterset_class = RecommendationTrackingFilterSet
    search_fields = ["title"]
    inspect_view_enabled = True
    add_to_admin_menu = False
    edit_handler = ObjectList(
        [
            FieldPanel("title", read_only=True),
            FieldPanel("status"),
            FieldPanel("note"),
            FieldPanel("responsible_actors"),
            StatusHistoryPanel(),
        ],
        base_form_class=RecommendationTrackingForm,
    )


register_snippet(RecommendationTrackingViewSet)


@hooks.register(RESULT_ANNOTATION_HOOK)
def implementation_status_of_recommendations(statement):
    """ "Was wurde aus …?": each recommendation shows its current status and history."""
    trackings = RecommendationTracking.objects.filter(page=statement).prefetch_related(
        "responsible_actors", "changes"
    )
    return {
        tracking.block_id: render_to_string(
            "ik_concept/includes/tracking_annotation.html", {"tracking": tracking}
        )
        for tracking in trackings
    }


@hooks.register("register_bulk_action")
class SetStatusBulkAction(SnippetBulkAction):
    display_name = _("Set status")
    action_type = "set_status"
    aria_label = _("Set the implementation status of the selected recommendations")
    template_name = "ik_concept/admin/confirm_bulk_set_status.html"
    action_priority = 10
    form_class = BulkStatusForm
    models = [RecommendationTracking]

    def check_perm(self, tracking):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", tracking
        )

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "user": self.request.user,
            **self.cleaned_form.cleaned_data,
        }

    @classmethod
    def execute_action(cls, objects, user=None, status=None, note="", **kwargs):
        for tracking in objects:
            tracking.change_status(status, note, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "The status of %(count)d recommendation has been set.",
            "The status of %(count)d recommendations has been set.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
