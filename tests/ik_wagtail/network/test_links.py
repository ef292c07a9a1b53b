import pytest

from ik_wagtail.network.enums import LinkKind
from ik_wagtail.network.graph import build_network
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorLink
from tests.factories import field_of_action, municipality

pytestmark = pytest.mark.django_db

F, PR, PA = LinkKind.FORUM, LinkKind.PROJECT, LinkKind.PARTNERSHIP


def named_pairs(network):
    names = {node.pk: node.name.split()[0] for node in network.nodes}
    return {tuple(sorted([names[a], names[b]])): kinds for (a, b), kinds in network.pairs.items()}


def test_network_edges_are_exactly_the_hand_built_ones(world):
    network = build_network()

    assert named_pairs(network) == {
        ("Sprachcafé", "VHS"): {F},
        ("Jobcenter", "Sprachcafé"): {F},
        ("Jobcenter", "VHS"): {F},
        ("Caritas", "Jobcenter"): {F},
        ("Jobcenter", "Moscheegemeinde"): {F},
        ("Caritas", "Moscheegemeinde"): {F, PA},
        ("Caritas", "Sprachcafé"): {PA},
        ("Moscheegemeinde", "Sprachcafé"): {PR},
    }
    assert (network.isolated, network.connected, network.projects, network.forums) == (1, 5, 1, 2)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"field_of_action": "sprache"},
            {("Sprachcafé", "VHS"): {F}, ("Caritas", "Sprachcafé"): {PA}},
        ),
        ({"municipality": "erkelenz"}, {("Sprachcafé", "VHS"): {F}}),
        ({"kind": "initiative"}, {}),
        (
            {"year": 2024},
            {
                ("Sprachcafé", "VHS"): {F},
                ("Jobcenter", "Sprachcafé"): {F},
                ("Jobcenter", "VHS"): {F},
            },
        ),
        (
            {"year": 2025},
            {
                ("Caritas", "Jobcenter"): {F},
                ("Jobcenter", "Moscheegemeinde"): {F},
                ("Caritas", "Moscheegemeinde"): {F},
            },
        ),
    ],
)
def test_network_filters_change_the_edges(world, filters, expected):
    if "field_of_action" in filters:
        filters["field_of_action"] = field_of_action(filters["field_of_action"])
    if "municipality" in filters:
        filters["municipality"] = municipality(filters["municipality"])

    assert named_pairs(build_network(**filters)) == expected


def test_network_node_set_follows_the_actor_filters(world):
    network = build_network(municipality=municipality("erkelenz"))

    assert sorted(node.name for node in network.nodes) == [
        "Lernpaten Erkelenz",
        "Sprachcafé Erkelenz",
        "VHS Erkelenz",
    ]


def test_year_figures_count_the_network_at_each_years_end(world):
    figures = build_network().figures

    assert [
        (
            row.year,
            row.actors,
            row.links,
            row.new_links,
            row.isolated,
            row.across_engagement,
            row.across_municipalities,
        )
        for row in figures
    ] == [
        # 2023: the project (Caritas–Sprachcafé, Caritas–Moschee, Sprachcafé–Moschee)
        (2023, 6, 3, 3, 3, 2, 3),
        # 2024: + Sprachcafé–VHS, Sprachcafé–Jobcenter, VHS–Jobcenter
        (2024, 6, 6, 3, 1, 4, 5),
        # 2025: + Jobcenter–Caritas, Jobcenter–Moschee (Caritas–Moschee existed)
        (2025, 6, 8, 2, 1, 5, 6),
    ]


def test_publishing_and_unpublishing_a_forum_updates_its_links(world):
    forum = world["forum_arbeit"]
    forum.unpublish()

    assert not ActorLink.objects.filter(forum=forum).exists()

    forum.save_revision().publish()

    assert ActorLink.objects.filter(forum=forum).count() == 3


def test_saving_a_project_as_draft_removes_its_links(world):
    project = world["project"]
    project.live = False
    project.save()

    assert not ActorLink.objects.filter(project=project).exists()


def test_removing_a_membership_drops_the_moderators_organisation_from_the_forum(world):
    world["moderator"].ik_actor_membership.delete()

    members = set(
        ActorLink.objects.filter(forum=world["forum_arbeit"]).values_list("actor_a", "actor_b")
    )
    assert members == {
        tuple(sorted([world["actors"]["jobcenter"].pk, world["actors"]["caritas"].pk]))
    }


def test_rebuild_gives_the_same_links_as_the_incremental_updates(world):
    before = sorted(
        ActorLink.objects.values_list("actor_a", "actor_b", "kind", "forum", "project", "year")
    )

    count = rebuild_network()

    after = sorted(
        ActorLink.objects.values_list("actor_a", "actor_b", "kind", "forum", "project", "year")
    )
    assert (count, after) == (len(before), before)


def forum_pairs(forum):
    return set(ActorLink.objects.filter(forum=forum).values_list("actor_a", "actor_b"))


def test_publishing_results_links_the_actors_they_name(world):
    actors, forum = world["actors"], world["forum_sprache"]

    world["statement"].get_latest_revision().publish()  # the draft naming the Lernpaten

    lernpaten = actors["lernpaten"].pk
    assert {pair for pair in forum_pairs(forum) if lernpaten in pair} == {
        tuple(sorted([lernpaten, actors[name].pk])) for name in ["sprachcafe", "vhs", "jobcenter"]
    }


def test_unpublishing_a_referent_drops_its_organisation_from_the_forum(world):
    actors, forum = world["actors"], world["forum_sprache"]

    forum.forum_referents.get().referent.unpublish()

    assert forum_pairs(world["forum_sprache"]) == {
        tuple(sorted([actors["sprachcafe"].pk, actors["jobcenter"].pk]))
    }
