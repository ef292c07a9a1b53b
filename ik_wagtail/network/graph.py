"""The network of actors for a filter state: nodes, links, counts and yearly figures.

Reads the precomputed ``ActorLink`` rows and the actors' kinds, places and fields in a fixed
number of queries and does the rest in Python. The result is plain data, cached per filter
state under the network's generation (``derived.NETWORK``), so a request after the first
costs no query for it; any change of links or actors gives it a new token.

Filters: field of action, municipality and kind choose the actors (links between chosen actors
stay); a conference year keeps only the links made in that year's forums.
"""

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache

from ik_wagtail.actors.enums import Engagement
from ik_wagtail.actors.models import Actor
from ik_wagtail.derived import NETWORK
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality

from .enums import LinkKind
from .layout import DETAIL_LIMIT
from .models import ActorLink

PROJECT_KINDS = {LinkKind.PROJECT, LinkKind.PARTNERSHIP}
NO_GROUP = ""


@dataclass
class Node:
    pk: int
    name: str
    slug: str
    kind: str
    engagement: str
    municipality_ids: frozenset
    place: str  # name of the first municipality, for the table
    group: str  # name of the municipality (or field of action) the node is drawn with
    links: int = 0  # distinct actors linked to
    partners: int = 0  # distinct actors linked to through a project


@dataclass
class Network:
    """The network for one filter state, small enough to cache.

    Up to ``DETAIL_LIMIT`` actors it keeps every linked pair (the picture draws them); above,
    only the number of links inside and between groups (the picture draws groups), so a cached
    network of 2,000 actors is not tens of thousands of pairs to unpickle per request.
    """

    nodes: list
    link_count: int
    projects: int
    forums: int
    pairs: dict | None = None  # (pk, pk) -> set of LinkKind
    inside: Counter = field(default_factory=Counter)  # group -> links among its actors
    between: Counter = field(default_factory=Counter)  # (group, group) -> links
    figures: list = field(default_factory=list)

    @property
    def connected(self):
        return sum(1 for node in self.nodes if node.links)

    @property
    def isolated(self):
        return len(self.nodes) - self.connected


@dataclass
class YearFigures:
    """What the KI reports to the council: the network as it stood at the end of a year."""

    year: int
    actors: int
    links: int
    new_links: int
    isolated: int
    across_engagement: int
    across_municipalities: int


def chosen_actors(field_of_action=None, municipality=None, kind=None):
    actors = Actor.objects.all()
    if field_of_action:
        actors = actors.filter(fields_of_action=field_of_action)
    if municipality:
        actors = actors.filter(municipalities=municipality)
    if kind:
        actors = actors.filter(kind=kind)
    return actors


def names_by_actor(through, column, names):
    """Sorted term names per actor id from an M2M through table (one query)."""
    by_actor = defaultdict(list)
    for actor_id, term_id in through.objects.values_list("actor_id", column):
        by_actor[actor_id].append(names[term_id])
    return {actor_id: sorted(terms) for actor_id, terms in by_actor.items()}


def load_nodes(actors, group_by_field):
    """Nodes of the chosen actors, grouped by their first municipality (or field) by name."""
    municipality_names = dict(Municipality.objects.values_list("pk", "name"))
    municipality_ids = defaultdict(set)
    for actor_id, term_id in Actor.municipalities.through.objects.values_list(
        "actor_id", "municipality_id"
    ):
        municipality_ids[actor_id].add(term_id)
    places = {
        actor_id: sorted(municipality_names[pk] for pk in ids)
        for actor_id, ids in municipality_ids.items()
    }
    groups = places
    if group_by_field:
        groups = names_by_actor(
            Actor.fields_of_action.through,
            "fieldofaction_id",
            dict(FieldOfAction.objects.values_list("pk", "name")),
        )
    return [
        Node(
            pk=pk,
            name=name,
            slug=slug,
            kind=kind,
            engagement=engagement,
            municipality_ids=frozenset(municipality_ids[pk]),
            place=(places.get(pk) or [NO_GROUP])[0],
            group=(groups.get(pk) or [NO_GROUP])[0],
        )
        for pk, name, slug, kind, engagement in actors.order_by("name", "pk").values_list(
            "pk", "name", "slug", "kind", "engagement"
        )
    ]


