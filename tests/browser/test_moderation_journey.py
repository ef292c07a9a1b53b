"""A forum moderator enters results in the admin, the KI approves them, the intranet shows them.

Issue 6 (browser journey) and issue 8, journey 4, in a real Chromium: the moderator starts on
the forum page of the intranet, follows its result-entry button into Wagtail's editor, adds two
result blocks and submits them to the "Ergebnisfreigabe" workflow; until a member of the KI group
approves them on the dashboard, the intranet keeps showing the live results only.
"""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from ik_wagtail.conferences.models import ForumModerator
from ik_wagtail.roles import KI_GROUP_NAME
from tests.browser.admin_helpers import footer_action, insert_block
from tests.browser.conference_content import PASSWORD, build_conference_content
from tests.factories import UserFactory

NEW_FINDING = "Elterncafés in Kitas erreichen Mütter, die keinen Sprachkurs besuchen."
NEW_RECOMMENDATION = "Sprachkurse mit Kinderbetreuung in jeder Kommune"
NEW_RECOMMENDATION_TEXT = "Das KI stimmt mit den Kursträgern ab, wo Betreuung fehlt."


def user_with_password(username, first_name, last_name):
    user = UserFactory(username=username, first_name=first_name, last_name=last_name)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def moderated_forum(home_page):
    """Forum A with Anna as its moderator; publishing the forum gives her the edit rights."""
    content = build_conference_content(home_page)
    anna = user_with_password("anna", "Anna", "Schmitz")
    ForumModerator.objects.create(forum=content.forum, user=anna)
    content.forum.save_revision().publish()
    ki = user_with_password("ki", "Kim", "Jansen")
    ki.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return content


def test_moderator_enters_two_results_and_they_appear_once_the_ki_approved_them(
    page, moderated_forum, log_in, base_url, axe_check, screenshot
):
    forum, statement = moderated_forum.forum, moderated_forum.statement
    live_results_link = page.get_by_role("region", name="Ergebnisse").get_by_role(
        "link", name="Alle Ergebnisse ansehen (5 Einträge)"
    )

    # The moderator finds the result entry on the forum page of the intranet.
    page.goto(forum.url)
    log_in(page, "anna", PASSWORD)
    expect(page).to_have_url(f"{base_url}{forum.url}")
    entry_button = page.get_by_role("region", name="Ergebnisse").get_by_role(
        "link", name="Ergebnisse bearbeiten", exact=True
    )
    expect(entry_button).to_have_attribute("href", f"/admin/pages/{statement.pk}/edit/")
    axe_check(page)
    entry_button.click()

    # Wagtail's editor: two new blocks at the end of the results.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Bearbeite Ergebnissicherung: {statement.title}"
    )
    results = page.get_by_role("region", name="Ergebnisse", exact=True)
    finding = insert_block(page, results, "Erkenntnis")
    finding.get_by_role("textbox", name="Erkenntnis").fill(NEW_FINDING)
    recommendation = insert_block(page, results, "Empfehlung / Maßnahme")
    recommendation.get_by_role("textbox", name="Titel").fill(NEW_RECOMMENDATION)
    recommendation.get_by_role("textbox", name="Empfehlung").fill(NEW_RECOMMENDATION_TEXT)
    recommendation.get_by_role("combobox", name="Priorität").select_option(label="Hoch")

    # Moderators cannot publish: they submit to the KI's approval workflow.
    footer_action(page, "In Ergebnisfreigabe einreichen")
    expect(page.get_by_role("status")).to_contain_text(
        f"Seite ‚{statement.title}‘ wurde zur Moderation eingereicht."
    )

    # Until the KI approves, the intranet shows the live results only; then Anna signs out.
    page.goto(forum.url)
    expect(live_results_link).to_be_visible()
    page.get_by_role("button", name="Abmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Im Intranet anmelden")

    # The KI approves on the dashboard, in the panel of what awaits their review.
    page.goto("/admin/")
    log_in(page, "ki", PASSWORD)
    awaiting_review = page.get_by_role("region", name="Ihre Überprüfung steht aus")
    submission = awaiting_review.get_by_role("row").filter(has_text=statement.title)
    expect(submission).to_contain_text("Anna Schmitz")
    submission.get_by_role("button", name="Aktionen").click()
    submission.get_by_role("button", name="Freigeben", exact=True).click()
    expect(awaiting_review).to_have_count(0)  # the dashboard reloads without the submission

    # The forum's result statement on the intranet now has the two new results.
    page.goto(forum.url)
    page.get_by_role("region", name="Ergebnisse").get_by_role(
        "link", name="Alle Ergebnisse ansehen (7 Einträge)"
    ).click()
    expect(page).to_have_url(f"{base_url}{statement.url}")
    results = page.get_by_role("main").locator("ol.results > li")
    expect(results).to_have_count(7)
    expect(results.nth(5)).to_contain_text(NEW_FINDING)
    expect(results.nth(6).get_by_role("heading")).to_have_text(NEW_RECOMMENDATION)
    expect(results.nth(6)).to_contain_text(NEW_RECOMMENDATION_TEXT)
    expect(results.nth(6)).to_contain_text("Hoch")
    screenshot(page, "journey-moderation-ergebnisse")
