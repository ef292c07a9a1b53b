"""Forum registration: capacity, waiting list, moving up, cancelling, bad input, concurrency."""

import datetime
import io
import threading

import openpyxl
import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.enums import RegistrationStatus
from ik_wagtail.cycle.models import ForumRegistration, RegistrationSettings
from ik_wagtail.cycle.registration import RegistrationRefused, cancel, register
from ik_wagtail.mail import send_due_mail
from ik_wagtail.models import MailStatus, OutgoingMail
from tests.factories import ConferencePageFactory, ForumPageFactory, UserFactory

from .conftest import postgres_only


@pytest.fixture
def forums(conference):
    return list(ForumPage.objects.child_of(conference).order_by("number"))


def registration_url(conference):
    return reverse("ik_cycle:registration", args=[conference.pk])


def statuses(forum):
    return list(
        forum.registrations.order_by("created_at", "pk").values_list("user__username", "status")
    )


@pytest.mark.django_db
def test_full_forum_puts_further_registrations_on_the_waiting_list(client, conference, forums):
    users = [UserFactory(username=f"person{n}") for n in range(3)]
    for user in users:
        client.force_login(user)
        response = client.post(registration_url(conference), {"forum": forums[0].pk})
        assert response.status_code == 302

    assert statuses(forums[0]) == [
        ("person0", "registered"),
        ("person1", "registered"),
        ("person2", "waiting"),
    ]
    page = client.get(registration_url(conference))
    [shown] = [forum for forum in page.context["forums"] if forum.pk == forums[0].pk]
    assert (shown.seats_left, shown.waiting_count) == (0, 1)


