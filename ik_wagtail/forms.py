from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
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


class QuickSelect(forms.Select):
    """A select box whose options are written in Python instead of one template each.

    Filters can offer a thousand options (the actors of a county); Django renders every option
    through the template engine, which then costs more than the rest of the page.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (
                    option["value"],
                    mark_safe(" selected") if option["selected"] else "",
                    option["label"],
                )
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), options
        )
