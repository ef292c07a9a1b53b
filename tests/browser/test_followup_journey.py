"""Following a recommendation up in a real Chromium: an actor reports, the KI approves, a
reader sees the new status and its history, and the follower's e-mail arrives."""

import re

import pytest
from playwright.sync_api import expect

from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.conferences.roles import ensure_groups
from ik_wagtail.network.models import ActorMembership
from ik_wagtail.roles import KI_GROUP_NAME
from tests.builders import build_concept_world
from tests.factories import UserFactory

PASSWORD = "secret-Passw0rd"


def account(username, **extra):
    user = UserFactory(username=username, email=f"{username}@example.invalid", **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def world(home_page):
    from django.contrib.auth.models import Group

    world = build_concept_world(home_page)
    ensure_groups()
    world["member"] = account("jobcenter-mitarbeiterin")
    ActorMembership.objects.create(user=world["member"], actor=world["jobcenter"])
    world["ki"] = account("ki-pruefung", is_staff=True)
    world["ki"].groups.add(Group.objects.get(name=KI_GROUP_NAME))
    world["reader"] = account("leserin")
    return world


def signed_in(browser, base_url, log_in, user):
    context = browser.new_context(base_url=base_url, locale="de-DE")
    page = context.new_page()
    log_in(page, user.username, PASSWORD)
    return page


def test_an_actor_reports_the_ki_approves_and_the_follower_is_told(
    browser, base_url, log_in, world, mailoutbox, axe_check, screenshot
):
    statement_url = world["statement_2024"].url
    reader = signed_in(browser, base_url, log_in, world["reader"])
    reader.goto(statement_url)
    # Chromium names the button "Verfolgen : Jobcoaching …" (the hidden part is a box of its own).
    reader.get_by_role("button", name=re.compile(r"^Verfolgen\W+Jobcoaching")).click()
    expect(
        reader.get_by_role("button", name=re.compile(r"^Verfolgt\W+Jobcoaching"))
    ).to_be_visible()

    member = signed_in(browser, base_url, log_in, world["member"])
    member.get_by_role("link", name="Meine Empfehlungen").first.click()
    member.get_by_role("link", name=re.compile("Sachstand berichten")).click()
    member.get_by_label("Umsetzungsstand").select_option(label="In Umsetzung")
    member.get_by_label("Fortschritt in Prozent").fill("40")
    member.get_by_label("was umgesetzt wurde").fill("Der erste Kurs mit zwölf Teilnehmenden läuft.")
    axe_check(member)
    screenshot(member, "followup-report-form")
    member.get_by_role("button", name="Bericht senden").click()
    expect(member.get_by_text("Ihr Bericht wird geprüft.")).to_be_visible()

    reader.reload()
    expect(reader.get_by_text("zwölf Teilnehmenden")).to_have_count(0)  # not before approval

    ki = signed_in(browser, base_url, log_in, world["ki"])
    ki.goto("/admin/ik-berichte/")
    ki.get_by_label(re.compile("Bericht zu „Jobcoaching")).check()
    ki.get_by_role("button", name="Ausgewählte freigeben").click()
    expect(ki.get_by_text("1 Bericht freigegeben")).to_be_visible()

    reader.reload()
    result = reader.locator(
        f"#ergebnis-{RecommendationTracking.objects.get(title__startswith='Jobcoaching').block_id}"
    )
    expect(result).to_contain_text("In Umsetzung")
    expect(result).to_contain_text("40 % umgesetzt")
    result.get_by_text("Was wurde daraus?").click()
    expect(result).to_contain_text("zwölf Teilnehmenden")
    axe_check(reader)
    screenshot(reader, "followup-result-after-approval")

    [message] = [m for m in mailoutbox if m.to == ["leserin@example.invalid"]]
    assert "In Umsetzung (40 %)" in message.subject
