"""Which published project carries which facet value, in memory.

A new search has to count seven facets over its matches, each with the other filters applied.
As seven aggregations over thousands of ids that took 60–90 ms of SQL at 10,000 projects on
PostgreSQL; as intersections of id sets it takes a few milliseconds in Python. The index holds,
per facet and value, the set of published projects that have it, plus the values' labels in the
order the facets show them. It is built from six queries over the whole library (about 130 ms at
10,000 projects) once per process and library generation (``derived.LIBRARY``, renewed by every
change of projects, vocabularies or actors), so it is never older than the data.
"""

from collections import defaultdict
from dataclasses import dataclass

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .enums import ProjectStatus
from .models.criterion import GoodPracticeCriterion
from .models.project import IntegrationProject, TaggedIntegrationProject

# facet name -> (many-to-many field of the project, vocabulary)
TERM_FACETS = {
    "field": ("fields_of_action", FieldOfAction),
    "municipality": ("municipalities", Municipality),
    "target_group": ("target_groups", TargetGroup),
    "criterion": ("criteria", GoodPracticeCriterion),
}
# facet name -> (column of the live projects' row, choices in their order)
CHOICE_FACETS = {
    "kind": ("lead_actor__kind", ActorKind.choices),
    "status": ("status", ProjectStatus.choices),
}
# Keywords are shown most frequent first; every other facet in its vocabulary's order.
FREQUENCY_ORDERED = {"tag"}


@dataclass
class FacetIndex:
    version: str
    live_ids: frozenset
    # facet name -> value -> ids of the published projects with that value
    members: dict
    # facet name -> [(value, label)] in the order the facet lists them
    labels: dict

    def ids_with(self, name, values):
        """The published projects that have every one of ``values`` of facet ``name``."""
        carriers = self.members[name]
        chosen = [carriers.get(value, frozenset()) for value in values]
        return frozenset.intersection(*chosen) if chosen else self.live_ids

    def counts(self, name, ids):
        """``[(value, label, count)]`` of facet ``name`` among ``ids``, values that occur only."""
        carriers = self.members[name]
        counted = [
            (value, label, len(ids & carriers[value]))
            for value, label in self.labels[name]
            if value in carriers
        ]
        counted = [row for row in counted if row[2]]
        if name in FREQUENCY_ORDERED:
            counted.sort(key=lambda row: (-row[2], row[1]))
        return counted


def build_facet_index(version):
    names = [*CHOICE_FACETS, *TERM_FACETS, "tag"]
    members = {name: defaultdict(set) for name in names}
    labels = {name: list(choices) for name, (_column, choices) in CHOICE_FACETS.items()}
    live = IntegrationProject.objects.live()
    columns = [column for column, _choices in CHOICE_FACETS.values()]
    live_ids = set()
    for pk, *values in live.values_list("pk", *columns):
        live_ids.add(pk)
        for name, value in zip(CHOICE_FACETS, values, strict=True):
            if value is not None:
                members[name][value].add(pk)
    project_column = f"{IntegrationProject._meta.model_name}_id"
    for name, (field_name, vocabulary) in TERM_FACETS.items():
        through = getattr(IntegrationProject, field_name).through
        pairs = through.objects.filter(**{f"{project_column}__in": live.values("pk")})
        term_column = f"{vocabulary._meta.model_name}__slug"
        for pk, slug in pairs.values_list(project_column, term_column):
            members[name][slug].add(pk)
        labels[name] = list(
            vocabulary.objects.order_by("sort_order", "name").values_list("slug", "name")
        )
    tag_names = {}
    tagged = TaggedIntegrationProject.objects.filter(content_object__live=True)
    for pk, slug, tag_name in tagged.values_list("content_object_id", "tag__slug", "tag__name"):
        members["tag"][slug].add(pk)
        tag_names[slug] = tag_name
    labels["tag"] = sorted(tag_names.items(), key=lambda item: item[1])
    return FacetIndex(
        version=version,
        live_ids=frozenset(live_ids),
        members={
            name: {value: frozenset(ids) for value, ids in carriers.items()}
            for name, carriers in members.items()
        },
        labels=labels,
    )


_current = None


def facet_index(version):
    """The index for the library generation's token ``version``, built on first use in this
    process."""
    global _current
    if _current is None or _current.version != version:
        _current = build_facet_index(version)
    return _current
