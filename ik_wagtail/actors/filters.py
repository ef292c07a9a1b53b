"""Directory filters: every value comes from the query string and is validated by a form.

Unknown or malformed values (``?kind=abc``) are reported on the form and ignored; they never
raise. The state lives entirely in the query string, so a filtered list is a shareable URL.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ik_wagtail.forms import SearchForm
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality

from .enums import ActorKind, Engagement
from .models.actor import Actor


def tags_in_use(request):
    """Only keywords that some actor carries are offered (a callable: evaluated per request)."""
    return Tag.objects.filter(ik_actors_taggedactor_items__isnull=False).distinct()


class ActorDirectoryFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ActorKind.choices, empty_label=_("All")
    )
    engagement = django_filters.ChoiceFilter(
        label=_("Engagement"), choices=Engagement.choices, empty_label=_("All")
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        field_name="municipalities",
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    field = django_filters.ModelChoiceFilter(
        label=_("Field of action"),
        field_name="fields_of_action",
        queryset=FieldOfAction.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    tag = django_filters.ModelChoiceFilter(
        label=_("Keyword"),
        field_name="tags",
        queryset=tags_in_use,
        to_field_name="slug",
        empty_label=_("All"),
    )

    class Meta:
        model = Actor
        fields = ["kind", "engagement", "municipality", "field", "tag"]


def directory_filters(request):
    """The search form and the filter set of the request's query string (no query yet)."""
    search_form = SearchForm(request.GET)
    filterset = ActorDirectoryFilterSet(request.GET, queryset=Actor.objects.all(), request=request)
    return search_form, filterset


def listing_state(request, search_form, filterset):
    """What the cached listing varies on: the normalised search words, the valid filter values
    and the page number, or ``None`` (not cached) when a value is invalid.

    Unknown parameters change nothing; an invalid value is shown with its error message,
    which must not be served to the next reader, and would make a new entry per value.
    """
    if not (search_form.is_valid() and filterset.is_valid()):
        return None
    filters = [
        f"{name}={getattr(value, 'slug', value)}"
        for name, value in sorted(filterset.form.cleaned_data.items())
        if value
    ]
    words = " ".join(search_form.query().casefold().split())
    page = request.GET.get("page", "1")
    return "&".join([f"q={words}", *filters, f"page={page if page.isdigit() else 'x'}"])


def matching_actors(search_form, filterset):
    """The actors that match the filters and the search term.

    Wagtail search runs last, on the already filtered rows, so results keep their relevance order.
    """
    matching = Actor.objects.filter(pk__in=filterset.qs.values("pk")).for_listing()
    query = search_form.query()
    return matching.search(query) if query else matching
