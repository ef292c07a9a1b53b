from django import forms
from django.utils.translation import gettext_lazy as _

from .models import StatusReport


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
