"""The KI's view of the e-mail outbox: what went out, what waits for a retry, what failed.

Read-only except for "Erneut senden": messages come from the plugin's actions, never from the
admin, and are never edited (the text that was sent is the record).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from .admin_menu import IK_MENU_HOOK
from .mail import retry_mail
from .models import MailStatus, OutgoingMail


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Seeing the outbox needs the model's "view" permission (the KI group has it); adding,
    editing and deleting messages is nobody's business."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


class OutboxIndexView(IndexView):
    retry_url_name = None

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.model.objects.filter(status=MailStatus.FAILED).exists():
            buttons.append(
                HeaderButton(
                    _("Send all failed e-mails again"),
                    url=reverse(self.retry_url_name),
                    icon_name="repeat",
                )
            )
        return buttons


class OutboxInspectView(InspectView):
    template_name = "ik_wagtail/admin/outgoing_mail_inspect.html"
    retry_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_retry"] = self.object.status in {MailStatus.QUEUED, MailStatus.FAILED}
        context["retry_url"] = reverse(self.retry_url_name, args=[self.object.pk])
        return context


class RetryMailView(WagtailAdminTemplateMixin, View):
    """Queue one message (POST from its page), or all failed ones (GET asks, POST does), for an
    immediate new attempt."""

    viewset = None
    template_name = "ik_wagtail/admin/outgoing_mail_retry.html"
    page_title = gettext_lazy("Send failed e-mails again")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, pk=None):
        if pk is not None:
            return redirect(self.viewset.get_url_name("inspect"), pk)
        failed = OutgoingMail.objects.filter(status=MailStatus.FAILED).count()
        return self.render_to_response(
            self.get_context_data(failed=failed, index_url=self.viewset.get_url_name("index"))
        )

    def post(self, request, pk=None):
        if pk is None:
            mails = OutgoingMail.objects.filter(status=MailStatus.FAILED)
            target = self.viewset.get_url_name("index")
        else:
            mails = OutgoingMail.objects.filter(pk=get_object_or_404(OutgoingMail, pk=pk).pk)
            target = None
        count = retry_mail(mails)
        if count:
            messages.success(
                request,
                ngettext(
                    "%(count)s e-mail has been queued again.",
                    "%(count)s e-mails have been queued again.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.info(request, _("There was nothing to send again."))
        if target:
            return redirect(target)
        return redirect(self.viewset.get_url_name("inspect"), pk)


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "mail"
    menu_label = gettext_lazy("E-mail delivery")
    menu_order = 900
    add_to_admin_menu = True
    name = "ik_mail"
    url_prefix = "ik-mail"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    list_display = ["subject", "recipient", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    # Required by the viewset; the permission policy refuses its add and edit views anyway.
    form_fields = ["status"]
    search_fields = ["subject", "recipient", "cause"]
    inspect_view_fields = [
        "recipient",
        "subject",
        "body",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "cause",
    ]

    @property
    def menu_hook(self):
        return IK_MENU_HOOK

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            retry_url_name=self.get_url_name("retry_failed"), **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(retry_url_name=self.get_url_name("retry"), **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry-failed/", RetryMailView.as_view(viewset=self), name="retry_failed"),
            path("<int:pk>/retry/", RetryMailView.as_view(viewset=self), name="retry"),
        ]
