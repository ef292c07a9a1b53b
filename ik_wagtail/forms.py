from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """The free-text part of every search: bounded length, NUL bytes dropped, no error page."""

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "The search term is too long: please use at most %(limit_value)d characters."
            )
        },
    )

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "").strip()

    def query(self):
        """The validated search term, or "" when there is none or it was rejected."""
        return self.cleaned_data.get("q", "") if self.is_valid() else ""