@pytest.mark.django_db
def test_cancelling_a_seat_moves_the_first_waiting_person_up_with_an_email(
    conference, forums, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (UserFactory(username=f"person{n}") for n in range(4))
    seat = register(first, forums[0].pk, conference)
    register(second, forums[0].pk, conference)
    register(third, forums[0].pk, conference)
    register(fourth, forums[0].pk, conference)

    with django_capture_on_commit_callbacks(execute=True):
        promoted = cancel(seat)

    assert promoted.user == third
    assert statuses(forums[0]) == [
        ("person0", "cancelled"),
        ("person1", "registered"),
        ("person2", "registered"),
        ("person3", "waiting"),
    ]
    [message] = mail.outbox
    assert message.to == [third.email]
    assert "Sprache im Alltag" in message.subject


@pytest.mark.django_db
def test_cancelling_while_the_mail_server_is_down_succeeds_and_the_mail_follows(
    client, conference, django_capture_on_commit_callbacks
):
    forum = ForumPage.objects.child_of(conference).order_by("number").first()
    first, second, third = (UserFactory(username=f"person{n}") for n in range(3))
    seat = register(first, forum.pk, conference)
    register(second, forum.pk, conference)
    waiting = register(third, forum.pk, conference)
    assert waiting.status == RegistrationStatus.WAITING
    client.force_login(first)

    with (
        override_settings(EMAIL_BACKEND="tests.mail_backends.RefusingBackend"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(reverse("ik_cycle:cancel_registration", args=[seat.pk]))

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED
    queued = OutgoingMail.objects.get(recipient=third.email)
    assert (queued.status, queued.attempts) == (MailStatus.QUEUED, 1)
    assert "Connection refused" in queued.last_error
    assert queued.next_attempt_at > timezone.now()
    assert mail.outbox == []

    assert send_due_mail(now=timezone.now()) == 0  # the pause is not over yet
    assert send_due_mail(now=timezone.now() + datetime.timedelta(hours=1)) == 1

    [message] = mail.outbox
    assert message.to == [third.email]
    queued.refresh_from_db()
    assert (queued.status, queued.attempts, queued.last_error) == (MailStatus.SENT, 2, "")


@pytest.mark.django_db
def test_cancelling_a_waiting_place_moves_nobody(conference, forums):
    users = [UserFactory(username=f"person{n}") for n in range(3)]
    registrations = [register(user, forums[0].pk, conference) for user in users]

    assert cancel(registrations[2]) is None
    assert cancel(registrations[2]) is None  # twice: nothing more happens
    assert [status for _, status in statuses(forums[0])] == [
        "registered",
        "registered",
        "cancelled",
    ]
    assert mail.outbox == []


@pytest.mark.django_db
def test_user_cancels_own_registration_and_may_register_again(client, conference, forums):
    user = UserFactory()
    client.force_login(user)
    client.post(registration_url(conference), {"forum": forums[0].pk})
    registration = ForumRegistration.objects.get(user=user)

    listing = client.get(reverse("ik_cycle:my_registrations"))
    response = client.post(reverse("ik_cycle:cancel_registration", args=[registration.pk]))
    again = client.post(registration_url(conference), {"forum": forums[0].pk})

    assert [r.pk for r in listing.context["registrations"]] == [registration.pk]
    assert response.status_code == 302
    assert again.status_code == 302
    assert [status for _, status in statuses(forums[0])] == ["cancelled", "registered"]


@pytest.mark.django_db
def test_users_see_and_cancel_only_their_own_registrations(client, conference, forums):
    owner, other = UserFactory(), UserFactory()
    registration = register(owner, forums[0].pk, conference)
    client.force_login(other)

    listing = client.get(reverse("ik_cycle:my_registrations"))
    response = client.post(reverse("ik_cycle:cancel_registration", args=[registration.pk]))
    get_response = client.get(reverse("ik_cycle:cancel_registration", args=[registration.pk]))

    assert listing.context["registrations"] == []
    assert response.status_code == 404
    assert get_response.status_code == 405
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REGISTERED


@pytest.mark.django_db
def test_per_person_limit_counts_the_waiting_list(client, conference, forums):
    user = UserFactory()
    client.force_login(user)
    client.post(registration_url(conference), {"forum": forums[0].pk})

    response = client.post(registration_url(conference), {"forum": forums[1].pk})

    assert response.status_code == 400
    assert response.context["form"].errors["forum"]
    assert ForumRegistration.objects.filter(user=user).count() == 1

    RegistrationSettings.objects.create(conference=conference, max_forums_per_person=2)
    assert client.post(registration_url(conference), {"forum": forums[1].pk}).status_code == 302


@pytest.mark.django_db
def test_registering_twice_for_the_same_forum_is_refused(conference, forums):
    user = UserFactory()
    register(user, forums[0].pk, conference)

    with pytest.raises(RegistrationRefused):
        register(user, forums[0].pk, conference)
    assert ForumRegistration.objects.count() == 1


@pytest.mark.django_db
def test_past_or_closed_conference_takes_no_registrations(client, conference, forums, home_page):
    past = ConferencePageFactory(parent=conference.get_parent(), year=2020)
    past_forum = ForumPageFactory(parent=past)
    client.force_login(UserFactory())

    past_response = client.post(registration_url(past), {"forum": past_forum.pk})
    RegistrationSettings.objects.create(conference=conference, is_open=False)
    closed_response = client.post(registration_url(conference), {"forum": forums[0].pk})

    assert past_response.status_code == 400
    assert closed_response.status_code == 400
    assert ForumRegistration.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("forum_value", ["999999", "abc", "", "other-conference", "draft"])
def test_bad_forum_is_a_form_error(client, conference, forum_value):
    other = ConferencePageFactory(parent=conference.get_parent(), year=2041)
    values = {
        "other-conference": lambda: ForumPageFactory(parent=other).pk,
        "draft": lambda: ForumPageFactory(parent=conference, live=False).pk,
    }
    value = values[forum_value]() if forum_value in values else forum_value
    client.force_login(UserFactory())

    response = client.post(registration_url(conference), {"forum": value})

    assert response.status_code == 400
    assert ForumRegistration.objects.count() == 0


@pytest.mark.django_db
def test_unknown_or_unpublished_conference_is_404(client, conference):
    client.force_login(UserFactory())
    conference.unpublish()

    assert client.get(registration_url(conference)).status_code == 404
    assert client.get(reverse("ik_cycle:registration", args=[999999])).status_code == 404


@pytest.mark.django_db
def test_ki_sees_counts_and_exports_participants(ki_client, conference, forums):
    people = [UserFactory(first_name="Ümit", last_name=f"Özdemir{n}") for n in range(3)]
    for person in people:
        register(person, forums[0].pk, conference)

    overview = ki_client.get(reverse("ik_cycle_admin:registrations", args=[conference.pk]))
    export = ki_client.get(
        reverse("ik_cycle_admin:participants_export", args=[conference.pk, forums[0].pk, "csv"])
    )
    foreign = ki_client.get(
        reverse("ik_cycle_admin:participants_export", args=[conference.pk, 999999, "csv"])
    )

    counts = {
        f.pk: (f.registered_count, f.waiting_count, f.capacity) for f in overview.context["forums"]
    }
    assert counts == {forums[0].pk: (2, 1, 2), forums[1].pk: (0, 0, 2)}
    lines = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert len(lines) == 4
    assert lines[1].startswith("Ümit Özdemir0;")
    assert foreign.status_code == 404
    workbook = ki_client.get(
        reverse("ik_cycle_admin:participants_export", args=[conference.pk, forums[0].pk, "xlsx"])
    )
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).active
    assert sheet.title == f"Teilnehmende {forums[0].title}"[:31]
    assert isinstance(sheet["D2"].value, datetime.datetime)  # "Angemeldet" as a real date


@pytest.mark.django_db
def test_registration_pages_need_a_login(client, conference):
    for url in [registration_url(conference), reverse("ik_cycle:my_registrations")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_taking_the_last_seat_at_once_never_both_get_it(home_page):
    from tests.factories import ConferenceIndexPageFactory

    index = ConferenceIndexPageFactory(parent=home_page)
    conference = ConferencePageFactory(parent=index, year=2032)
    forum = ForumPageFactory(parent=conference, capacity=1)
    people = [UserFactory(username=f"parallel{n}") for n in range(6)]
    start = threading.Barrier(len(people))
    errors = []

    def take_seat(user):
        try:
            start.wait()
            register(user, forum.pk, conference)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=take_seat, args=[user]) for user in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert forum.registrations.filter(status=RegistrationStatus.REGISTERED).count() == 1
    assert forum.registrations.filter(status=RegistrationStatus.WAITING).count() == 5


def test_past_date_helper():
    from ik_wagtail.cycle.registration import is_upcoming

    class Conference:
        date = datetime.date(2031, 9, 19)

    assert is_upcoming(Conference(), today=datetime.date(2031, 9, 19))
    assert not is_upcoming(Conference(), today=datetime.date(2031, 9, 20))


@pytest.mark.django_db
def test_organisation_is_asked_for_and_remembered(client, conference, forums):
    user = UserFactory()
    client.force_login(user)

    client.post(
        registration_url(conference),
        {"forum": forums[0].pk, "organisation": "Sprachcafé Übach-Palenberg"},
    )
    page = client.get(registration_url(conference))

    assert ForumRegistration.objects.get(user=user).organisation == "Sprachcafé Übach-Palenberg"
    assert page.context["organisation"] == "Sprachcafé Übach-Palenberg"


@pytest.mark.django_db
def test_a_forum_restricted_to_a_group_is_offered_to_its_members_only(client, conference, forums):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    group = Group.objects.create(name="Kreisverwaltung intern")
    restriction = PageViewRestriction.objects.create(
        page=forums[0], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    member, outsider = UserFactory(username="mitglied"), UserFactory(username="aussen")
    member.groups.add(group)

    offered = {}
    for user in (member, outsider):
        client.force_login(user)
        page = client.get(registration_url(conference))
        offered[user.username] = forums[0].pk in [forum.pk for forum in page.context["forums"]]
    refused = client.post(registration_url(conference), {"forum": forums[0].pk})

    assert offered == {"mitglied": True, "aussen": False}
    assert refused.status_code == 400
    assert not forums[0].registrations.filter(user=outsider).exists()
