"""The roll-up of approved results for an IntegrationskonzeptPage: filters, grouping, counts.

Everything reads ``ResultBlockRecord`` rows with a fixed number of queries, whatever the number
of conferences, forums and blocks.
"""

from collections import defaultdict

from django import forms
from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ResultStatementPage
from ik_wagtail.taxonomy.models import FieldOfAction

from .chart import status_chart
from .enums import ConferenceScope, RecommendationStatus
from .models.read_model import ResultBlockRecord
from .models.tracking import RecommendationStatusChange

KINDS_IN_ORDER = ["recommendation", "finding", "open_question", "good_practice", "quote"]


class RollupFilterForm(forms.Form):
    """Query-string filters; an invalid value is reported and ignored, never an error page."""

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    field = forms.ModelChoiceField(
        label=_("Field of action"),
        required=False,
        queryset=FieldOfAction.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    status = forms.ChoiceField(
        label=_("Implementation status"),
        required=False,
        choices=[("", _("All")), *RecommendationStatus.choices],
    )
    actor = forms.ModelChoiceField(
        label=_("Responsible actor"),
        required=False,
        queryset=Actor.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )

    def __init__(self, data, years, actors):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All")), *[(year, year) for year in years]]
        self.fields["actor"].queryset = actors

    def cleaned(self):
        """The valid, non-empty filter values (invalid ones stay on the form as errors)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def scoped_records(page):
    """Records of live results under live forums and conferences in the page's scope."""
    records = ResultBlockRecord.objects.filter(
        page__live=True, forum__live=True, conference__live=True
    )
    if page.conference_scope == ConferenceScope.CHOSEN:
        records = records.filter(conference__in=page.conferences.all())
    elif page.conference_scope == ConferenceScope.YEARS:
        if page.year_from:
            records = records.filter(conference_year__gte=page.year_from)
        if page.year_to:
            records = records.filter(conference_year__lte=page.year_to)
    return records


def apply_filters(records, filters):
    if filters.get("year"):
        records = records.filter(conference_year=filters["year"])
    if filters.get("field"):
        records = records.filter(field_of_action=filters["field"])
    if filters.get("status"):
        records = records.filter(kind="recommendation", tracking__status=filters["status"])
    if filters.get("actor"):
        actor = filters["actor"]
        records = records.filter(
            Q(responsible_actors=actor) | Q(tracking__responsible_actors=actor)
        ).distinct()
    return records


def ordered_fields_of_action(page):
    """Fields of action in the page's chosen order (then the usual order), with forewords."""
    settings = list(page.field_settings.select_related("field_of_action"))
    chosen = [setting.field_of_action for setting in settings]
    forewords = {setting.field_of_action_id: setting.foreword for setting in settings}
    rest = [field for field in FieldOfAction.objects.all() if field not in chosen]
    return [(field, forewords.get(field.pk, "")) for field in [*chosen, *rest]]


def attach_urls(records, request):
    """Give each record the URL of its result block, computing each page's URL only once."""
    pages = ResultStatementPage.objects.filter(pk__in={r.page_id for r in records}).only(
        "pk", "url_path", "path", "depth", "locale_id"
    )
    page_urls = {page.pk: page.get_url(request) for page in pages}
    for record in records:
        record.url = f"{page_urls[record.page_id]}#ergebnis-{record.block_id}"


def group_by_field(records, fields_with_forewords):
    """Sections per field of action holding the records by kind; empty fields are left out."""
    names = {field.pk: field.name for field, _foreword in fields_with_forewords}
    by_field = defaultdict(lambda: defaultdict(list))
    for record in records:
        record.field_name = names.get(record.field_of_action_id, "")
        by_field[record.field_of_action_id][record.kind].append(record)
    return [
        {
            "field": field,
            "foreword": foreword,
            "kinds": [(kind, by_field[field.pk][kind]) for kind in KINDS_IN_ORDER],
            "recommendation_count": len(by_field[field.pk]["recommendation"]),
        }
        for field, foreword in fields_with_forewords
        if field.pk in by_field
    ]


def status_table(records, fields_with_forewords):
    """Recommendations per field of action and status, as rows for a table and a chart."""
    counts = defaultdict(dict)
    for row in (
        records.filter(kind="recommendation")
        .values("field_of_action", "tracking__status")
        .annotate(count=Count("pk", distinct=True))
    ):
        status = row["tracking__status"] or RecommendationStatus.OPEN
        field_counts = counts[row["field_of_action"]]
        field_counts[status] = field_counts.get(status, 0) + row["count"]
    rows = []
    for field, _foreword in fields_with_forewords:
        if field.pk in counts:
            cells = [counts[field.pk].get(status, 0) for status in RecommendationStatus.values]
            rows.append({"field": field, "cells": cells, "total": sum(cells)})
    return rows


def progress_by_year(records):
    """Recommendations per conference year and current status: "what became of them"."""
    table = defaultdict(lambda: dict.fromkeys(RecommendationStatus.values, 0))
    for row in (
        records.filter(kind="recommendation")
        .values("conference_year", "tracking__status")
        .annotate(count=Count("pk", distinct=True))
    ):
        table[row["conference_year"]][row["tracking__status"] or RecommendationStatus.OPEN] += row[
            "count"
        ]
    return [
        {"year": year, "cells": list(counts.values()), "total": sum(counts.values())}
        for year, counts in sorted(table.items())
    ]


def build_rollup(page, request):
    scoped = scoped_records(page)
    years = sorted(set(scoped.values_list("conference_year", flat=True)), reverse=True)
    actors = Actor.objects.filter(
        Q(pk__in=scoped.values("responsible_actors"))
        | Q(pk__in=scoped.values("tracking__responsible_actors"))
    )
    form = RollupFilterForm(request.GET, years, actors)
    filters = form.cleaned()
    records = list(
        apply_filters(scoped, filters)
        .select_related("tracking")
        .prefetch_related(
            "responsible_actors",
            "tracking__responsible_actors",
            Prefetch(
                "tracking__changes",
                queryset=RecommendationStatusChange.objects.select_related("changed_by"),
            ),
        )
        .order_by("-conference_year", "forum_number", "forum_id", "position")
    )
    attach_urls(records, request)
    fields = ordered_fields_of_action(page)
    filtered = apply_filters(scoped, filters)
    status_rows = status_table(filtered, fields)
    return {
        "filter_form": form,
        "filters": filters,
        "sections": group_by_field(records, fields),
        "status_rows": status_rows,
        "chart": status_chart(status_rows),
        "progress_rows": progress_by_year(filtered),
        "statuses": RecommendationStatus.choices,
        "record_count": len(records),
    }
