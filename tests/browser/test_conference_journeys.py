"""An actor's journey through conferences, forums, referents, results and the actor directory.

Issue 8, journey 2, in a real Chromium: links are clicked, the directory filter is used with
the keyboard, the header search finds results. Every page type of the conference and actor apps
is checked with axe-core against WCAG 2.1 A/AA (BITV 2.0), photographed at 1280 px and 360 px
(test-artifacts/screenshots/) and must fit a 360 px phone without horizontal scrolling.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conference_content import (
    LONG_ACTOR_NAME,
    LONG_EMAIL,
    PASSWORD,
    build_conference_content,
)


@pytest.fixture
def content(home_page):
    return build_conference_content(home_page)


def forum_link_name(forum):
    return f"Forum {forum.number}: {forum.title}"


def tab_until_focused(page, locator, max_tabs=40):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} not reached with {max_tabs} presses of Tab")


def test_actor_follows_conference_forum_referent_and_results_then_finds_partners(
    page, content, intranet_user, log_in, base_url, screenshot
):
    forum, statement, referent = content.forum, content.statement, content.referent
    page.goto("/")
    log_in(page, intranet_user.username, PASSWORD)
    navigation = page.get_by_role("navigation", name="Hauptnavigation")

    # Conference index → the next conference, highlighted at the top.
    navigation.get_by_role("link", name="Integrationskonferenzen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Integrationskonferenzen")
    next_conference = page.get_by_role("region", name="Nächste Konferenz")
    next_conference.get_by_role("link", name=content.conference.title).click()

    # Conference → a forum from the list of forums.
    expect(page.get_by_role("heading", level=1)).to_have_text(content.conference.title)
    forums = page.get_by_role("region", name="Foren")
    expect(forums.get_by_role("listitem")).to_have_count(2)
    forums.get_by_role("link", name=forum_link_name(forum)).click()

    # Forum → one of its referents.
    expect(page.get_by_role("heading", level=1)).to_have_text(forum.title)
    expect(page.get_by_text(forum.guiding_question)).to_be_visible()
    page.get_by_role("region", name="Referent*innen").get_by_role(
        "link", name=referent.display_name
    ).click()

    # Referent → back to the forum through the referent's list of forums.
    expect(page.get_by_role("heading", level=1)).to_have_text(referent.display_name)
    expect(page.get_by_role("link", name=LONG_ACTOR_NAME)).to_be_visible()
    page.get_by_role("region", name="Foren").get_by_role("link", name=forum.title).click()

    # Forum → its result statement.
    expect(page.get_by_role("heading", level=1)).to_have_text(forum.title)
    page.get_by_role("region", name="Ergebnisse").get_by_role(
        "link", name="Alle Ergebnisse ansehen (5 Einträge)"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(statement.title)
    results = page.get_by_role("main").locator("ol.results > li")
    expect(results).to_have_count(5)
    expect(results.nth(1).get_by_role("heading")).to_have_text(
        "Kinderbetreuung parallel zu Sprachkursen"
    )

    # Actor directory, filtered by a field of action with the keyboard alone.
    navigation.get_by_role("link", name="Akteure").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Akteure")
    expect(page.get_by_role("status")).to_have_text("4 Akteure")
    field_select = page.get_by_label("Handlungsfeld")
    tab_until_focused(page, field_select)
    page.keyboard.type("Arbeit")  # type-ahead chooses the option, as in every browser
    expect(field_select).to_have_value("arbeit")
    apply_button = page.get_by_role("button", name="Filter anwenden")
    tab_until_focused(page, apply_button)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/akteure/\?(.*&)?field=arbeit(&|$)"))
    expect(page.get_by_role("status")).to_have_text("1 Akteur")
    expect(page.get_by_label("Handlungsfeld")).to_have_value("arbeit")

    # Actor detail: contact data (released) and where the actor took part.
    page.get_by_role("link", name=LONG_ACTOR_NAME).click()
    expect(page).to_have_url(f"{base_url}{content.actor_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text(LONG_ACTOR_NAME)
    expect(page.get_by_role("link", name=LONG_EMAIL)).to_have_attribute(
        "href", f"mailto:{LONG_EMAIL}"
    )
    expect(page.get_by_role("main").get_by_role("link", name=forum.title)).to_be_visible()

    # Site search from the header: a recommendation of the results.
    search_field = page.get_by_role("searchbox", name="Intranet durchsuchen")
    search_field.fill("Kinderbetreuung")
    search_field.press("Enter")
    expect(page).to_have_url(f"{base_url}/suche/?q=Kinderbetreuung")
    expect(page.get_by_role("status")).to_have_text("2 Treffer für „Kinderbetreuung“")
    # Each recommendation is a result of its own, named with its forum, linked to its anchor.
    of_this_forum = page.locator(".result-list > li").filter(
        has=page.locator("p.meta", has_text=re.compile(re.escape(forum.title) + "$"))
    )
    of_this_forum.get_by_role("link", name="Kinderbetreuung parallel zu Sprachkursen").click()
    expect(page).to_have_url(re.compile(re.escape(f"{base_url}{statement.url}#ergebnis-")))
    expect(page.locator(":target")).to_contain_text("Kinderbetreuung parallel zu Sprachkursen")
    screenshot(page, "journey-akteur-ergebnisse")


def conference_index_page(content):
    return content.conference_index.url, content.conference_index.title


def conference_page(content):
    return content.conference.url, content.conference.title


def forum_page(content):
    return content.forum.url, content.forum.title


def result_statement_page(content):
    return content.statement.url, content.statement.title


def referent_index_page(content):
    return content.referent_index.url, content.referent_index.title


def referent_page(content):
    return content.referent.url, content.referent.display_name


def actor_directory(content):
    return content.directory.url, content.directory.title


def actor_directory_filtered(content):
    return f"{content.directory.url}?field=sprache&kind=company", content.directory.title


def actor_detail(content):
    return content.actor_url(), LONG_ACTOR_NAME


PAGE_TYPES = {
    "konferenzindex": conference_index_page,
    "konferenz": conference_page,
    "forum": forum_page,
    "ergebnisse": result_statement_page,
    "referentenindex": referent_index_page,
    "referent": referent_page,
    "akteure": actor_directory,
    "akteure-gefiltert": actor_directory_filtered,
    "akteur": actor_detail,
}


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_meets_wcag_21_aa_and_fits_a_phone(
    user_page, content, axe_check, screenshot, assert_no_horizontal_scroll, name
):
    path, heading = PAGE_TYPES[name](content)

    response = user_page.goto(path)

    assert response.status == 200
    expect(user_page.get_by_role("heading", level=1)).to_have_text(heading)
    axe_check(user_page)
    screenshot(user_page, name)
    assert_no_horizontal_scroll(user_page)
    axe_check(user_page)
