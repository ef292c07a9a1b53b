"""Directory filters: every value comes from the query string and is validated by a form.

Unknown or malformed values (``?kind=abc``) are reported on the form and ignored; they never
raise. The state lives entirely in the query string, so a filtered list is a shareable URL.
"""

from urllib.parse import urlencode

import django_filters
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ik_wagtail.forms import SearchForm
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality
from ik_wagtail.textsearch.folding import search_terms
from ik_wagtail.textsearch.matching import correct, matching_entries, suggested_query
from ik_wagtail.textsearch.models import Kind

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


def listing_query(search_form, filterset):
    """The listing's query string rebuilt from validated values only (search words, filters),
    or ``None`` when a value is invalid.

    The cached listing varies on it and its links are built from it, so unknown parameters
    neither make new entries nor reach another reader's links. An invalid value is shown with
    its error message, which must not be served to the next reader: then nothing is cached.
    """
    if not (search_form.is_valid() and filterset.is_valid()):
        return None
    params = [("q", words)] if (words := " ".join(search_form.query().split())) else []
    params += [
        (name, getattr(value, "slug", value))
        for name, value in sorted(filterset.form.cleaned_data.items())
        if value
    ]
    return urlencode(params)


def listing_page(request):
    """The requested page number as the paginator gets it: digits, else the first page."""
    page = request.GET.get("page", "1")
    return page if page.isdigit() and len(page) <= 4 else "1"


def matching_actors(search_form, filterset):
    """The actors that match the filters and the search words, best matches first, and the
    corrected search words when the words as typed found no actor ("Meinten Sie …?").

    The words are matched as in the intranet search (``ik_wagtail.textsearch``: parts of
    compounds, umlaut spellings, word forms, typos), in one query with the filters.
    """
    matching = Actor.objects.filter(pk__in=filterset.qs.values("pk")).for_listing()
    terms = search_terms(search_form.query())
    if not terms:
        return matching, None
    entries = matching_entries(terms, kinds=[Kind.ACTOR])
    suggestion = None
    if not entries.exists() and correct(terms, kinds=[Kind.ACTOR]):
        entries = matching_entries(terms, kinds=[Kind.ACTOR])
        suggestion = suggested_query(terms) if entries.exists() else None
    actors = (
        matching.filter(pk__in=entries.values("object_id"))
        .alias(score=Subquery(entries.filter(object_id=OuterRef("pk")).values("score")[:1]))
        .order_by("-score", "name", "pk")
    )
    return actors, suggestion
