"""Building the invitation list from the directory: criteria, duplicates, flags, status, exports."""

import datetime
import io
import re

import openpyxl
import pytest
from django.urls import reverse

from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ConferenceInvitation
from ik_wagtail.cycle.enums import ChangeChannel
from ik_wagtail.cycle.invitations import add_actors, change_status, invitation_rows
from ik_wagtail.cycle.models import InvitationStatusChange
from tests.factories import ActorFactory, ConferencePageFactory

pytestmark = pytest.mark.django_db


def invitations_url(conference):
    return reverse("ik_cycle_admin:invitations", args=[conference.pk])


def invited_names(conference):
    return sorted(conference.invitations.values_list("actor__name", flat=True))


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"kind": "religious_community"}, ["kirche", "moschee"]),
        (
            {"municipality": "erkelenz", "engagement": "volunteer"},
            ["moschee", "sportverein", "verein"],
        ),
        ({"field": "arbeit"}, ["jobcenter", "sportverein"]),
        ({"tag": "begegnung", "municipality": "erkelenz"}, ["moschee", "sportverein"]),
        ({"kind": "religious_community", "field": "arbeit"}, []),
    ],
)
def test_selection_by_criteria_matches_hand_computed_set(
    ki_client, conference, directory_actors, criteria, expected
):
    response = ki_client.get(invitations_url(conference), criteria)

    assert response.status_code == 200
    assert sorted(actor.pk for actor in response.context["matching"]) == sorted(
        directory_actors[key].pk for key in expected
    )

    ki_client.post(invitations_url(conference), {"operation": "add_matching", **criteria})

    assert invited_names(conference) == sorted(directory_actors[key].name for key in expected)


def test_adding_matching_actors_twice_does_not_duplicate(ki_client, conference, directory_actors):
    criteria = {"operation": "add_matching", "municipality": "erkelenz"}
    ki_client.post(invitations_url(conference), criteria)
    ki_client.post(invitations_url(conference), criteria)
    response = ki_client.post(
        invitations_url(conference),
        {"operation": "add_actor", "actor": directory_actors["moschee"].pk},
        follow=True,
    )

    assert ConferenceInvitation.objects.filter(conference=conference).count() == 3
    assert "steht bereits auf der Liste" in response.content.decode()
    preview = ki_client.get(invitations_url(conference), {"municipality": "erkelenz"})
    assert preview.context["matching_new"] == []


def test_single_actor_is_added_and_removed(ki_client, conference, directory_actors):
    ki_client.post(
        invitations_url(conference),
        {"operation": "add_actor", "actor": directory_actors["jobcenter"].pk},
    )
    invitation = conference.invitations.get()

    ki_client.post(
        invitations_url(conference),
        {"operation": "act", "action": "remove", "invitations": [invitation.pk]},
    )

    assert conference.invitations.count() == 0


def test_actors_without_email_or_consent_are_flagged_not_skipped(
    ki_client, conference, directory_actors
):
    add_actors(conference, list(directory_actors.values()), user=None)

    rows = {row.actor.name: row.flags for row in invitation_rows(conference)}
    response = ki_client.get(invitations_url(conference))

    assert len(rows) == 5
    assert rows["Jobcenter Kreis Heinsberg"].no_email
    assert rows["Verein Miteinander Erkelenz"].no_consent
    assert not rows["Moscheegemeinde Erkelenz"].no_email
    assert not rows["Moscheegemeinde Erkelenz"].no_consent
    assert response.context["flagged_count"] == 2
    assert "keine E-Mail-Adresse" in response.content.decode()


def test_status_change_records_who_and_when(ki_client, ki_user, conference, directory_actors):
    [invitation] = add_actors(conference, [directory_actors["kirche"]], ki_user)

    ki_client.post(
        invitations_url(conference),
        {"operation": "act", "action": "status:attended", "invitations": [invitation.pk]},
    )

    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ATTENDED
    assert [
        (change.status, change.changed_by, change.channel)
        for change in invitation.status_changes.all()
    ] == [
        (InvitationStatus.INVITED, ki_user, ChangeChannel.ADMIN),
        (InvitationStatus.ATTENDED, ki_user, ChangeChannel.ADMIN),
    ]


def test_setting_the_same_status_records_nothing(conference, directory_actors):
    [invitation] = add_actors(conference, [directory_actors["kirche"]], None)

    assert change_status(invitation, InvitationStatus.INVITED) is None
    assert invitation.status_changes.count() == 1


