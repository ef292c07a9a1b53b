import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.test.utils import WagtailPageTestCase

from ik_wagtail.network.models import ActorMembership, NetworkPage

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(content):
    return ET.fromstring(re.search(r"<svg .*?</svg>", content, re.S).group(0))


def table_rows(content):
    body = re.search(r'<table class="network-table">.*?<tbody>(.*?)</tbody>', content, re.S).group(
        1
    )
    return [
        [
            re.sub(r"<.*?>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_network_page_renders_a_valid_svg_with_title_and_description(world, user_client):
    response = user_client.get(world["page"].url)

    content = response.content.decode()
    svg = svg_of(content)
    assert response.status_code == 200
    assert "<script" not in content
    assert svg.find(f"{SVG}title").text == "Netzwerk der Akteure"
    assert (svg.attrib["aria-labelledby"], svg.attrib["aria-describedby"]) == (
        "network-title",
        "network-desc",
    )
    assert "6 Akteure als Punkte" in svg.find(f"{SVG}desc").text


def test_svg_and_table_have_the_same_counts(world, user_client):
    content = user_client.get(world["page"].url).content.decode()

    svg = svg_of(content)
    rows = table_rows(content)
    edges = svg.findall(f".//{SVG}line")
    nodes = svg.findall(f".//{SVG}circle")
    assert (len(nodes), len(edges)) == (6, 8)
    assert len(rows) == 6
    assert sum(int(row[3]) for row in rows) == 2 * len(edges)


def test_every_node_links_to_its_actor(world, user_client):
    content = user_client.get(world["page"].url).content.decode()

    links = sorted(a.attrib["href"] for a in svg_of(content).findall(f".//{SVG}a"))
    assert links == sorted(f"/akteure/{actor.slug}/" for actor in world["actors"].values())


def test_summary_sentence_counts_actors_projects_forums_and_isolated(world, user_client):
    content = user_client.get(world["page"].url + "?field=sprache").content.decode()

    assert (
        "Im Handlungsfeld Sprache arbeiten 3 Akteure in 1 Projekt und 1 Forum zusammen; "
        "1 Akteur ist noch mit niemandem verbunden." in content
    )


def test_filters_in_the_query_string_change_the_picture(world, user_client):
    content = user_client.get(world["page"].url + "?year=2024").content.decode()

    assert len(svg_of(content).findall(f".//{SVG}line")) == 3
    assert "Gezeigt: die Verbindungen aus den Foren der Konferenz 2024." in content


def test_bad_filter_values_are_reported_not_a_server_error(world, user_client):
    response = user_client.get(world["page"].url + "?year=1800&kind=abc&field=nix&sort=evil")

    content = response.content.decode()
    assert response.status_code == 200
    assert content.count('class="errorlist"') == 3
    assert len(svg_of(content).findall(f".//{SVG}line")) == 8


def test_table_sorts_by_links_and_by_name_from_the_query_string(world, user_client):
    by_links = table_rows(user_client.get(world["page"].url + "?sort=-links").content.decode())
    by_name = table_rows(user_client.get(world["page"].url + "?sort=name").content.decode())

    # Equal links: more project partners first (Sprachcafé 2, Jobcenter 0), then by name.
    assert [(row[0], row[3], row[4]) for row in by_links] == [
        ("Sprachcafé Erkelenz", "4", "2"),
        ("Jobcenter Kreis Heinsberg", "4", "0"),
        ("Caritas Heinsberg", "3", "2"),
        ("Moscheegemeinde Hückelhoven", "3", "2"),
        ("VHS Erkelenz", "2", "0"),
        ("Lernpaten Erkelenz", "0", "0"),
    ]
    assert [row[0] for row in by_name] == sorted(row[0] for row in by_name)


def test_page_shows_suggestions_for_the_users_own_organisation(world, user_client, intranet_user):
    ActorMembership.objects.create(user=intranet_user, actor=world["actors"]["sprachcafe"])

    content = user_client.get(world["page"].url).content.decode()

    assert "Partnervorschläge für Sprachcafé Erkelenz" in content
    assert content.count('class="suggestion__reasons"') == 1


def test_network_page_requires_login(world, client):
    response = client.get(world["page"].url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


class TestNetworkPageType(WagtailPageTestCase):
    def test_network_page_sits_below_the_home_page(self):
        from home.models import HomePage

        self.assertAllowedParentPageTypes(NetworkPage, {HomePage})
        self.assertAllowedSubpageTypes(NetworkPage, {})


def test_large_networks_are_drawn_as_groups_linking_to_their_filter(
    world, user_client, monkeypatch
):
    from ik_wagtail.network import graph, views

    monkeypatch.setattr(graph, "DETAIL_LIMIT", 3)
    monkeypatch.setattr(views, "DETAIL_LIMIT", 3)

    content = user_client.get(world["page"].url).content.decode()

    svg = svg_of(content)
    groups = {
        a.attrib["href"]: a.find(f"{SVG}circle/{SVG}title").text for a in svg.findall(f".//{SVG}a")
    }
    assert groups == {
        "?municipality=erkelenz": "Erkelenz: 3 Akteure, 1 Verbindung untereinander",
        "?municipality=heinsberg": "Heinsberg: 2 Akteure, 1 Verbindung untereinander",
        "?municipality=hueckelhoven": "Hückelhoven: 1 Akteur, 0 Verbindungen untereinander",
    }
    assert sorted(line.find(f"{SVG}title").text for line in svg.findall(f".//{SVG}line")) == [
        "1 Verbindung zwischen Erkelenz und Hückelhoven",
        "2 Verbindungen zwischen Heinsberg und Hückelhoven",
        "3 Verbindungen zwischen Erkelenz und Heinsberg",
    ]
    assert sum(int(row[3]) for row in table_rows(content)) == 2 * 8
