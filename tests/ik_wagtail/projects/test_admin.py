"""The KI's project admin: listing with filters and search, inspect view, criteria, menu."""

import pytest
from django.urls import reverse

from ik_wagtail.projects.models import GoodPracticeCriterion
from tests.factories import ProjectFactory, field_of_action, municipality

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_ik_projects_integrationproject:list"


def listed_titles(response):
    return sorted(project.title for project in response.context["object_list"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 6),
        ({"live": "false"}, 1),
        ({"status": "completed"}, 1),
        ({"kind": "initiative"}, 3),
    ],
)
def test_admin_listing_filters_include_drafts(admin_client_logged_in, catalogue, params, expected):
    response = admin_client_logged_in.get(reverse(LIST_URL), params)

    assert response.status_code == 200
    assert len(response.context["object_list"]) == expected


def test_admin_listing_filters_by_field_of_action(admin_client_logged_in, catalogue):
    response = admin_client_logged_in.get(
        reverse(LIST_URL), {"field_of_action": field_of_action("sprache").pk}
    )

    assert len(response.context["object_list"]) == 4


def test_admin_search_combines_with_relation_filters(admin_client_logged_in, catalogue):
    response = admin_client_logged_in.get(
        reverse(LIST_URL), {"q": "Sprach", "municipality": municipality("erkelenz").pk}
    )

    assert response.status_code == 200
    assert listed_titles(response) == ["Sprachcafé Entwurf", "Sprachcafé Erkelenz"]


def test_admin_inspect_view_shows_the_description_as_formatted_text(admin_client_logged_in):
    project = ProjectFactory(description="<p>Jeden <b>Montag</b>.</p>")

    response = admin_client_logged_in.get(
        reverse("wagtailsnippets_ik_projects_integrationproject:inspect", args=[project.pk])
    )

    assert response.status_code == 200
    assert "<p>Jeden <b>Montag</b>.</p>" in response.text


def test_admin_edit_view_of_a_project_renders(admin_client_logged_in, catalogue):
    project = catalogue["sprachcafe"]

    response = admin_client_logged_in.get(
        reverse("wagtailsnippets_ik_projects_integrationproject:edit", args=[project.pk])
    )

    assert response.status_code == 200
    assert "Sprachcafé Erkelenz" in response.text


def test_seeded_good_practice_criteria(admin_client_logged_in):
    response = admin_client_logged_in.get(
        reverse("ik_projects_goodpracticecriterion_modeladmin_index")
    )

    assert list(GoodPracticeCriterion.objects.values_list("name", flat=True)) == [
        "Zielgruppenbezug",
        "Niedrigschwelligkeit",
        "Partizipation",
        "Vernetzung",
        "Nachhaltigkeit",
        "Übertragbarkeit",
        "Dokumentation/Evaluation",
    ]
    assert response.status_code == 200


def test_integration_conference_menu_offers_projects_and_import(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("wagtailadmin_home"))

    assert "Gute-Praxis-Projekte" in response.text
    assert "Projekte importieren" in response.text
