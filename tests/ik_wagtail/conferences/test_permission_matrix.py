"""Role x action matrix through real HTTP requests, CSRF enforced; printed in the test output.

Every cell runs in a savepoint that is rolled back, so each action meets the same data: forum A
(moderated by "mod_a") has a live result statement with an unpublished draft; forum C, also
moderated by "mod_a", has a result statement waiting for the KI's approval; forum D has none.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ForumModerator, ForumPage, ResultStatementPage
from ik_wagtail.roles import KI_GROUP_NAME
from tests.builders import build_conference_year
from tests.factories import ForumPageFactory, ResultStatementPageFactory, UserFactory
from tests.ik_wagtail.conferences.admin_forms import result_statement_form

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "akteur", "mod_a", "mod_b", "ki", "superuser"]
ALLOWED = {
    "view live page": {"akteur", "mod_a", "mod_b", "ki", "superuser"},
    "view draft": {"mod_a", "ki", "superuser"},
    "edit result of forum A": {"mod_a", "ki", "superuser"},
    "publish": {"ki", "superuser"},
    "approve": {"ki", "superuser"},
    "reject": {"ki", "superuser"},
    "view history": {"mod_a", "ki", "superuser"},
    "compare revisions": {"mod_a", "ki", "superuser"},
    "preview": {"mod_a", "ki", "superuser"},
    "copy": {"ki", "superuser"},
    "edit actor": {"ki", "superuser"},
    "export calendar": {"akteur", "mod_a", "mod_b", "ki", "superuser"},
    "forged POST without CSRF token": set(),
}


def moderate(forum, user):
    ForumModerator.objects.create(forum=forum, user=user)
    forum.save_revision().publish()


@pytest.fixture
def world(home_page):
    users = {
        "akteur": UserFactory(username="akteur"),
        "mod_a": UserFactory(username="mod_a"),
        "mod_b": UserFactory(username="mod_b"),
        "ki": UserFactory(username="ki"),
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    users["ki"].groups.add(Group.objects.get(name=KI_GROUP_NAME))
    conference = build_conference_year(home_page)
    forum_a, forum_b = ForumPage.objects.child_of(conference)
    forum_c = ForumPageFactory(parent=conference)
    forum_d = ForumPageFactory(parent=conference)
    ResultStatementPageFactory(parent=forum_c, title="Ergebnisse C")
    moderate(forum_a, users["mod_a"])
    moderate(forum_b, users["mod_b"])
    moderate(forum_c, users["mod_a"])
    result_a = ResultStatementPage.objects.child_of(forum_a).get()
    result_a.summary = "Entwurf, noch nicht freigegeben"
    result_a.save_revision(user=users["mod_a"])
    result_c = ResultStatementPage.objects.child_of(forum_c).get()
    result_c.save_revision(user=users["mod_a"])
    result_c.get_workflow().start(result_c, users["mod_a"])
    return {
        "users": users,
        "conference": conference,
        "result_a": result_a,
        "result_c": result_c,
        "forum_d": forum_d,
        "actor": conference.lead_actor,
    }


def client_for(role, world):
    client = Client(enforce_csrf_checks=True)
    if role != "anonymous":
        client.force_login(world["users"][role])
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    client.csrf_token = token
    return client


def post(client, url, data):
    return client.post(url, {**data, "csrfmiddlewaretoken": client.csrf_token})


def task_state_of(page):
    return WorkflowState.objects.get(
        object_id=str(page.pk), status="in_progress"
    ).current_task_state


def edit_result(client, world):
    result = world["result_a"]
    post(
        client,
        reverse("wagtailadmin_pages:edit", args=[result.pk]),
        result_statement_form(slug=result.slug, summary="Geändert in der Matrix"),
    )
    result.refresh_from_db()
    return result.latest_revision.as_object().summary == "Geändert in der Matrix"


def publish(client, world):
    result = world["result_a"]
    post(
        client,
        reverse("wagtailadmin_pages:edit", args=[result.pk]),
        {
            **result_statement_form(slug=result.slug, summary="Veröffentlicht in der Matrix"),
            "action-publish": "1",
        },
    )
    result.refresh_from_db()
    return result.summary == "Veröffentlicht in der Matrix"


def workflow_decision(action):
    def decide(client, world):
        result = world["result_c"]
        task_state = task_state_of(result)
        post(
            client,
            reverse("wagtailadmin_pages:workflow_action", args=[result.pk, action, task_state.pk]),
            {"comment": "Matrix"},
        )
        task_state.refresh_from_db()
        return task_state.status == {"approve": "approved", "reject": "rejected"}[action]

    return decide


def get_ok(url_for):
    def visit(client, world):
        response = client.get(url_for(world))
        return response.status_code == 200

    return visit


def preview(client, world):
    result = world["result_a"]
    response = post(
        client,
        reverse("wagtailadmin_pages:preview_on_edit", args=[result.pk]),
        result_statement_form(slug=result.slug),
    )
    return response.status_code == 200 and response.json().get("is_valid") is True


def copy(client, world):
    result, forum_d = world["result_a"], world["forum_d"]
    post(
        client,
        reverse("wagtailadmin_pages:copy", args=[result.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": forum_d.pk},
    )
    return ResultStatementPage.objects.child_of(forum_d).exists()


def edit_actor(client, world):
    actor = world["actor"]
    post(
        client,
        reverse("ik_actors_actor_modeladmin_edit", args=[actor.pk]),
        {"name": "Umbenannt", "kind": actor.kind, "engagement": actor.engagement},
    )
    return Actor.objects.get(pk=actor.pk).name == "Umbenannt"


def export_calendar(client, world):
    response = client.get(world["conference"].url + "kalender/")
    return response.status_code == 200 and response["Content-Type"].startswith("text/calendar")


def forged_post(client, world):
    """The KI's own publish, but without the CSRF token: must be refused."""
    result = world["result_a"]
    client.post(
        reverse("wagtailadmin_pages:edit", args=[result.pk]),
        {**result_statement_form(slug=result.slug, summary="Gefälscht"), "action-publish": "1"},
    )
    result.refresh_from_db()
    return result.summary == "Gefälscht"


