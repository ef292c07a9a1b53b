"""The roll-up of approved results for an IntegrationskonzeptPage: filters, grouping, counts.

Everything reads ``ResultBlockRecord`` rows with a fixed number of queries, whatever the number
of conferences, forums and blocks. After ten years the page lists some 2,000 blocks; the council
and the KI open it far more often than results change, so the rendered roll-up is cached per
valid filter values and language under the generations it depends on
(``ik_wagtail.derived``): results, tracking, the library (cited projects) and the page tree
(page URLs). A preview shows the page's draft settings and never touches the cache.

The read model holds only blocks of visible result statements (``visibility``), so the
roll-up needs no filter of its own for live or restricted pages.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ik_wagtail import generations
from ik_wagtail.conferences.enums import Priority, TimeHorizon
from ik_wagtail.conferences.models import ResultStatementPage
from ik_wagtail.derived import LIBRARY, PAGE_TREE, RESULTS, TRACKING, may_use_cache
from ik_wagtail.forms import QuickSelect
from ik_wagtail.pages import section_page
from ik_wagtail.projects.models import IntegrationProject, ProjectLibraryPage
from ik_wagtail.taxonomy.models import FieldOfAction

from .chart import status_chart
from .enums import ConferenceScope, RecommendationStatus
from .models.read_model import ResultBlockRecord
from .models.tracking import RecommendationStatusChange, RecommendationTracking

RecordActor = ResultBlockRecord.responsible_actors.through
TrackingActor = RecommendationTracking.responsible_actors.through

KINDS_IN_ORDER = ["recommendation", "finding", "open_question", "good_practice", "quote"]
ROLLUP_CACHE_TIMEOUT = 60 * 60
STATUS_LABELS = dict(RecommendationStatus.choices)
PRIORITY_LABELS = dict(Priority.choices)
HORIZON_LABELS = dict(TimeHorizon.choices)


class RollupFilterForm(forms.Form):
    """Query-string filters; an invalid value is reported and ignored, never an error page.

    The choices are what the roll-up contains (years, fields of action, actors named), handed
    in by ``build_rollup``, which has them at hand without asking the database again.
    """

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    field = forms.ChoiceField(label=_("Field of action"), required=False)
    status = forms.ChoiceField(
        label=_("Implementation status"),
        required=False,
        choices=[("", _("All")), *RecommendationStatus.choices],
    )
    actor = forms.ChoiceField(label=_("Responsible actor"), required=False, widget=QuickSelect)

    def __init__(self, data, years, fields_of_action, actors):
        super().__init__(data)
        everything = ("", _("All"))
        self.fields["year"].choices = [everything, *[(year, year) for year in years]]
        self.fields["field"].choices = [everything, *fields_of_action]
        self.fields["actor"].choices = [everything, *actors]

    def cleaned(self):
        """The valid, non-empty filter values (invalid ones stay on the form as errors)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def scoped_records(page):
    """Records (all of visible results) in the page's scope."""
    records = ResultBlockRecord.objects.all()
    if page.conference_scope == ConferenceScope.CHOSEN:
        records = records.filter(conference__in=page.conferences.all())
    elif page.conference_scope == ConferenceScope.YEARS:
        if page.year_from:
            records = records.filter(conference_year__gte=page.year_from)
        if page.year_to:
            records = records.filter(conference_year__lte=page.year_to)
    return records


def matches(item, filters):
    """Whether an item passes the filters (the roll-up's filters work on items in memory)."""
    return (
        filters.get("year", item.conference_year) == item.conference_year
        and filters.get("field", item.field_slug) == item.field_slug
        and filters.get("status", item.status) == item.status
        and ("actor" not in filters or filters["actor"] in item.actors)
    )


def ordered_fields_of_action(page):
    """Fields of action in the page's chosen order (then the usual order), with forewords."""
    settings = list(page.field_settings.select_related("field_of_action"))
    chosen = [setting.field_of_action for setting in settings]
    forewords = {setting.field_of_action_id: setting.foreword for setting in settings}
    rest = [field for field in FieldOfAction.objects.all() if field not in chosen]
    return [(field, forewords.get(field.pk, "")) for field in [*chosen, *rest]]


@dataclass
class RollupItem:
    """One result block as the roll-up and its exports show it, all labels worked out."""

    kind: str
    title: str
    text: str
    url: str
    field_of_action_id: int | None
    field_slug: str
    field_name: str
    forum_title: str
    conference_year: int
    attribution: str = ""
    priority: str = ""
    time_horizon: str = ""
    status: str = ""
    status_label: str = ""
    responsible: list = field(default_factory=list)
    actors: dict = field(default_factory=dict)  # slug: name of every actor named
    history: list = field(default_factory=list)
    project_title: str = ""
    project_url: str = ""
    progress: int | None = None  # percent, from the latest approved status report


