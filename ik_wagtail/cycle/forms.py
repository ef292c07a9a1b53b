from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.visibility import visible_to

from .invitations import letter_problems
from .models import InvitationLetter, RegistrationSettings


class InvitationLetterForm(forms.ModelForm):
    class Meta:
        model = InvitationLetter
        fields = ["subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18})}

    def clean(self):
        cleaned = super().clean()
        for field in ["subject", "body"]:
            unknown = letter_problems(cleaned.get(field) or "")
            if unknown:
                self.add_error(
                    field,
                    _("Unknown placeholders: %(names)s") % {"names": ", ".join(unknown)},
                )
        if "${reply_link}" not in (cleaned.get("body") or "") and "$reply_link" not in (
            cleaned.get("body") or ""
        ):
            self.add_error("body", _("The text must contain the reply link ${reply_link}."))
        return cleaned


class AddActorForm(forms.Form):
    actor = forms.ModelChoiceField(label=_("Actor"), queryset=Actor.objects.order_by("name"))


class InvitationActionForm(forms.Form):
    """An action on invitations the KI ticked; only this conference's invitations are valid."""

    SEND = "send"
    REMOVE = "remove"
    ACTIONS = [
        (SEND, _("Send the invitation e-mail")),
        *[
            (f"status:{value}", format_lazy(_("Set status: {status}"), status=label))
            for value, label in InvitationStatus.choices
        ],
        (REMOVE, _("Remove from the list")),
    ]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    invitations = forms.ModelMultipleChoiceField(
        label=_("Invitations"), queryset=None, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, conference, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invitations"].queryset = conference.invitations.select_related(
            "actor", "conference"
        )


class RegistrationSettingsForm(forms.ModelForm):
    class Meta:
        model = RegistrationSettings
        fields = [
            "is_open",
            "max_forums_per_person",
            "remind_participants",
            "participant_reminder_days",
            "remind_moderators",
            "moderator_reminder_days",
        ]


class RegistrationForm(forms.Form):
    forum = forms.ModelChoiceField(label=_("Forum"), queryset=ForumPage.objects.none())
    organisation = forms.CharField(
        label=_("Your organisation (for the participant list)"), max_length=200, required=False
    )

    def __init__(self, *args, conference, request, **kwargs):
        super().__init__(*args, **kwargs)
        # Only forums this person may open: a restricted forum is not offered to others.
        self.fields["forum"].queryset = visible_to(ForumPage.objects.child_of(conference), request)


class ReplyForm(forms.Form):
    answer = forms.ChoiceField(
        choices=[("accept", _("Accept")), ("decline", _("Decline"))], widget=forms.HiddenInput
    )
