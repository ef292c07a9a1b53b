"""The network's filters: every value comes from the query string and is validated here.

Unknown values (``?kind=abc``, ``?year=1800``) are reported on the form and ignored, never a 500.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.conferences.models import ConferencePage
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality
from ik_wagtail.visibility import visible


def conference_years():
    years = visible(ConferencePage.objects.all()).order_by("-year").values_list("year", flat=True)
    return [("", _("All")), *((year, year) for year in years)]


class NetworkFilterForm(forms.Form):
    field = forms.ModelChoiceField(
        label=_("Field of action"),
        queryset=FieldOfAction.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All"),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All")), *ActorKind.choices], required=False
    )
    year = forms.TypedChoiceField(
        label=_("Conference year"),
        choices=conference_years,
        coerce=int,
        empty_value=None,
        required=False,
    )

    def filters(self):
        """The valid filters (invalid ones are left out and shown as errors)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "field_of_action": data.get("field"),
            "municipality": data.get("municipality"),
            "kind": data.get("kind") or None,
            "year": data.get("year"),
        }
