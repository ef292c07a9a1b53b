"""The KI's admin views of the yearly cycle: invitation list, letter, sending, registrations,
exports and "Folgekonferenz vorbereiten". Every view needs the ``ik_cycle.manage_cycle`` right
and takes its objects through the conference in the URL (unknown ids are a 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ik_wagtail.actors.filters import ActorDirectoryFilterSet
from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ConferencePage, ForumPage

from . import invitations as invitation_logic
from .exports import FORMATS, invitation_export, participant_export
from .forms import (
    AddActorForm,
    InvitationActionForm,
    InvitationLetterForm,
    RegistrationSettingsForm,
)
from .models import InvitationSending, RegistrationSettings
from .next_year import FollowUpRefused, prepare_next_conference
from .registration import open_forums
from .roles import can_manage_cycle

PREVIEW_LIMIT = 50


class CycleAdminView(WagtailAdminTemplateMixin, View):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_cycle(request.user):
            raise PermissionDenied
        if "conference_id" in kwargs:
            self.conference = get_object_or_404(ConferencePage, pk=kwargs["conference_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {"url": reverse("ik_cycle_admin:index"), "label": _("Yearly cycle")},
        ]
        if getattr(self, "conference", None):
            items.append(
                {
                    "url": reverse("ik_cycle_admin:invitations", args=[self.conference.pk]),
                    "label": self.conference.title,
                }
            )
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["conference"] = getattr(self, "conference", None)
        return context


class CycleIndexView(CycleAdminView):
    page_title = gettext_lazy("Yearly cycle")
    template_name = "ik_cycle/admin/index.html"

    def get(self, request):
        conferences = ConferencePage.objects.defer_streamfields().order_by("-year")
        return self.render_to_response(self.get_context_data(conferences=conferences))


class InvitationsView(CycleAdminView):
    page_title = gettext_lazy("Invitations")
    template_name = "ik_cycle/admin/invitations.html"

    def selection(self, data):
        filterset = ActorDirectoryFilterSet(data, queryset=Actor.objects.all())
        criteria = [key for key in ActorDirectoryFilterSet.Meta.fields if data.get(key)]
        return filterset, criteria

    def get(self, request, conference_id, **forms):
        filterset, criteria = self.selection(request.GET)
        matching = None
        if criteria and filterset.is_valid():
            invited = set(self.conference.invitations.values_list("actor_id", flat=True))
            matching = list(invitation_logic.matching_actors(filterset))
            for actor in matching:
                actor.already_invited = actor.pk in invited
        sendings = list(InvitationSending.objects.filter(conference=self.conference)[:5])
        for sending in sendings:
            sending.progress = invitation_logic.sending_progress(sending)
        rows = invitation_logic.invitation_rows(self.conference)
        return self.render_to_response(
            self.get_context_data(
                filterset=filterset,
                matching=matching,
                matching_new=[a for a in matching or [] if not a.already_invited],
                preview_limit=PREVIEW_LIMIT,
                invitations=rows,
                flagged_count=sum(1 for row in rows if row.flags.no_email or row.flags.no_consent),
                add_form=forms.get("add_form") or AddActorForm(),
                action_form=forms.get("action_form")
                or InvitationActionForm(conference=self.conference),
                sendings=sendings,
            )
        )

    def post(self, request, conference_id):
        operation = request.POST.get("operation")
        if operation == "add_matching":
            return self.add_matching(request)
        if operation == "add_actor":
            return self.add_actor(request)
        if operation == "act":
            return self.act(request)
        if operation == "send_all":
            return self.send(request, list(self.conference.invitations.select_related("actor")))
        return self.get(request, conference_id)

    def add_matching(self, request):
        filterset, criteria = self.selection(request.POST)
        if not criteria or not filterset.is_valid():
            messages.error(request, _("Choose at least one valid criterion."))
            return self.get(request, self.conference.pk)
        added = invitation_logic.add_actors(
            self.conference, invitation_logic.matching_actors(filterset), request.user
        )
        messages.success(request, _("%(count)d actors added to the list.") % {"count": len(added)})
        return redirect("ik_cycle_admin:invitations", self.conference.pk)

    def add_actor(self, request):
        form = AddActorForm(request.POST)
        if not form.is_valid():
            return self.get(request, self.conference.pk, add_form=form)
        added = invitation_logic.add_actors(
            self.conference, [form.cleaned_data["actor"]], request.user
        )
        if added:
            messages.success(request, _("“%(name)s” added.") % {"name": form.cleaned_data["actor"]})
        else:
            messages.warning(
                request,
                _("“%(name)s” is already on the list.") % {"name": form.cleaned_data["actor"]},
            )
        return redirect("ik_cycle_admin:invitations", self.conference.pk)

    def act(self, request):
        form = InvitationActionForm(request.POST, conference=self.conference)
        if not form.is_valid():
            return self.get(request, self.conference.pk, action_form=form)
        action = form.cleaned_data["action"]
        invitations = list(form.cleaned_data["invitations"])
        if action == InvitationActionForm.SEND:
            return self.send(request, invitations)
        if action == InvitationActionForm.REMOVE:
            with transaction.atomic():
                for invitation in invitations:
                    invitation.delete()
            messages.success(request, _("%(count)d removed.") % {"count": len(invitations)})
        else:
            status = action.removeprefix("status:")
            with transaction.atomic():
                for invitation in invitations:
                    invitation_logic.change_status(invitation, status, request.user)
            messages.success(request, _("Status changed."))
        return redirect("ik_cycle_admin:invitations", self.conference.pk)

    def send(self, request, invitations):
        sending = invitation_logic.start_sending(self.conference, invitations, request.user)
        skipped = len(invitations) - sending.total
        message = _("Sending %(count)d invitations.") % {"count": sending.total}
        if skipped:
            message += " " + _("%(skipped)d without e-mail address were skipped.") % {
                "skipped": skipped
            }
        messages.success(request, message)
        return redirect("ik_cycle_admin:invitations", self.conference.pk)


class InvitationLetterView(CycleAdminView):
    page_title = gettext_lazy("Invitation letter")
    template_name = "ik_cycle/admin/letter.html"

    def get(self, request, conference_id):
        form = InvitationLetterForm(instance=invitation_logic.letter_for(self.conference))
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, conference_id):
        form = InvitationLetterForm(
            request.POST, instance=invitation_logic.letter_for(self.conference)
        )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("Invitation letter saved."))
        return redirect("ik_cycle_admin:invitations", self.conference.pk)


class InvitationExportView(CycleAdminView):
    def get(self, request, conference_id, export_format):
        if export_format not in FORMATS:
            raise Http404
        return invitation_export(self.conference, export_format)


class RegistrationsView(CycleAdminView):
    page_title = gettext_lazy("Forum registrations")
    template_name = "ik_cycle/admin/registrations.html"

    def settings_instance(self):
        return RegistrationSettings.objects.filter(conference=self.conference).first() or (
            RegistrationSettings(conference=self.conference)
        )

    def get(self, request, conference_id, form=None):
        forums = ForumPage.objects.child_of(self.conference).defer_streamfields()
        counted = {forum.pk: forum for forum in open_forums(self.conference)}
        forums = [counted.get(forum.pk, forum) for forum in forums.order_by("number", "path")]
        return self.render_to_response(
            self.get_context_data(
                forums=forums,
                form=form or RegistrationSettingsForm(instance=self.settings_instance()),
            )
        )

    def post(self, request, conference_id):
        form = RegistrationSettingsForm(request.POST, instance=self.settings_instance())
        if not form.is_valid():
            return self.get(request, conference_id, form=form)
        form.save()
        messages.success(request, _("Registration settings saved."))
        return redirect("ik_cycle_admin:registrations", self.conference.pk)


class ParticipantExportView(CycleAdminView):
    def get(self, request, conference_id, forum_id, export_format):
        if export_format not in FORMATS:
            raise Http404
        forum = get_object_or_404(ForumPage.objects.child_of(self.conference), pk=forum_id)
        return participant_export(forum, export_format)


class PrepareNextConferenceView(CycleAdminView):
    page_title = gettext_lazy("Prepare follow-up conference")
    template_name = "ik_cycle/admin/prepare_next.html"

    def get(self, request, conference_id):
        return self.render_to_response(self.get_context_data(next_year=self.conference.year + 1))

    def post(self, request, conference_id):
        try:
            new = prepare_next_conference(self.conference, request.user)
        except FollowUpRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("ik_cycle_admin:prepare_next", self.conference.pk)
        messages.success(
            request,
            _("“%(title)s” has been created as a draft.") % {"title": new.title},
        )
        return redirect("wagtailadmin_pages:edit", new.pk)