ACTIONS = {
    "view live page": get_ok(lambda world: world["result_a"].url),
    "view draft": get_ok(
        lambda world: reverse("wagtailadmin_pages:view_draft", args=[world["result_a"].pk])
    ),
    "edit result of forum A": edit_result,
    "publish": publish,
    "approve": workflow_decision("approve"),
    "reject": workflow_decision("reject"),
    "view history": get_ok(
        lambda world: reverse("wagtailadmin_pages:history", args=[world["result_a"].pk])
    ),
    "compare revisions": get_ok(
        lambda world: reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[world["result_a"].pk, "earliest", "latest"],
        )
    ),
    "preview": preview,
    "copy": copy,
    "edit actor": edit_actor,
    "export calendar": export_calendar,
    "forged POST without CSRF token": forged_post,
}


def attempt(role, action, world):
    """Whether ``role`` managed to do ``action``; the database is rolled back afterwards."""
    with transaction.atomic():
        allowed = ACTIONS[action](client_for(role, world), world)
        transaction.set_rollback(True)
    return allowed


def test_permission_matrix_matches_the_roles(world):
    matrix = {action: {role: attempt(role, action, world) for role in ROLES} for action in ACTIONS}

    width = max(len(action) for action in ACTIONS)
    print("\n" + " " * width + " | " + " | ".join(f"{role:^9}" for role in ROLES))
    for action, results in matrix.items():
        cells = " | ".join(f"{'erlaubt' if results[r] else '—':^9}" for r in ROLES)
        print(f"{action:<{width}} | {cells}")
    expected = {action: {role: role in ALLOWED[action] for role in ROLES} for action in ACTIONS}
    assert matrix == expected
