"""A moderator does not read other forums' drafts, nor project proposals, through the admin's
choosers, the move confirmation or the bulk-action pages."""

import pytest
from django.urls import reverse

from ik_wagtail.conferences.models import ForumModerator, ForumPage, ResultStatementPage
from tests.builders import build_conference_year
from tests.factories import ProjectFactory, ResultStatementPageFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = "Geheimer Entwurf Forum B"


@pytest.fixture
def world(home_page):
    conference = build_conference_year(home_page)
    forum_a, forum_b = ForumPage.objects.child_of(conference)
    moderator = UserFactory(username="mod_a")
    ForumModerator.objects.create(forum=forum_a, user=moderator)
    forum_a.save_revision().publish()
    ResultStatementPage.objects.child_of(forum_b).delete()
    draft = ResultStatementPageFactory(parent=forum_b, title=SECRET, live=False)
    own = ResultStatementPage.objects.child_of(forum_a).get()
    proposal = ProjectFactory(title="Vorschlag Nachtcafé", live=False)
    live_project = ProjectFactory(title="Sprachcafé Wassenberg")
    return {
        "moderator": moderator,
        "forum_b": forum_b,
        "draft": draft,
        "own": own,
        "proposal": proposal,
        "live_project": live_project,
    }


def body(response):
    """The chooser's HTML, whether it came as a page or inside Wagtail's modal JSON."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.text


def test_the_page_chooser_lists_live_and_own_pages_only(client, world):
    client.force_login(world["moderator"])

    browse = client.get(reverse("wagtailadmin_choose_page_child", args=[world["forum_b"].pk]))
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimer"})
    own = client.get(reverse("wagtailadmin_choose_page_child", args=[world["own"].get_parent().pk]))

    into_draft = client.get(reverse("wagtailadmin_choose_page_child", args=[world["draft"].pk]))

    assert browse.status_code == 200
    assert into_draft.status_code == 404
    assert SECRET not in body(browse) and SECRET not in body(search)
    assert world["own"].title in body(own)


def test_the_move_confirmation_names_no_page_the_user_may_not_move_to(client, world):
    client.force_login(world["moderator"])

    response = client.get(
        reverse("wagtailadmin_pages:move_confirm", args=[world["own"].pk, world["draft"].pk])
    )

    assert response.status_code in {302, 403}
    assert SECRET not in response.text


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_bulk_action_pages_do_not_list_drafts_the_user_may_not_see(client, world, action):
    client.force_login(world["moderator"])

    response = client.get(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]),
        {"id": [world["draft"].pk, world["own"].pk]},
    )

    assert SECRET not in response.text


def test_the_project_snippet_chooser_offers_live_projects_only(client, world, superuser):
    client.force_login(superuser)

    listing = client.get(reverse("wagtailsnippetchoosers_ik_projects_integrationproject:choose"))
    chosen = client.get(
        reverse(
            "wagtailsnippetchoosers_ik_projects_integrationproject:chosen",
            args=[world["proposal"].pk],
        )
    )

    html = body(listing)
    assert "Sprachcafé Wassenberg" in html
    assert "Vorschlag Nachtcafé" not in html
    assert chosen.status_code == 404
