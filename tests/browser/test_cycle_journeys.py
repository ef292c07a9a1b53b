"""The yearly cycle in a real Chromium: invite → reply link, and register → waiting list.

The KI selects actors from the directory and sends the invitation; the invited organisation
answers through the link in the e-mail without an account. An intranet user finds the forum
full, joins the waiting list and moves up when someone cancels. The intranet pages are checked
with axe-core (WCAG 2.1 A/AA) and photographed at 1280 px and 360 px.
"""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.roles import ensure_groups
from ik_wagtail.cycle.registration import cancel, register
from ik_wagtail.cycle.roles import grant_cycle_rights_to_ki
from ik_wagtail.roles import KI_GROUP_NAME
from tests.factories import (
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
    UserFactory,
)

PASSWORD = "secret-Passw0rd"


@pytest.fixture
def conference(home_page):
    index = ConferenceIndexPageFactory(parent=home_page)
    conference = ConferencePageFactory(parent=index, year=2031, title="Integrationskonferenz 2031")
    ForumPageFactory(parent=conference, number=1, title="Sprache im Alltag", capacity=1)
    return conference


@pytest.fixture
def ki_user(db):
    ensure_groups()
    grant_cycle_rights_to_ki()
    user = UserFactory(username="ki-browser", first_name="Kim", last_name="Klein")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return user


def test_ki_invites_from_the_directory_and_the_actor_replies_by_link(
    page, browser, conference, ki_user, log_in, mailoutbox, axe_check, screenshot, base_url
):
    moschee = ActorFactory(
        name="Moscheegemeinde Übach-Palenberg",
        kind=ActorKind.RELIGIOUS_COMMUNITY,
        email="moschee@example.invalid",
        contact_person="Frau Yılmaz",
    )
    ActorFactory(name="Kirchengemeinde ohne Adresse", kind=ActorKind.RELIGIOUS_COMMUNITY)
    ActorFactory(name="Sportverein", kind=ActorKind.SPORTS_CLUB, email="sv@example.invalid")

    log_in(page, ki_user.username, PASSWORD)
    page.goto(f"/admin/ik-jahreszyklus/{conference.pk}/einladungen/")
    page.get_by_label("Art").select_option(label="Religionsgemeinschaft")
    page.get_by_role("button", name="Passende Akteure anzeigen").click()
    expect(page.get_by_text("2 Akteure passen, 2 noch nicht auf der Liste.")).to_be_visible()
    page.get_by_role("button", name="2 Akteure zur Liste hinzufügen").click()
    expect(page.get_by_text("keine E-Mail-Adresse").first).to_be_visible()
    page.get_by_label("Moscheegemeinde Übach-Palenberg").first.check()
    page.get_by_label("Kirchengemeinde ohne Adresse").first.check()
    page.get_by_label("Für die ausgewählten Einladungen").select_option(
        label="Einladungs-E-Mail senden"
    )
    page.get_by_role("button", name="Ausführen").click()
    expect(page.get_by_text("1 Einladungen werden versendet.")).to_be_visible()
    screenshot(page, "cycle-admin-invitations")

    [message] = mailoutbox
    assert message.to == ["moschee@example.invalid"]
    reply_path = re.search(r"https?://[^/\s]+(/ik/rueckmeldung/\S+/)", message.body).group(1)

    # The invitee has no account: a fresh browser context without a session.
    invitee = browser.new_context(base_url=base_url, locale="de-DE")
    reply_page = invitee.new_page()
    reply_page.goto(reply_path)
    expect(reply_page.get_by_role("heading", level=1)).to_have_text("Rückmeldung zur Einladung")
    axe_check(reply_page)
    screenshot(reply_page, "cycle-rsvp")
    reply_page.get_by_role("button", name="Ja, wir nehmen teil").click()
    expect(reply_page.get_by_role("status")).to_contain_text("Zugesagt")
    reply_page.goto(reply_path)
    expect(reply_page.get_by_role("alert")).to_contain_text("bereits verwendet")
    invitee.close()

    assert conference.invitations.get(actor=moschee).status == InvitationStatus.ACCEPTED


def test_user_joins_the_waiting_list_and_moves_up(
    user_page, conference, intranet_user, mailoutbox, axe_check, screenshot
):
    page = user_page
    forum = conference.get_children().get().specific
    seat_holder = UserFactory()
    seat = register(seat_holder, forum.pk, conference)
    intranet_user.email = "aylin@example.invalid"
    intranet_user.save()

    page.goto(conference.url)
    page.get_by_role("link", name="Zu den Foren anmelden").click()
    expect(page.get_by_text("0 von 1 Plätzen frei")).to_be_visible()
    axe_check(page)
    page.get_by_role("button", name="Auf die Warteliste").click()
    expect(page.get_by_text("Sie stehen auf der Warteliste")).to_be_visible()
    screenshot(page, "cycle-registration")

    # The link after registering (the header has the same one in "Mein Bereich").
    page.locator("#main").get_by_role("link", name="Meine Anmeldungen").click()
    row = page.get_by_role("row", name=re.compile("Sprache im Alltag"))
    expect(row).to_contain_text("Warteliste")
    axe_check(page)

    cancel(seat)
    page.reload()
    expect(page.get_by_role("row", name=re.compile("Sprache im Alltag"))).to_contain_text(
        "Angemeldet"
    )
    assert [m.to for m in mailoutbox] == [["aylin@example.invalid"]]
    screenshot(page, "cycle-my-registrations")


def test_programme_booklet_prints(user_page, conference, axe_check, screenshot):
    page = user_page
    page.goto(conference.url)
    page.get_by_role("link", name="Programm drucken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(conference.title)
    expect(page.get_by_role("heading", name="Forum 1: Sprache im Alltag")).to_be_visible()
    axe_check(page)
    screenshot(page, "cycle-programme")
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Drucken")).to_be_hidden()
    page.pdf(path="test-artifacts/screenshots/cycle-programme.pdf", format="A4")
