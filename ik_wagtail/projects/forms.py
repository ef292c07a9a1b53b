from django import forms
from django.utils.translation import gettext_lazy as _

from ik_wagtail.actors.models import Actor

from .importing import MAX_FIELD_CHARS, MAX_FILE_BYTES
from .models.project import IntegrationProject

MAX_PROPOSAL_DESCRIPTION = 5000


class ProjectProposalForm(forms.ModelForm):
    """ "Projekt vorschlagen": what an actor can tell the KI about a project on one page.

    Every length is bounded by the model or here; the description is plain text, turned into
    paragraphs when the proposal is saved. Nothing here can publish or choose a slug.
    """

    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=MAX_PROPOSAL_DESCRIPTION,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Aims, activities, how people take part. Blank lines start new paragraphs."),
    )
    FIELDSETS = [
        (_("The project"), ["title", "summary", "description", "lead_actor"]),
        (
            _("Where and for whom"),
            ["municipalities", "fields_of_action", "target_groups", "languages", "tags"],
        ),
        (
            _("Period and funding"),
            ["status", "started_on", "ended_on", "ongoing", "funding_programme"],
        ),
        (_("Contact"), ["contact_person", "email", "phone", "contact_consent"]),
    ]

    lead_actor = forms.ModelChoiceField(
        label=_("Lead organisation (Träger)"),
        queryset=Actor.objects.order_by("name"),
        required=False,
        empty_label=_("(not in the actor directory)"),
        help_text=_("If your organisation is missing, name it in the description."),
    )

    class Meta:
        model = IntegrationProject
        fields = [
            "title",
            "summary",
            "description",
            "lead_actor",
            "municipalities",
            "fields_of_action",
            "target_groups",
            "status",
            "started_on",
            "ended_on",
            "ongoing",
            "funding_programme",
            "languages",
            "tags",
            "contact_person",
            "email",
            "phone",
            "contact_consent",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "municipalities": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "started_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ended_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "tags": _("Separated by commas, e.g. “Sprachcafé, Ehrenamt”."),
            "contact_consent": _(
                "Name, e-mail and phone are shown to intranet users only with this consent."
            ),
        }

    def fieldsets(self):
        """The form's fields in the groups the template shows as fieldsets."""
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]


class ProjectImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or Excel file"),
        help_text=_(
            "UTF-8 CSV (separated by ; or ,) or .xlsx, at most %(size)s MB; the columns are "
            "described in the README. Fields longer than %(field)s characters are refused."
        )
        % {"size": MAX_FILE_BYTES // (1024 * 1024), "field": MAX_FIELD_CHARS},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is too large: at most %(limit)s MB are allowed.")
                % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return upload
