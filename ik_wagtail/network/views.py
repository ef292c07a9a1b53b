"""What the network page shows for a request: filters, picture, table, sentence and figures."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality

from .enums import NetworkOrdering
from .forms import NetworkFilterForm
from .graph import NO_GROUP, cached_network
from .layout import DETAIL_LIMIT, GroupLabel, cluster_layout, detail_layout, view_box
from .models import ActorMembership
from .suggestions import partner_suggestions

ACTORS_PER_PAGE = 50
DEFAULT_ORDERING = "-links"
SORT_KEYS = {
    NetworkOrdering.NAME: lambda node: (node.name.casefold(), node.pk),
    NetworkOrdering.LINKS: lambda node: (node.links, node.partners),
    NetworkOrdering.PARTNERS: lambda node: (node.partners, node.links),
}


def ordering_of(request):
    value = request.GET.get("sort", DEFAULT_ORDERING)
    return value if value.lstrip("-") in SORT_KEYS else DEFAULT_ORDERING


def sorted_nodes(nodes, ordering):
    by_name = sorted(nodes, key=SORT_KEYS[NetworkOrdering.NAME])
    key = ordering.lstrip("-")
    if key == NetworkOrdering.NAME:
        return by_name[::-1] if ordering.startswith("-") else by_name
    return sorted(by_name, key=SORT_KEYS[key], reverse=ordering.startswith("-"))


def query_string(request, **changes):
    params = {key: value for key, value in request.GET.items() if key != "page"}
    params.update(changes)
    return "?" + urlencode({key: value for key, value in params.items() if value})


def table_headers(request, ordering):
    """Sort links of the table's columns; a second click reverses the order."""
    headers = []
    for value, label in NetworkOrdering.choices:
        current = ordering.lstrip("-") == value
        descending = ordering.startswith("-")
        next_ordering = value if current and descending else f"-{value}"
        if value == NetworkOrdering.NAME and not current:
            next_ordering = value
        headers.append(
            {
                "label": label,
                "url": query_string(request, sort=next_ordering),
                "aria_sort": ("descending" if descending else "ascending") if current else "none",
            }
        )
    return headers


def scope_phrase(filters):
    field, place = filters["field_of_action"], filters["municipality"]
    if field and place:
        return _("In the field of action %(field)s in %(place)s") % {
            "field": field.name,
            "place": place.name,
        }
    if field:
        return _("In the field of action %(field)s") % {"field": field.name}
    if place:
        return _("In %(place)s") % {"place": place.name}
    return _("In the network")


def summary_sentence(network, filters):
    """ "Im Handlungsfeld Arbeit arbeiten 34 Akteure in 12 Projekten zusammen; …"."""
    scope = scope_phrase(filters)
    isolated = ngettext(
        "%(count)d actor is not yet linked to anyone.",
        "%(count)d actors are not yet linked to anyone.",
        network.isolated,
    ) % {"count": network.isolated}
    if not network.link_count:
        return _("%(scope)s there are no links yet; %(isolated)s") % {
            "scope": scope,
            "isolated": isolated,
        }
    projects = ngettext("%(count)d project", "%(count)d projects", network.projects) % {
        "count": network.projects
    }
    forums = ngettext("%(count)d forum", "%(count)d forums", network.forums) % {
        "count": network.forums
    }
    return ngettext(
        "%(scope)s %(count)d actor works together in %(projects)s and %(forums)s; %(isolated)s",
        "%(scope)s %(count)d actors work together in %(projects)s and %(forums)s; %(isolated)s",
        network.connected,
    ) % {
        "scope": scope,
        "count": network.connected,
        "projects": projects,
        "forums": forums,
        "isolated": isolated,
    }


def group_label(group, by_field):
    if group != NO_GROUP:
        return group
    return _("No field of action") if by_field else _("No municipality")


def picture(request, network, filters, actor_url):
    """Nodes and edges of the SVG: single actors, or groups above ``DETAIL_LIMIT``."""
    by_field = filters["municipality"] is not None
    if len(network.nodes) <= DETAIL_LIMIT:
        nodes, edges, group_labels = detail_layout(
            network.nodes,
            network.pairs,
            url_for=actor_url,
            title_for=lambda node: (
                ngettext("%(name)s: %(count)d link", "%(name)s: %(count)d links", node.links)
                % {"name": node.name, "count": node.links}
            ),
        )
        return {
            "clustered": False,
            "nodes": nodes,
            "edges": edges,
            "group_labels": [
                GroupLabel(group_label(label.text, by_field), label.x, label.y)
                for label in group_labels
            ],
            "view_box": view_box(nodes),
        }
    model, parameter = (FieldOfAction, "field") if by_field else (Municipality, "municipality")
    slugs = dict(model.objects.values_list("name", "slug"))

    def url_for_group(group):
        if group in slugs:
            return query_string(request, **{parameter: slugs[group], "sort": ""})
        return "#netzwerk-tabelle"

    nodes, edges, _labels = cluster_layout(
        network.nodes,
        network.inside,
        network.between,
        url_for_group=url_for_group,
        title_for_group=lambda group, size, inside: (
            _("%(group)s: %(actors)s, %(links)s")
            % {
                "group": group_label(group, by_field),
                "actors": ngettext("%(count)d actor", "%(count)d actors", size) % {"count": size},
                "links": ngettext("%(count)d link among them", "%(count)d links among them", inside)
                % {"count": inside},
            }
        ),
        edge_title=lambda ga, gb, count: (
            ngettext(
                "%(count)d link between %(a)s and %(b)s",
                "%(count)d links between %(a)s and %(b)s",
                count,
            )
            % {"count": count, "a": group_label(ga, by_field), "b": group_label(gb, by_field)}
        ),
    )
    for node in nodes:
        node.label = group_label(node.label, by_field)
    return {"clustered": True, "nodes": nodes, "edges": edges, "view_box": view_box(nodes)}


def actor_url_maker(request):
    directory = ActorDirectoryPage.objects.live().first()
    if directory is None:
        return lambda node: ""
    base = directory.get_url(request)
    return lambda node: base + directory.reverse_subpage("actor_detail", args=[node.slug])


def own_organisation(user):
    membership = ActorMembership.objects.filter(user=user).select_related("actor").first()
    return membership.actor if membership else None


def network_context(page, request):
    form = NetworkFilterForm(request.GET)
    filters = form.filters()
    network = cached_network(**filters)
    actor_url = actor_url_maker(request)
    ordering = ordering_of(request)
    page_obj = Paginator(sorted_nodes(network.nodes, ordering), ACTORS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    for node in page_obj:
        node.url = actor_url(node)
        node.kind_label = ActorKind(node.kind).label
    organisation = own_organisation(request.user)
    return {
        "filter_form": form,
        "network": network,
        "svg": picture(request, network, filters, actor_url),
        "summary": summary_sentence(network, filters),
        "year": filters["year"],
        "page_obj": page_obj,
        "table_headers": table_headers(request, ordering),
        "organisation": organisation,
        "organisation_suggestions": partner_suggestions(organisation) if organisation else [],
        "detail_limit": DETAIL_LIMIT,
    }