def test_invitation_of_another_conference_is_a_form_error(ki_client, conference, home_page):
    other = ConferencePageFactory(parent=conference.get_parent(), year=2041)
    foreign = ConferenceInvitation.objects.create(conference=other, actor=ActorFactory())

    response = ki_client.post(
        invitations_url(conference),
        {"operation": "act", "action": "remove", "invitations": [foreign.pk]},
    )

    assert response.status_code == 200
    assert response.context["action_form"].errors["invitations"]
    assert ConferenceInvitation.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize(
    "data",
    [
        {"operation": "act", "action": "status:bogus", "invitations": ["1"]},
        {"operation": "act", "action": "remove", "invitations": ["abc"]},
        {"operation": "add_actor", "actor": "999999"},
        {"operation": "add_matching", "kind": "no-such-kind"},
        {"operation": "add_matching"},
        {"operation": "unknown"},
    ],
)
def test_bad_admin_input_is_a_form_error_not_a_500(ki_client, conference, data):
    response = ki_client.post(invitations_url(conference), data)

    assert response.status_code == 200
    assert conference.invitations.count() == 0
    assert InvitationStatusChange.objects.count() == 0


def test_unknown_conference_is_404(ki_client):
    assert ki_client.get(reverse("ik_cycle_admin:invitations", args=[999999])).status_code == 404
    assert (
        ki_client.get(
            reverse("ik_cycle_admin:invitations_export", args=[999999, "csv"])
        ).status_code
        == 404
    )


def test_unknown_export_format_is_404(ki_client, conference):
    url = reverse("ik_cycle_admin:invitations_export", args=[conference.pk, "pdf"])

    assert ki_client.get(url).status_code == 404


@pytest.mark.parametrize(
    "name",
    [
        "ik_cycle_admin:index",
        "ik_cycle_admin:invitations",
        "ik_cycle_admin:letter",
        "ik_cycle_admin:registrations",
        "ik_cycle_admin:prepare_next",
    ],
)
def test_only_the_ki_manages_the_cycle(client, django_user_model, conference, name):
    from django.contrib.auth.models import Permission
    from wagtail.models import Page  # noqa: F401  (admin access alone is not enough)

    editor = django_user_model.objects.create_user(username="redaktion", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    args = [] if name == "ik_cycle_admin:index" else [conference.pk]

    response = client.get(reverse(name, args=args))
    post = client.post(reverse(name, args=args), {"operation": "add_matching", "kind": "jobcentre"})

    assert response.status_code in (302, 403)
    assert post.status_code in (302, 403)
    assert conference.invitations.count() == 0


def test_export_lists_status_and_neutralises_formulas(ki_client, conference, directory_actors):
    evil = ActorFactory(name='=HYPERLINK("http://evil.example")', email="x@example.invalid")
    add_actors(conference, [evil, directory_actors["verein"], directory_actors["kirche"]], None)
    change_status(conference.invitations.get(actor=directory_actors["kirche"]), "accepted")

    csv_response = ki_client.get(
        reverse("ik_cycle_admin:invitations_export", args=[conference.pk, "csv"])
    )
    xlsx_response = ki_client.get(
        reverse("ik_cycle_admin:invitations_export", args=[conference.pk, "xlsx"])
    )

    text = b"".join(csv_response.streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert (
        "Kirchengemeinde St. Gangolf;Religionsgemeinschaft;Frau Beispiel;"
        "kirchengemeinde@example.invalid;Zugesagt" in text
    )
    # no consent: the contact data stays out of the list others see
    assert "verein@example.invalid" not in text
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Akteur"
    assert [row[0] for row in values[1:]] == [
        '=HYPERLINK("http://evil.example")',
        "Kirchengemeinde St. Gangolf",
        "Verein Miteinander Erkelenz",
    ]
    assert sheet["A2"].data_type == "s"
    assert sheet.title == f"Einladungen {conference.year}"
    changed = values[0].index("Geändert")
    accepted = next(row for row in values if row[0] == "Kirchengemeinde St. Gangolf")
    assert isinstance(accepted[changed], datetime.datetime)  # a real date cell
    assert re.search(r";Zugesagt;\d\d\.\d\d\.20\d\d \d\d:\d\d;", text)  # German in CSV


def test_list_shows_the_status_history(ki_client, ki_user, conference, directory_actors):
    [invitation] = add_actors(conference, [directory_actors["kirche"]], ki_user)
    change_status(invitation, InvitationStatus.ACCEPTED, channel=ChangeChannel.RSVP)
    change_status(invitation, InvitationStatus.ATTENDED, ki_user)

    response = ki_client.get(invitations_url(conference))

    [row] = response.context["invitations"]
    assert [change.status for change in row.history] == ["invited", "accepted", "attended"]
    content = response.content.decode()
    assert "Verlauf" in content
    assert "Zugesagt: " in content
    assert "Rückmeldelink" in content