ITEM_COLUMNS = [
    "pk",
    "page_id",
    "block_id",
    "kind",
    "title",
    "text",
    "field_of_action_id",
    "forum_title",
    "conference_year",
    "attribution",
    "priority",
    "time_horizon",
    "tracking_id",
    "tracking__status",
    "tracking__progress",
    "project_id",
]


def actors_by_owner(through_rows):
    """``{record or tracking id: [(actor slug, actor name), …]}`` from a through table."""
    actors = defaultdict(list)
    for owner_id, slug, name in through_rows:
        actors[owner_id].append((slug, name))
    return actors


def rollup_items(records, request, fields_of_action):
    """``RollupItem``s of the records, in a fixed number of queries and without model objects.

    At 2,000 blocks, model instances with prefetched relations cost several times more than
    the rows themselves; the roll-up only needs their values.
    """
    # Labels in the request's language, translated once rather than for every block.
    status_labels = {value: str(label) for value, label in STATUS_LABELS.items()}
    priority_labels = {value: str(label) for value, label in PRIORITY_LABELS.items()}
    horizon_labels = {value: str(label) for value, label in HORIZON_LABELS.items()}
    rows = list(
        records.order_by("-conference_year", "forum_number", "forum_id", "position").values(
            *ITEM_COLUMNS
        )
    )
    record_ids = records.values("pk")
    tracking_ids = records.exclude(tracking=None).values("tracking_id")
    record_actors = actors_by_owner(
        RecordActor.objects.filter(resultblockrecord_id__in=record_ids)
        .order_by("pk")
        .values_list("resultblockrecord_id", "actor__slug", "actor__name")
    )
    tracking_actors = actors_by_owner(
        TrackingActor.objects.filter(recommendationtracking_id__in=tracking_ids)
        .order_by("pk")
        .values_list("recommendationtracking_id", "actor__slug", "actor__name")
    )
    history = defaultdict(list)
    for tracking_id, status, note, changed_at in (
        RecommendationStatusChange.objects.filter(tracking_id__in=tracking_ids)
        .order_by("changed_at", "pk")
        .values_list("tracking_id", "status", "note", "changed_at")
    ):
        history[tracking_id].append((changed_at, status_labels[status], note))
    page_urls = result_page_urls({row["page_id"] for row in rows}, request)
    projects = project_links({row["project_id"] for row in rows if row["project_id"]}, request)
    items = []
    for row in rows:
        tracking_id = row["tracking_id"]
        is_recommendation = row["kind"] == "recommendation"
        status = (row["tracking__status"] or RecommendationStatus.OPEN) if is_recommendation else ""
        project_title, project_url = projects.get(row["project_id"], ("", ""))
        proposed, tracked = record_actors.get(row["pk"], []), tracking_actors.get(tracking_id, [])
        field_of_action = fields_of_action.get(row["field_of_action_id"])
        items.append(
            RollupItem(
                kind=row["kind"],
                title=row["title"],
                text=row["text"],
                url=f"{page_urls.get(row['page_id'], '')}#ergebnis-{row['block_id']}",
                field_of_action_id=row["field_of_action_id"],
                field_slug=field_of_action.slug if field_of_action else "",
                field_name=field_of_action.name if field_of_action else "",
                forum_title=row["forum_title"],
                conference_year=row["conference_year"],
                attribution=row["attribution"],
                priority=priority_labels.get(row["priority"], ""),
                time_horizon=horizon_labels.get(row["time_horizon"], ""),
                status=status,
                status_label=status_labels.get(status, ""),
                # What the KI recorded wins over what the forum proposed.
                responsible=[name for _slug, name in tracked or proposed],
                actors=dict([*proposed, *tracked]),
                history=history.get(tracking_id, []),
                progress=row["tracking__progress"] if is_recommendation else None,
                project_title=project_title or row["title"],
                project_url=project_url,
            )
        )
    return items


def result_page_urls(page_ids, request):
    """URL of each result statement, each worked out once."""
    pages = ResultStatementPage.objects.filter(pk__in=page_ids).only(
        "pk", "url_path", "path", "depth", "locale_id"
    )
    return {page.pk: page.get_url(request) for page in pages}


def project_links(project_ids, request):
    """(title, URL in the library) of each live project; a draft or withdrawn one has no link."""
    library_url = section_page(ProjectLibraryPage, request)[1]
    if not project_ids or not library_url:
        return {}
    routes = ProjectLibraryPage.get_resolver()
    return {
        pk: (title, library_url + routes.reverse("project_detail", slug))
        for pk, title, slug in IntegrationProject.objects.live()
        .filter(pk__in=project_ids)
        .values_list("pk", "title", "slug")
    }


