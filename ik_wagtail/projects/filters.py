"""The library's search state: every value comes from the query string and is validated.

Unknown or malformed values (``?field=abc``, ``?sort=x``) are reported on the forms and ignored,
never raised. All state lives in the query string, so every result list is a shareable URL.
"""

import hashlib
import json

import django_filters
from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.derived import LIBRARY
from ik_wagtail.forms import SearchForm
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup
from ik_wagtail.textsearch.matching import correct, suggested_query
from ik_wagtail.textsearch.models import Kind

from .enums import LibrarySort, ProjectStatus
from .facet_index import facet_index
from .facets import LIBRARY_CACHE_TIMEOUT
from .models.criterion import GoodPracticeCriterion
from .models.project import IntegrationProject, TaggedIntegrationProject
from .search import Highlighter, InIdSet, explain_match, match_scores, search_terms


class LibrarySearchForm(SearchForm):
    sort = forms.ChoiceField(label=_("Sort by"), choices=LibrarySort.choices, required=False)

    def query(self):
        """The search term; unlike the base form, a bad ``sort`` does not discard it."""
        self.is_valid()
        return self.cleaned_data.get("q", "")

    def sort_order(self, searching):
        """The chosen order; relevance only means something for a text search."""
        self.is_valid()
        default = LibrarySort.RELEVANCE if searching else LibrarySort.NEWEST
        sort = self.cleaned_data.get("sort") or default
        return LibrarySort.NEWEST if sort == LibrarySort.RELEVANCE and not searching else sort


def tags_in_use(request):
    """Only keywords that some published project carries can be filtered by.

    As ``EXISTS``: a join would give the keyword once per project carrying it, thousands of
    rows (and objects) to validate one chosen keyword.
    """
    carried = TaggedIntegrationProject.objects.filter(tag=OuterRef("pk"), content_object__live=True)
    return Tag.objects.filter(Exists(carried))


# Every filter narrows to projects that have the chosen value; one value per project and
# relation joins one row, so no filter needs DISTINCT (which would clash with the ranking).
# The multiple-choice filters compare slugs: django-filter filters them by ``to_field_name``.
class ProjectLibraryFilterSet(django_filters.FilterSet):
    field = django_filters.ModelChoiceFilter(
        label=_("Field of action"),
        field_name="fields_of_action",
        queryset=FieldOfAction.objects.all(),
        to_field_name="slug",
        distinct=False,
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        field_name="municipalities",
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        distinct=False,
    )
    target_group = django_filters.ModelChoiceFilter(
        label=_("Target group"),
        field_name="target_groups",
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        distinct=False,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of lead organisation"),
        field_name="lead_actor__kind",
        choices=ActorKind.choices,
        distinct=False,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProjectStatus.choices, distinct=False
    )
    tag = django_filters.ModelMultipleChoiceFilter(
        label=_("Keyword"),
        field_name="tags__slug",
        queryset=tags_in_use,
        to_field_name="slug",
        conjoined=True,
        distinct=False,
    )
    criterion = django_filters.ModelMultipleChoiceFilter(
        label=_("Good-practice criterion"),
        field_name="criteria__slug",
        queryset=GoodPracticeCriterion.objects.all(),
        to_field_name="slug",
        conjoined=True,
        distinct=False,
    )

    class Meta:
        model = IntegrationProject
        fields = ["field", "municipality", "target_group", "kind", "status", "tag", "criterion"]


