import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from ik_wagtail.taxonomy.models import FieldOfAction

from .enums import FollowKind
from .models import Follow, NoticeSettings, StatusReport


class MilestonesField(forms.CharField):
    """Dated milestones typed one per line, "01.03.2027 Second course starts".

    A plain text box works on every device and in every screen reader, and one line per
    milestone is how people write such lists anyway; a bad line is named by its number and
    nothing typed is lost. Cleans to the ``StatusReport.milestones`` list, in date order.
    """

    widget = forms.Textarea(attrs={"rows": 3})
    MAX_LINES = 10
    MAX_LABEL = 200

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", True)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            lines = []
            for item in value:
                date = datetime.date.fromisoformat(item["date"])
                lines.append(f"{date:%d.%m.%Y} {item.get('label', '')}".strip())
            return "\n".join(lines)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > self.MAX_LINES:
            raise forms.ValidationError(
                _("Please name at most %(count)s milestones.") % {"count": self.MAX_LINES}
            )
        milestones, errors = [], []
        for number, line in enumerate(lines, start=1):
            first, _space, label = line.partition(" ")
            date = parse_date(first)
            label = label.strip().lstrip("–-:").strip()
            if date is None:
                errors.append(
                    _("Line %(line)s: please begin with a date such as 01.03.2027.")
                    % {"line": number}
                )
            elif len(label) > self.MAX_LABEL:
                errors.append(
                    _(
                        "Line %(line)s: please describe the milestone in at most %(count)s "
                        "characters."
                    )
                    % {"line": number, "count": self.MAX_LABEL}
                )
            else:
                milestones.append({"date": date.isoformat(), "label": label})
        if errors:
            raise forms.ValidationError(errors)
        return sorted(milestones, key=lambda item: item["date"])


def parse_date(text):
    """A date as Germans write it (1.3.2027, 01.03.27) or as ISO 8601; None otherwise."""
    for pattern in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text.rstrip(":,;"), pattern).date()
        except ValueError:
            continue
    return None


class StatusReportForm(forms.ModelForm):
    milestones = MilestonesField(
        label=_("Milestones"),
        help_text=_(
            "Optional: one per line, a date and what is to be reached by then, e.g. "
            "“01.03.2027 Second course starts”."
        ),
    )

    class Meta:
        model = StatusReport
        fields = ["status", "progress", "done", "next_step", "milestones", "indicator"]
        widgets = {
            "progress": forms.NumberInput(attrs={"min": 0, "max": 100, "step": 5}),
            "done": forms.Textarea(attrs={"rows": 5}),
            "next_step": forms.Textarea(attrs={"rows": 3}),
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