def group_by_field(items, fields_with_forewords):
    """Sections per field of action holding the items by kind; empty fields are left out."""
    by_field = defaultdict(lambda: defaultdict(list))
    for item in items:
        by_field[item.field_of_action_id][item.kind].append(item)
    return [
        {
            "field": field_of_action,
            "foreword": foreword,
            "kinds": [(kind, by_field[field_of_action.pk][kind]) for kind in KINDS_IN_ORDER],
            "recommendation_count": len(by_field[field_of_action.pk]["recommendation"]),
        }
        for field_of_action, foreword in fields_with_forewords
        if field_of_action.pk in by_field
    ]


def status_table(items, fields_with_forewords):
    """Recommendations per field of action and status, as rows for a table and a chart."""
    counts = defaultdict(lambda: dict.fromkeys(RecommendationStatus.values, 0))
    for item in items:
        if item.kind == "recommendation":
            counts[item.field_of_action_id][item.status] += 1
    return [
        {
            "field": field_of_action,
            "cells": list(counts[field_of_action.pk].values()),
            "total": sum(counts[field_of_action.pk].values()),
        }
        for field_of_action, _foreword in fields_with_forewords
        if field_of_action.pk in counts
    ]


def progress_by_year(items):
    """Recommendations per conference year and current status: "what became of them"."""
    table = defaultdict(lambda: dict.fromkeys(RecommendationStatus.values, 0))
    for item in items:
        if item.kind == "recommendation":
            table[item.conference_year][item.status] += 1
    return [
        {"year": year, "cells": list(counts.values()), "total": sum(counts.values())}
        for year, counts in sorted(table.items())
    ]


def build_rollup(page, request):
    """Everything the roll-up shows for the request's filters.

    The records in the page's scope are read once (a few thousand rows with their actors and
    status history); years, filter choices, filtering, grouping and counts work on them in
    memory, so the number of queries is fixed.
    """
    fields = ordered_fields_of_action(page)
    all_items = rollup_items(
        scoped_records(page),
        request,
        {field_of_action.pk: field_of_action for field_of_action, _f in fields},
    )
    actors = {slug: name for item in all_items for slug, name in item.actors.items()}
    form = RollupFilterForm(
        request.GET,
        years=sorted({item.conference_year for item in all_items}, reverse=True),
        fields_of_action=[
            (field_of_action.slug, field_of_action.name) for field_of_action, _f in fields
        ],
        actors=sorted(actors.items(), key=lambda choice: choice[1].casefold()),
    )
    filters = form.cleaned()
    items = [item for item in all_items if matches(item, filters)]
    status_rows = status_table(items, fields)
    return {
        "filter_form": form,
        "filters": filters,
        # The export links carry the valid filters only: the HTML is cached for every reader.
        "filter_query": urlencode(filters),
        "sections": group_by_field(items, fields),
        "status_rows": status_rows,
        "chart": status_chart(status_rows),
        "progress_rows": progress_by_year(items),
        "statuses": RecommendationStatus.choices,
        "record_count": len(items),
    }


def rendered_rollup(page, request):
    """The roll-up's HTML for the request's filters, from the cache when the data is unchanged.

    The key holds the normalised filter values only (unknown parameters are ignored), and
    only a roll-up whose filters were all valid is stored, so the number of entries is bounded
    by the choices the data offers. A preview (of the page's draft scope and forewords) is
    computed afresh and never stored.
    """
    if not may_use_cache(request):
        return render_rollup(page, request)[0]
    state = "&".join(
        f"{name}={value.strip()}"
        for name in ("actor", "field", "status", "year")
        if (value := request.GET.get(name, "")).strip()
    )
    state = hashlib.sha256(state.encode()).hexdigest()
    tokens = generations.key(RESULTS.name, TRACKING.name, LIBRARY.name, PAGE_TREE.name)
    key = f"ik_concept:rollup:{tokens}:{page.pk}:{get_language()}:{state}"
    html = cache.get(key)
    if html is None:
        html, valid = render_rollup(page, request)
        if valid:
            cache.set(key, html, ROLLUP_CACHE_TIMEOUT)
    return html


def render_rollup(page, request):
    """The roll-up's HTML, and whether all of its filters were valid."""
    context = {**build_rollup(page, request), "page": page}
    html = render_to_string("ik_concept/includes/rollup.html", context, request=request)
    return html, not context["filter_form"].errors
