"""Facets of the library with live counts: every count is what a click on it would show.

- Single-choice facets (field of action, municipality, target group, kind of lead
  organisation, status) replace their value when clicked, so they are counted over the current
  result *without their own filter*: choosing "Arbeit" instead of "Sprache" shows as many
  projects as its count says, and the chosen value's count is the current total.
- Multiple-choice facets (keywords, good-practice criteria) add a value ("and"), so they are
  counted over the current result itself.

Wagtail's ``.facet()`` only counts a direct column of the searched model; fields of action,
municipalities, target groups, keywords and criteria are many-to-many. Every facet is counted
by intersecting id sets of an in-memory index of the library (``facet_index.py``), without a
query, whatever the number of projects.

Most requests ask for the same few states (the start page, a popular filter), so the counts of
a state (search words and filters) are cached too. Any change to projects, their vocabularies
or actors gives the library's generation a new token (``ik_wagtail.derived.LIBRARY``), so
neither a cached count nor the index is ever older than the data, in any process and with any
cache backend.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

# Keywords are many; the facet shows the most frequent ones (and any chosen one).
TAG_FACET_LIMIT = 15
LIBRARY_CACHE_TIMEOUT = 60 * 60


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False
    query_string: str = ""


@dataclass
class Facet:
    name: str
    label: str
    multiple: bool = False
    options: list = field(default_factory=list)

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


# (filter name, label, multiple choice); the values and their projects: ``facet_index.py``
FACETS = [
    ("field", _("Field of action"), False),
    ("municipality", _("Municipality"), False),
    ("target_group", _("Target group"), False),
    ("kind", _("Kind of lead organisation"), False),
    ("status", _("Status"), False),
    ("tag", _("Keywords"), True),
    ("criterion", _("Good-practice criteria"), True),
]


def chosen_options(search, name):
    """The chosen value(s) of filter ``name`` as (value in the query string, label) pairs."""
    value = search.active_filters.get(name)
    values = value if isinstance(value, list) else [value] if value else []
    labels = dict(search.filterset.filters[name].extra.get("choices", ()))
    return [
        (item.slug, str(item)) if hasattr(item, "slug") else (item, labels[item]) for item in values
    ]


def other_parameters(params, name):
    """The query parameters but the page and facet ``name``, as (key, value) pairs."""
    return [
        (key, value)
        for key, values in params.lists()
        if key not in ("page", name)
        for value in values
    ]


def toggled_query_string(others, name, chosen, value, selected, multiple):
    """The query string after clicking ``value`` of facet ``name`` (back to the first page)."""
    if multiple:
        values = [other for other in chosen if other != value] if selected else [*chosen, value]
    else:
        values = [] if selected else [value]
    return urlencode([*others, *((name, each) for each in values)])


def counted_facets(search):
    """``{facet name: [(value, label, count), …]}`` for the search's state, cached."""
    key = search.cache_key("facets")
    counts = cache.get(key)
    if counts is None:
        counts = {}
        for name, _label, multiple in FACETS:
            base = search.filtered_ids() if multiple else search.filtered_ids(except_filter=name)
            counts[name] = search.facet_index.counts(name, base)
        cache.set(key, counts, LIBRARY_CACHE_TIMEOUT)
    return counts


def build_facets(search, params):
    """The facets for a ``LibrarySearch`` and the request's query parameters ``params``."""
    counts = counted_facets(search)
    facets = []
    for name, label, multiple in FACETS:
        chosen = dict(chosen_options(search, name))
        counted = counts[name]
        if name == "tag":
            counted = [
                row
                for position, row in enumerate(counted)
                if position < TAG_FACET_LIMIT or row[0] in chosen
            ]
        # A chosen value without matches stays visible, so that it can be removed.
        counted_values = {row[0] for row in counted}
        counted = [
            *counted,
            *[
                (value, chosen_label, 0)
                for value, chosen_label in chosen.items()
                if value not in counted_values
            ],
        ]
        facet = Facet(name=name, label=label, multiple=multiple)
        others = other_parameters(params, name)
        for value, option_label, option_count in counted:
            selected = value in chosen
            facet.options.append(
                FacetOption(
                    value=value,
                    label=option_label,
                    count=option_count,
                    selected=selected,
                    query_string=toggled_query_string(
                        others, name, list(chosen), value, selected, multiple
                    ),
                )
            )
        facets.append(facet)
    return facets