def build_network(field_of_action=None, municipality=None, kind=None, year=None):
    actors = chosen_actors(field_of_action, municipality, kind)
    nodes = load_nodes(actors, group_by_field=municipality is not None)
    by_pk = {node.pk: node for node in nodes}
    rows = ActorLink.objects.all()
    if field_of_action or municipality or kind:
        rows = rows.filter(actor_a__in=actors.values("pk"), actor_b__in=actors.values("pk"))
    links = list(
        rows.values_list("actor_a_id", "actor_b_id", "kind", "forum_id", "project_id", "year")
    )
    figures = year_figures(nodes, links)
    if year:
        links = [link for link in links if link[2] == LinkKind.FORUM and link[5] == year]
    pairs = defaultdict(set)
    for a, b, link_kind, _forum, _project, _year in links:
        pairs[(a, b)].add(link_kind)
    for (a, b), kinds in pairs.items():
        for pk in (a, b):
            by_pk[pk].links += 1
            if kinds & PROJECT_KINDS:
                by_pk[pk].partners += 1
    network = Network(
        nodes=nodes,
        link_count=len(pairs),
        projects=len({link[4] for link in links if link[4]}),
        forums=len({link[3] for link in links if link[3]}),
        figures=figures,
    )
    if len(nodes) <= DETAIL_LIMIT:
        network.pairs = dict(pairs)
    else:
        for a, b in pairs:
            group_a, group_b = sorted([by_pk[a].group, by_pk[b].group])
            if group_a == group_b:
                network.inside[group_a] += 1
            else:
                network.between[(group_a, group_b)] += 1
    return network


def year_figures(nodes, links):
    """Per year with links: the network as of the year's end (every link counts from the year
    it was first made). Pairs sharing no municipality count as links across municipalities.

    One pass over the pairs, then running totals, so the cost does not multiply with the years.
    """
    first_year = {}
    for a, b, _kind, _forum, _project, year in links:
        if year is not None:
            first_year[(a, b)] = min(year, first_year.get((a, b), year))
    by_pk = {node.pk: node for node in nodes}
    new_links, bridging, across, first_linked = Counter(), Counter(), Counter(), {}
    for (a, b), year in first_year.items():
        new_links[year] += 1
        bridging[year] += bridges_engagement(by_pk[a], by_pk[b])
        across[year] += not by_pk[a].municipality_ids & by_pk[b].municipality_ids
        for pk in (a, b):
            first_linked[pk] = min(year, first_linked.get(pk, year))
    newly_connected = Counter(first_linked.values())
    figures, links_so_far, bridging_so_far, across_so_far, connected = [], 0, 0, 0, 0
    for year in sorted(new_links):
        links_so_far += new_links[year]
        bridging_so_far += bridging[year]
        across_so_far += across[year]
        connected += newly_connected[year]
        figures.append(
            YearFigures(
                year=year,
                actors=len(nodes),
                links=links_so_far,
                new_links=new_links[year],
                isolated=len(nodes) - connected,
                across_engagement=bridging_so_far,
                across_municipalities=across_so_far,
            )
        )
    return figures


def bridges_engagement(node, other):
    """One full-time and one volunteer actor (an actor doing both bridges to neither)."""
    return {node.engagement, other.engagement} == {Engagement.FULL_TIME, Engagement.VOLUNTEER}


def cached_network(field_of_action=None, municipality=None, kind=None, year=None):
    state = "|".join(
        str(value or "")
        for value in [
            getattr(field_of_action, "pk", None),
            getattr(municipality, "pk", None),
            kind,
            year,
        ]
    )
    digest = hashlib.sha256(state.encode()).hexdigest()[:16]
    key = f"ik_network:graph:{NETWORK.current()}:{digest}"
    network = cache.get(key)
    if network is None:
        network = build_network(field_of_action, municipality, kind, year)
        cache.set(key, network, 60 * 60)
    return network