class LibrarySearch:
    """Search words, filters and order of one request, and the projects they select.

    The text search runs once, over the search index (``match_scores``); its matches are the
    base that the filters narrow, so facet counts can drop one filter at a time (see
    ``facets.py``) without searching again.
    """

    def __init__(self, data, request=None):
        self.form = LibrarySearchForm(data)
        self.query = self.form.query()
        self.terms = search_terms(self.query)
        self.sort = self.form.sort_order(searching=bool(self.terms))
        self.filterset = ProjectLibraryFilterSet(
            data, queryset=IntegrationProject.objects.live(), request=request
        )

    @cached_property
    def active_filters(self):
        """The valid filter values, by filter name (an invalid value counts as not given)."""
        self.filterset.form.is_valid()
        active = {}
        for name, value in self.filterset.form.cleaned_data.items():
            if isinstance(value, QuerySet):  # the chosen objects of a multiple-choice filter
                value = list(value)
            if value not in (None, "", []):
                active[name] = value
        return active

    def apply_filters(self, queryset, except_filter=None):
        """``queryset`` narrowed by every active filter but ``except_filter``."""
        for name, value in self.active_filters.items():
            if name != except_filter:
                queryset = self.filterset.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def state(self):
        """The search words and the valid filter values: all that the results depend on."""
        return {
            "terms": [term.word for term in self.terms],
            "filters": {
                name: [getattr(item, "slug", item) for item in value]
                if isinstance(value, list)
                else [getattr(value, "slug", value)]
                for name, value in self.active_filters.items()
            },
        }

    def cache_key(self, purpose, state=None):
        """A key for a value computed from ``state`` (the search's own by default), valid
        until anything in the library changes (``derived.LIBRARY``)."""
        state = self.state if state is None else state
        digest = hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()
        return f"ik_projects:{purpose}:{LIBRARY.current()}:{digest}"

    @cached_property
    def facet_index(self):
        return facet_index(LIBRARY.current())

    @cached_property
    def live_match_scores(self):
        """``match_scores`` of the words, whatever the filters, from the cache.

        The text match is the most expensive part of a search, and the same words come back
        with every page, sort order and facet a user clicks through.
        """
        key = self.cache_key(
            "matches", {"terms": [term.word for term in self.terms], "filters": {}}
        )
        cached = cache.get(key)
        if cached is None:
            scores = match_scores(self.terms)
            if not scores and self.terms and correct(self.terms, kinds=[Kind.PROJECT]):
                scores = match_scores(self.terms)  # with the corrected typos
            cached = (scores, [term.typos for term in self.terms])
            cache.set(key, cached, LIBRARY_CACHE_TIMEOUT)
        scores, typos = cached
        for term, corrected in zip(self.terms, typos, strict=True):
            term.typos = corrected
        return scores

    @cached_property
    def suggestion(self):
        """The corrected search words when the words as typed found nothing, else ``None``."""
        return suggested_query(self.terms) if self.live_match_scores else None

    @cached_property
    def result_scores(self):
        """Relevance by id of the results (published projects matching words and filters)."""
        scores = self.live_match_scores
        if not self.active_filters:
            return scores
        return {pk: scores[pk] for pk in self.filtered_ids() & scores.keys()}

    @cached_property
    def results(self):
        live = IntegrationProject.objects.live()
        if not self.terms:
            return self.apply_filters(live)
        return live.filter(InIdSet(F("pk"), self.result_scores))

    def filtered_ids(self, except_filter=None):
        """Ids of the live projects matching the words (if any) and every active filter but
        ``except_filter`` (for the facets), from the facet index."""
        index = self.facet_index
        ids = index.live_ids & self.live_match_scores.keys() if self.terms else index.live_ids
        for name, values in self.state["filters"].items():
            if name != except_filter:
                ids = ids & index.ids_with(name, values)
        return ids

    def ordered(self):
        if self.sort == LibrarySort.TITLE:
            return self.results.order_by("title", "pk")
        return self.results.order_by("-first_published_at", "-pk")

    @cached_property
    def result_ids(self):
        """The result ids in the chosen order (best match first by default), cached.

        One list serves the count, the pages and the download: a COUNT and a page query,
        each with the thousands of matching ids, would cost more.
        """
        key = self.cache_key("ids", {**self.state, "sort": self.sort})
        ids = cache.get(key)
        if ids is None:
            if self.sort == LibrarySort.RELEVANCE:
                scores = self.result_scores
                ids = sorted(scores, key=lambda pk: (-scores[pk], -pk))
            else:
                ids = list(self.ordered().values_list("pk", flat=True))
            cache.set(key, ids, LIBRARY_CACHE_TIMEOUT)
        return ids

    def page(self, number, per_page):
        """Page ``number`` of the results as (project, why it matched) pairs, cached.

        The projects come with what their listing shows; why they matched (``explain_match``)
        is ``None`` without search words. Paging back and forth through a result reads the
        pairs from the cache.
        """
        page = Paginator(self.result_ids, per_page).get_page(number)
        key = self.cache_key(
            "page", {**self.state, "sort": self.sort, "page": page.number, "size": per_page}
        )
        results = cache.get(key)
        if results is None:
            projects = IntegrationProject.objects.live().for_listing().in_bulk(page.object_list)
            highlighter = Highlighter(self.terms) if self.terms else None
            results = [
                (projects[pk], explain_match(projects[pk], highlighter) if highlighter else None)
                for pk in page.object_list
                if pk in projects
            ]
            cache.set(key, results, LIBRARY_CACHE_TIMEOUT)
        page.object_list = results
        return page

    def all_result_ids(self):
        """Every result's id in order, for the download."""
        if not self.terms:
            return self.ordered().values_list("pk", flat=True)
        return self.result_ids

    def is_filtered(self):
        return bool(self.query or self.active_filters)
