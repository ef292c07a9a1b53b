import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def searchable_home(home_page):
    home_page.introduction = "Sprachcafé und Patenschaften im Kreis Heinsberg"
    home_page.save_revision().publish()
    return home_page


def test_search_finds_live_page(user_client, searchable_home):
    response = user_client.get(reverse("search"), {"q": "Patenschaften"})

    assert response.status_code == 200
    assert [result.pk for result in response.context["page_obj"]] == [searchable_home.pk]


def test_search_hides_pages_restricted_to_a_group_the_user_lacks(user_client, searchable_home):
    restriction = PageViewRestriction.objects.create(
        page=searchable_home, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Nur KI"))

    response = user_client.get(reverse("search"), {"q": "Patenschaften"})

    assert list(response.context["page_obj"]) == []


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Sprache", "page": "-1"},
        {"q": "Sprache", "page": "abc"},
        {"q": "Sprache", "page": "999999"},
        {"q": "Sprache\x00; DROP TABLE wagtailcore_page; --"},
        {"q": ""},
    ],
)
def test_search_answers_bad_input_with_normal_page(user_client, searchable_home, params):
    response = user_client.get(reverse("search"), params)

    assert response.status_code == 200


def test_search_rejects_overlong_query_with_message(user_client):
    response = user_client.get(reverse("search"), {"q": "a" * 5000})

    assert response.status_code == 200
    assert "Der Suchbegriff ist zu lang" in response.text


def test_search_escapes_html_in_query(user_client):
    response = user_client.get(reverse("search"), {"q": "<script>alert(1)</script>"})

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
