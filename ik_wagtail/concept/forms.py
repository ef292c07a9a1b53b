from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .enums import RecommendationStatus


class RecommendationTrackingForm(WagtailAdminModelForm):
    """Edit form of one tracking record: every status change is written to its history."""

    note = forms.CharField(
        label=_("Note on this change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was done or decided; shown in the history with your name and the date."),
    )

    def save(self, commit=True):
        status_changed = "status" in self.changed_data
        tracking = super().save(commit=commit)
        if commit and (status_changed or self.cleaned_data["note"]):
            tracking.change_status(tracking.status, self.cleaned_data["note"], self.for_user)
        return tracking


class BulkStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=RecommendationStatus.choices)
    note = forms.CharField(
        label=_("Note on this change"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
