"""Result entry by forum moderators, approval by the KI, and rights derived from the forum."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from ik_wagtail.conferences.models import ForumModerator, ForumPage, ResultStatementPage
from ik_wagtail.conferences.moderation import result_entry_url
from ik_wagtail.roles import KI_GROUP_NAME, MODERATION_GROUP_NAME
from tests.builders import build_conference_year
from tests.factories import UserFactory
from tests.ik_wagtail.conferences.admin_forms import result_statement_form

pytestmark = pytest.mark.django_db


def set_moderators(forum, users):
    """What an editor does in the admin: change the moderator list and publish the forum."""
    forum.moderators.all().delete()
    for user in users:
        ForumModerator.objects.create(forum=forum, user=user)
    forum.save_revision().publish()


@pytest.fixture
def people():
    ki = UserFactory(username="ki", email="ki@example.invalid")
    ki.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return {
        "ki": ki,
        "anna": UserFactory(username="anna"),
        "ben": UserFactory(username="ben"),
        "carla": UserFactory(username="carla"),
        "akteur": UserFactory(username="akteur"),
    }


@pytest.fixture
def forums(home_page, people):
    conference = build_conference_year(home_page)
    forum_a, forum_b = ForumPage.objects.child_of(conference)
    set_moderators(forum_a, [people["anna"], people["ben"]])
    set_moderators(forum_b, [people["carla"]])
    return forum_a, forum_b


def statement_of(forum):
    return ResultStatementPage.objects.child_of(forum).get()


def test_forum_moderators_may_edit_their_forums_results_only(forums, people):
    forum_a, forum_b = forums

    assert statement_of(forum_a).permissions_for_user(people["anna"]).can_edit()
    assert statement_of(forum_a).permissions_for_user(people["ben"]).can_edit()
    assert not statement_of(forum_b).permissions_for_user(people["anna"]).can_edit()
    assert not forum_a.permissions_for_user(people["anna"]).can_edit()
    assert not statement_of(forum_a).permissions_for_user(people["akteur"]).can_edit()


def test_forum_moderators_never_get_publish(forums, people):
    forum_a, _ = forums

    permissions = statement_of(forum_a).permissions_for_user(people["anna"])

    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_removing_a_moderator_removes_their_edit_right(forums, people):
    forum_a, _ = forums

    set_moderators(forum_a, [people["anna"]])

    assert not statement_of(forum_a).permissions_for_user(people["ben"]).can_edit()
    assert statement_of(forum_a).permissions_for_user(people["anna"]).can_edit()
    assert not people["ben"].groups.filter(name=MODERATION_GROUP_NAME).exists()


def test_moderator_of_another_forum_stays_in_the_common_group(forums, people):
    forum_a, forum_b = forums
    set_moderators(forum_b, [people["carla"], people["ben"]])

    set_moderators(forum_a, [people["anna"]])

    assert people["ben"].groups.filter(name=MODERATION_GROUP_NAME).exists()
    assert statement_of(forum_b).permissions_for_user(people["ben"]).can_edit()


def test_moderator_may_create_the_result_statement_of_a_forum_without_one(forums, people):
    forum_a, _ = forums
    statement_of(forum_a).delete()
    forum_a.refresh_from_db()

    assert forum_a.permissions_for_user(people["anna"]).can_add_subpage()
    assert result_entry_url(forum_a, people["anna"]) == reverse(
        "wagtailadmin_pages:add", args=["ik_conferences", "resultstatementpage", forum_a.pk]
    )


def test_deleting_a_forum_deletes_its_moderation_group(forums):
    forum_a, _ = forums
    group_name = forum_a.moderation_group.group.name

    forum_a.delete()

    assert not Group.objects.filter(name=group_name).exists()


def test_forum_page_offers_result_entry_to_its_moderators_only(client, forums, people):
    forum_a, _ = forums

    client.force_login(people["anna"])
    moderator_view = client.get(forum_a.url)
    client.force_login(people["carla"])
    other_moderator_view = client.get(forum_a.url)
    client.force_login(people["akteur"])
    actor_view = client.get(forum_a.url)

    edit_url = reverse("wagtailadmin_pages:edit", args=[statement_of(forum_a).pk])
    assert moderator_view.context["result_entry_url"] == edit_url
    assert f'href="{edit_url}"' in moderator_view.text
    assert other_moderator_view.context["result_entry_url"] is None
    assert actor_view.context["result_entry_url"] is None


def submit(client, statement, **form_overrides):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[statement.pk]),
        {**result_statement_form(slug=statement.slug, **form_overrides), "action-submit": "1"},
    )


def workflow_action(client, statement, action, comment=""):
    task_state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(statement.pk), status="in_progress"
    ).current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[statement.pk, action, task_state.pk]),
        {"comment": comment},
    )


def test_submit_then_approve_makes_the_new_results_live(client, forums, people):
    forum_a, _ = forums
    statement = statement_of(forum_a)
    statement.unpublish()

    client.force_login(people["anna"])
    submit(client, statement, summary="Neue Zusammenfassung aus dem Forum.")
    statement.refresh_from_db()
    assert not statement.live
    assert [message.to for message in mail.outbox] == [["ki@example.invalid"]]

    client.force_login(people["ki"])
    workflow_action(client, statement, "approve")
    statement.refresh_from_db()

    assert statement.live
    assert statement.summary == "Neue Zusammenfassung aus dem Forum."
    assert mail.outbox[-1].to == ["anna@example.invalid"]
    client.force_login(people["akteur"])
    assert client.get(forum_a.url).context["result_statement"] == statement


def test_reject_returns_the_results_to_the_moderator_with_the_comment(client, forums, people):
    forum_a, _ = forums
    statement = statement_of(forum_a)
    statement.unpublish()
    client.force_login(people["anna"])
    submit(client, statement)

    client.force_login(people["ki"])
    workflow_action(client, statement, "reject", comment="Bitte Verantwortliche ergänzen.")

    statement.refresh_from_db()
    assert not statement.live
    rejection = mail.outbox[-1]
    assert rejection.to == ["anna@example.invalid"]
    assert "Bitte Verantwortliche ergänzen." in rejection.body
    workflow_state = WorkflowState.objects.get(object_id=str(statement.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_edits_after_approval_need_approval_again_and_the_live_page_keeps_its_content(
    client, forums, people
):
    forum_a, _ = forums
    statement = statement_of(forum_a)
    live_summary = statement.summary

    client.force_login(people["anna"])
    submit(client, statement, summary="Überarbeitete Fassung")
    client.force_login(people["akteur"])
    during_review = client.get(statement.url)

    statement.refresh_from_db()
    assert statement.live
    assert statement.has_unpublished_changes
    assert during_review.context["page"].summary == live_summary
    assert "Überarbeitete Fassung" not in during_review.text


def test_moderator_cannot_change_results_while_they_are_in_review(client, forums, people):
    forum_a, _ = forums
    statement = statement_of(forum_a)
    client.force_login(people["anna"])
    submit(client, statement, summary="Eingereichte Fassung")

    client.post(
        reverse("wagtailadmin_pages:edit", args=[statement.pk]),
        result_statement_form(slug=statement.slug, summary="Nachträglich geändert"),
    )
    client.force_login(people["ki"])
    workflow_action(client, statement, "approve")

    statement.refresh_from_db()
    assert statement.summary == "Eingereichte Fassung"
    assert statement.latest_revision.as_object().summary == "Eingereichte Fassung"


def test_a_reviewers_edit_needs_its_own_approval_before_it_goes_live(client, forums, people):
    forum_a, _ = forums
    statement = statement_of(forum_a)
    live_summary = statement.summary
    client.force_login(people["anna"])
    submit(client, statement, summary="Eingereichte Fassung")
    client.force_login(people["ki"])
    client.post(
        reverse("wagtailadmin_pages:edit", args=[statement.pk]),
        result_statement_form(slug=statement.slug, summary="Vom KI redigiert"),
    )

    workflow_action(client, statement, "approve")
    statement.refresh_from_db()
    after_first_approval = statement.summary
    workflow_action(client, statement, "approve")
    statement.refresh_from_db()

    assert after_first_approval == live_summary
    assert statement.summary == "Vom KI redigiert"
