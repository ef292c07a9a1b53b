from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class StatusHistoryPanel(Panel):
    """Read-only list of a tracking record's status changes (who, when, status, note)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("History"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "ik_concept/admin/status_history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["changes"] = (
                self.instance.changes.select_related("changed_by") if self.instance.pk else []
            )
            return context
