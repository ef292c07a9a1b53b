"""The KI's calendar of status request rounds (Sachstandsabfragen)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from ik_wagtail.admin_menu import IK_MENU_HOOK

from .models import StatusRequestRound


class StatusRequestRoundViewSet(ModelViewSet):
    model = StatusRequestRound
    name = "ik_status_rounds"
    url_prefix = "ik-sachstandsabfragen"
    icon = "date"
    menu_label = _("Status requests")
    menu_order = 330
    add_to_admin_menu = True
    copy_view_enabled = False
    form_fields = ["conference", "date"]
    list_display = ["conference", "date", "sent_at"]

    @property
    def menu_hook(self):
        return IK_MENU_HOOK
