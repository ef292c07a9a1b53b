"""A deterministic layout of the network in Python, for a server-rendered SVG.

Actors are grouped (by municipality, or by field of action once a municipality is chosen): the
groups sit on a large circle in alphabetical order, each group's actors on a small circle around
its place, sized by their number. The same data always gives the same picture, with no graph
library and no JavaScript. Above ``DETAIL_LIMIT`` actors single dots and lines would be
unreadable, so the picture shows one circle per group (its area by the number of actors) and one
line per pair of groups with links (its width by their number); the table lists every actor.
"""

import math
from collections import Counter
from dataclasses import dataclass

SIZE = 800
CENTRE = SIZE / 2
DETAIL_LIMIT = 150
LABEL_LIMIT = 40


@dataclass
class Point:
    x: float
    y: float


@dataclass
class DrawnNode:
    label: str
    x: float
    y: float
    r: float
    url: str
    title: str
    show_label: bool
    # Where the label goes: away from the centre of the node's group, so labels of one group
    # fan out instead of piling up; a group's own circle has its label below.
    label_x: float = 0
    label_y: float = 0
    anchor: str = "middle"


@dataclass
class GroupLabel:
    text: str
    x: float
    y: float


def place_label(node, centre):
    """Put the label beside the dot, on the side facing away from the group's centre."""
    dx, dy = node.x - centre.x, node.y - centre.y
    length = math.hypot(dx, dy)
    if length < 1:
        node.label_x, node.label_y, node.anchor = node.x, round(node.y - 10, 1), "middle"
        return
    ux, uy = dx / length, dy / length
    node.label_x = round(node.x + ux * 10, 1)
    node.label_y = round(node.y + uy * 10 + 4, 1)
    node.anchor = "start" if ux > 0.3 else "end" if ux < -0.3 else "middle"


def view_box(nodes, margin_x=170, margin_y=30):
    """The drawing's bounds plus room for labels, so no empty band is left around it."""
    if not nodes:
        return f"0 0 {SIZE} {SIZE // 4}"
    left = min(node.x - node.r for node in nodes) - margin_x
    right = max(node.x + node.r for node in nodes) + margin_x
    top = min(node.y - node.r for node in nodes) - margin_y
    bottom = max(node.y + node.r for node in nodes) + margin_y
    return f"{left:.0f} {top:.0f} {right - left:.0f} {bottom - top:.0f}"


@dataclass
class DrawnEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


def on_circle(index, count, radius, centre):
    angle = 2 * math.pi * index / max(count, 1) - math.pi / 2
    return Point(
        round(centre.x + radius * math.cos(angle), 1), round(centre.y + radius * math.sin(angle), 1)
    )


def group_centres(groups):
    """Centre of each group: alone in the middle, else evenly on a circle."""
    centre = Point(CENTRE, CENTRE)
    if len(groups) == 1:
        return {groups[0]: centre}
    return {
        group: on_circle(index, len(groups), SIZE * 0.34, centre)
        for index, group in enumerate(groups)
    }


def group_radius(members, groups):
    """Room for a group's circle: large when alone, bounded by the space between groups."""
    if len(groups) == 1:
        return SIZE * 0.4
    spacing = SIZE * 0.34 * math.sin(math.pi / len(groups))
    return min(spacing * 0.8, 28 + 10 * math.sqrt(members))


def detail_layout(nodes, pairs, url_for, title_for):
    """Every actor a dot at a fixed place; every linked pair a line."""
    groups = sorted({node.group for node in nodes})
    centres = group_centres(groups)
    members = {group: [node for node in nodes if node.group == group] for group in groups}
    places = {}
    for group, group_nodes in members.items():
        radius = group_radius(len(group_nodes), groups) if len(group_nodes) > 1 else 0
        for index, node in enumerate(group_nodes):
            places[node.pk] = on_circle(index, len(group_nodes), radius, centres[group])
    show_labels = len(nodes) <= LABEL_LIMIT
    drawn_nodes = [
        DrawnNode(
            label=node.name,
            x=places[node.pk].x,
            y=places[node.pk].y,
            r=6 if node.links else 4,
            url=url_for(node),
            title=title_for(node),
            show_label=show_labels,
        )
        for node in nodes
    ]
    if show_labels:
        for node, drawn in zip(nodes, drawn_nodes, strict=True):
            place_label(drawn, centres[node.group])
    group_labels = [
        GroupLabel(group, centres[group].x, centres[group].y + 4)
        for group in groups
        if len(members[group]) > 2
    ]
    by_pk = {node.pk: node for node in nodes}
    edges = [
        DrawnEdge(
            places[a].x,
            places[a].y,
            places[b].x,
            places[b].y,
            1.5 if len(kinds) > 1 else 1,
            f"{by_pk[a].name} – {by_pk[b].name}",
        )
        for (a, b), kinds in sorted(pairs.items())
    ]
    return drawn_nodes, edges, group_labels


def cluster_layout(nodes, inside, between, url_for_group, title_for_group, edge_title):
    """One circle per group and one line per pair of groups with links between them."""
    groups = sorted({node.group for node in nodes})
    centres = group_centres(groups)
    sizes = Counter(node.group for node in nodes)
    largest = max(sizes.values(), default=1)
    drawn_nodes = [
        DrawnNode(
            label=group,
            x=centres[group].x,
            y=centres[group].y,
            r=round(8 + 34 * math.sqrt(sizes[group] / largest), 1),
            url=url_for_group(group),
            title=title_for_group(group, sizes[group], inside[group]),
            show_label=True,
        )
        for group in groups
    ]
    most = max(between.values(), default=1)
    edges = [
        DrawnEdge(
            centres[ga].x,
            centres[ga].y,
            centres[gb].x,
            centres[gb].y,
            round(1 + 7 * math.log1p(count) / math.log1p(most), 1),
            edge_title(ga, gb, count),
        )
        for (ga, gb), count in sorted(between.items())
    ]
    for node in drawn_nodes:
        node.label_x, node.label_y = node.x, round(node.y + node.r + 14, 1)
    return drawn_nodes, edges, []
