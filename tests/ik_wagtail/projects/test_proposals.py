""" "Projekt vorschlagen": a draft in the KI's moderation workflow, never published by itself."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.models import Workflow, WorkflowContentType, WorkflowState

from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.roles import KI_GROUP_NAME
from tests.factories import UserFactory, field_of_action, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def ki_member():
    user = UserFactory(username="ki-pruefer", email="ki-pruefer@example.invalid")
    user.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return user


def proposal(**changes):
    return {
        "title": "Sprachcafé im Jugendzentrum",
        "summary": "Jugendliche üben Deutsch beim Kickern und Kochen.",
        "description": "Jeden Freitag.\n\nMit Ehrenamtlichen aus dem Verein.",
        "lead_actor": "",
        "municipalities": [municipality("wegberg").pk],
        "fields_of_action": [field_of_action("sprache").pk],
        "status": "running",
        "started_on": "2025-02-01",
        "ended_on": "",
        "funding_programme": "",
        "languages": "Deutsch, Arabisch",
        "tags": "Jugend, Sprachcafé",
        "contact_person": "Lea Beispiel",
        "email": "lea@example.invalid",
        "phone": "",
        **changes,
    }


def propose_url(library):
    return library.url + library.reverse_subpage("propose")


def test_anonymous_visitors_cannot_propose(client, library):
    response = client.post(propose_url(library), proposal())

    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")
    assert not IntegrationProject.objects.exists()


def test_proposal_form_needs_the_csrf_token(intranet_user, library):
    client = Client(enforce_csrf_checks=True)
    client.force_login(intranet_user)

    response = client.post(propose_url(library), proposal())

    assert response.status_code == 403
    assert not IntegrationProject.objects.exists()


def test_proposal_form_renders_for_intranet_users(user_client, library):
    response = user_client.get(propose_url(library))

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.text


def test_proposal_is_a_draft_in_the_project_workflow(user_client, library, intranet_user):
    response = user_client.post(propose_url(library), proposal())

    project = IntegrationProject.objects.get()
    assert response.status_code == 302
    assert response.url == library.url + library.reverse_subpage("proposal_thanks")
    assert project.live is False
    assert project.proposed_by == intranet_user
    assert project.latest_revision is not None
    assert project.description == "<p>Jeden Freitag.</p><p>Mit Ehrenamtlichen aus dem Verein.</p>"
    assert sorted(project.tags.names()) == ["Jugend", "Sprachcafé"]
    assert list(project.municipalities.all()) == [municipality("wegberg")]
    state = WorkflowState.objects.get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Projektfreigabe"
    assert state.content_object == project
    assert state.requested_by == intranet_user


def test_proposal_notifies_the_ki_group(
    user_client, library, ki_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(propose_url(library), proposal())

    [message] = mail.outbox
    assert message.to == ["ki-pruefer@example.invalid"]
    assert message.subject == "Neue Projektvorschläge warten auf Freigabe"
    assert "– Sprachcafé im Jugendzentrum" in message.body


def test_a_series_of_proposals_is_limited_and_the_ki_gets_one_bundled_message(
    user_client, library, ki_member, django_capture_on_commit_callbacks
):
    second_reviewer = UserFactory(username="ki-zwei", email="ki-zwei@example.invalid")
    second_reviewer.groups.add(Group.objects.get(name=KI_GROUP_NAME))

    responses = []
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(25):
            responses.append(
                user_client.post(propose_url(library), proposal(title=f"Vorschlag {number}"))
            )

    assert [r.status_code for r in responses] == [302] * 5 + [200] * 20
    refused = responses[5].text
    assert "bereits 5 Projekte vorgeschlagen" in refused
    assert 'value="Vorschlag 5"' in refused  # nothing typed is lost
    assert IntegrationProject.objects.count() == 5
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "ki-pruefer@example.invalid",
        "ki-zwei@example.invalid",
    ]


def test_wagtail_still_notifies_reviewers_of_pages_but_not_of_each_project():
    from wagtail.models import TaskState
    from wagtail.signals import task_submitted

    from ik_wagtail.projects.notifications import task_submission_notifier

    assert task_submitted._live_receivers(TaskState)[0] == [task_submission_notifier]


def test_proposal_thanks_the_user(user_client, library):
    response = user_client.post(propose_url(library), proposal(), follow=True)

    assert response.status_code == 200
    assert "Sprachcafé im Jugendzentrum" in response.text


def test_proposal_is_not_in_the_library_until_approved(user_client, library):
    user_client.post(propose_url(library), proposal())
    project = IntegrationProject.objects.get()

    listing = user_client.get(library.url, {"q": "Jugendzentrum"})
    detail = user_client.get(f"{library.url}projekte/{project.slug}/")

    assert listing.context["results"] == []
    assert detail.status_code == 404


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 256}, "title"),
        ({"summary": "x" * 601}, "summary"),
        ({"description": "x" * 5001}, "description"),
        ({"email": "keine-adresse"}, "email"),
        ({"started_on": "2025-02-01", "ended_on": "2024-01-01"}, "ended_on"),
        ({"municipalities": ["999999"]}, "municipalities"),
        ({"lead_actor": "abc"}, "lead_actor"),
        ({"title": "Nullbyte \x00 im Titel"}, "title"),
    ],
)
def test_invalid_proposal_shows_errors_and_saves_nothing(user_client, library, changes, field):
    response = user_client.post(propose_url(library), proposal(**changes))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.text
    assert not IntegrationProject.objects.exists()


def test_proposal_without_a_workflow_waits_as_a_draft(user_client, library):
    WorkflowContentType.objects.all().delete()

    response = user_client.post(propose_url(library), proposal())

    project = IntegrationProject.objects.get()
    assert response.status_code == 302
    assert project.live is False
    assert not WorkflowState.objects.exists()


def test_approving_a_proposal_publishes_it(user_client, library, ki_member):
    user_client.post(propose_url(library), proposal())
    project = IntegrationProject.objects.get()
    state = WorkflowState.objects.get()

    state.current_task_state.task.specific.on_action(state.current_task_state, ki_member, "approve")

    project.refresh_from_db()
    assert project.live is True
    assert Workflow.objects.get(name="Projektfreigabe").workflow_tasks.count() == 1
    assert user_client.get(library.url_for_project(project)).status_code == 200
