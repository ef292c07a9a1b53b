from django import forms
from django.utils.translation import gettext_lazy as _

from ik_wagtail.taxonomy.models import FieldOfAction

from .enums import FollowKind
from .models import Follow, NoticeSettings, StatusReport


class StatusReportForm(forms.ModelForm):
    class Meta:
        model = StatusReport
        fields = ["status", "progress", "done", "next_step", "milestone_date", "indicator"]
        widgets = {
            "progress": forms.NumberInput(attrs={"min": 0, "max": 100, "step": 5}),
            "done": forms.Textarea(attrs={"rows": 5}),
            "next_step": forms.Textarea(attrs={"rows": 3}),
            "milestone_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "progress": _("0 to 100: how far the recommendation is implemented."),
            "indicator": _("Optional: a figure that shows the effect, e.g. “45 participants”."),
        }


class ReviewForm(forms.Form):
    """The KI's decision on one or many pending reports."""

    reports = forms.ModelMultipleChoiceField(queryset=StatusReport.objects.none())
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("return", _("Return"))],
        error_messages={"invalid_choice": _("Please choose to approve or to return.")},
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reports"].queryset = queryset
        self.fields["reports"].error_messages["required"] = _("Please select at least one report.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "return" and not cleaned.get("note"):
            self.add_error("note", _("Please say why the report is returned."))
        return cleaned


class FollowForm(forms.Form):
    kind = forms.ChoiceField(choices=FollowKind.choices)
    object_id = forms.IntegerField(min_value=1)
    follow = forms.BooleanField(required=False)
    next = forms.CharField(required=False, max_length=2000)


class NoticeSettingsForm(forms.ModelForm):
    """How to be told, and which fields of action to follow as a whole."""

    fields_of_action = forms.ModelMultipleChoiceField(
        label=_("Fields of action I follow"),
        queryset=FieldOfAction.objects.order_by("sort_order", "name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("You are told of new results and status changes in these fields."),
    )

    class Meta:
        model = NoticeSettings
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["fields_of_action"].initial = list(
            Follow.objects.filter(user=user, kind=FollowKind.FIELD_OF_ACTION).values_list(
                "object_id", flat=True
            )
        )

    def save(self, commit=True):
        settings_row = super().save(commit=False)
        settings_row.user = self.user
        settings_row.save()
        chosen = {field.pk for field in self.cleaned_data["fields_of_action"]}
        current = set(self.fields["fields_of_action"].initial)
        Follow.objects.filter(
            user=self.user, kind=FollowKind.FIELD_OF_ACTION, object_id__in=current - chosen
        ).delete()
        Follow.objects.bulk_create(
            [
                Follow(user=self.user, kind=FollowKind.FIELD_OF_ACTION, object_id=pk)
                for pk in chosen - current
            ],
            ignore_conflicts=True,
        )
        return settings_row
