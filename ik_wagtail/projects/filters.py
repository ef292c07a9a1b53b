"""The library's search state: every value comes from the query string and is validated.

Unknown or malformed values (``?field=abc``, ``?sort=x``) are reported on the forms and ignored,
never raised. All state lives in the query string, so every result list is a shareable URL.
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.db.models import F, QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.forms import SearchForm
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .enums import LibrarySort, ProjectStatus
from .models.criterion import GoodPracticeCriterion
from .models.project import IntegrationProject
from .search import InIdSet, match_scores, search_terms


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
    """Only keywords that some published project carries can be filtered by."""
    return Tag.objects.filter(ik_projects_taggedintegrationproject_items__content_object__live=True)


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
    def result_scores(self):
        """Relevance by id of the results (published projects matching words and filters).

        The search index holds published projects only, so without filters the match needs
        no join with the projects.
        """
        if not self.active_filters:
            return match_scores(self.terms)
        return match_scores(
            self.terms, within=self.apply_filters(IntegrationProject.objects.live())
        )

    @cached_property
    def results(self):
        live = IntegrationProject.objects.live()
        if not self.terms:
            return self.apply_filters(live)
        return live.filter(InIdSet(F("pk"), self.result_scores))

    @cached_property
    def live_matches(self):
        """Ids of the live projects matching the search words, whatever the filters."""
        if not self.active_filters:
            return list(self.result_scores)
        return list(match_scores(self.terms))

    def filtered(self, except_filter=None):
        """The live matches narrowed by every active filter but ``except_filter`` (facets)."""
        live = IntegrationProject.objects.live()
        base = live.filter(InIdSet(F("pk"), self.live_matches)) if self.terms else live
        return self.apply_filters(base, except_filter)

    def ordered(self):
        if self.sort == LibrarySort.TITLE:
            return self.results.order_by("title", "pk")
        return self.results.order_by("-first_published_at", "-pk")

    @cached_property
    def result_ids(self):
        """A text search's result ids in the chosen order (best match first by default).

        One list serves the count, the pages and the download: a COUNT and a page query,
        each with the thousands of matching ids, would cost more.
        """
        if self.sort != LibrarySort.RELEVANCE:
            return list(self.ordered().values_list("pk", flat=True))
        scores = self.result_scores
        return sorted(scores, key=lambda pk: (-scores[pk], -pk))

    def page(self, number, per_page):
        """The results of page ``number``, projects with what their listing shows."""
        if not self.terms:
            return Paginator(self.ordered().for_listing(), per_page).get_page(number)
        page = Paginator(self.result_ids, per_page).get_page(number)
        projects = IntegrationProject.objects.live().for_listing().in_bulk(page.object_list)
        page.object_list = [projects[pk] for pk in page.object_list if pk in projects]
        return page

    def all_results(self, chunk_size=500):
        """Every result in order, for the download, a chunk at a time."""
        if not self.terms:
            yield from (
                self.ordered()
                .for_listing()
                .prefetch_related("criteria")
                .iterator(chunk_size=chunk_size)
            )
            return
        listing = IntegrationProject.objects.live().for_listing().prefetch_related("criteria")
        for start in range(0, len(self.result_ids), chunk_size):
            chunk = self.result_ids[start : start + chunk_size]
            projects = listing.in_bulk(chunk)
            yield from (projects[pk] for pk in chunk if pk in projects)

    @property
    def is_filtered(self):
        return bool(self.query or self.active_filters)
