"""Journeys through the intranet shell in a real Chromium: sign-in, search, keyboard, phone width.

Every page of the shell is checked with axe-core against WCAG 2.1 A/AA (BITV 2.0) and
photographed at 1280 px and 360 px (test-artifacts/screenshots/).
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page, Site

from home.models import HomePage
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

HOME_HEADING = "Integrationskonferenz Kreis Heinsberg"
PASSWORD = "secret-Passw0rd"  # of ``intranet_user`` in tests/conftest.py


@pytest.fixture
def intranet_content(home_page):
    """A home page with an introduction and two sections in the main navigation."""
    home_page.introduction = "Sprachcafé und Patenschaften im Kreis Heinsberg"
    home_page.save_revision().publish()
    sections = [
        ("Integrationskonferenz 2026", "Leitthema, Programm und Anmeldung zu den Foren."),
        ("Gute-Praxis-Börse", "Integrationsprojekte aus den Kommunen des Kreises Heinsberg."),
    ]
    for title, description in sections:
        home_page.add_child(
            instance=Page(title=title, show_in_menus=True, search_description=description)
        )
    return home_page


def test_anonymous_visitor_signs_in_through_the_form_and_sees_the_home_page(
    page, intranet_user, log_in, base_url
):
    page.goto("/")

    expect(page).to_have_url(f"{base_url}/konto/login/?next=/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Im Intranet anmelden")

    log_in(page, intranet_user.username, PASSWORD)

    expect(page).to_have_url(f"{base_url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(HOME_HEADING)
    expect(page.get_by_text("Angemeldet als Aylin Kaya")).to_be_visible()


def test_wrong_password_keeps_the_visitor_on_the_login_page_with_an_alert(
    page, intranet_user, axe_check
):
    page.goto("/konto/login/")
    page.get_by_label("Benutzername").fill(intranet_user.username)
    page.get_by_label("Passwort").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()

    expect(page.get_by_role("alert")).to_contain_text("Bitte Benutzername und Passwort eingeben")
    axe_check(page)


def test_header_search_shows_the_results_page(user_page, intranet_content, base_url):
    user_page.goto("/")

    search_field = user_page.get_by_role("searchbox", name="Intranet durchsuchen")
    search_field.fill("Patenschaften")
    search_field.press("Enter")

    expect(user_page).to_have_url(f"{base_url}/suche/?q=Patenschaften")
    expect(user_page.get_by_role("heading", level=1)).to_have_text("Intranet durchsuchen")
    expect(user_page.get_by_role("status")).to_have_text("1 Treffer für „Patenschaften“")
    results = user_page.locator(".result-list > li")
    expect(results).to_have_count(1)
    expect(results.get_by_role("link", name=HOME_HEADING)).to_be_visible()


def test_login_page_meets_wcag_21_aa(page, axe_check, screenshot, assert_no_horizontal_scroll):
    page.goto("/konto/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Im Intranet anmelden")

    axe_check(page)
    screenshot(page, "login")
    assert_no_horizontal_scroll(page)
    axe_check(page)


SIGNED_IN_PAGES = {
    "startseite": ("/", 200, HOME_HEADING),
    "suchergebnisse": ("/suche/?q=Patenschaften", 200, "Intranet durchsuchen"),
    "404": ("/diese-seite-gibt-es-nicht/", 404, "Seite nicht gefunden"),
}


@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_signed_in_page_meets_wcag_21_aa_and_fits_a_phone(
    user_page, intranet_content, axe_check, screenshot, assert_no_horizontal_scroll, name
):
    path, status, heading = SIGNED_IN_PAGES[name]

    response = user_page.goto(path)

    assert response.status == status
    expect(user_page.get_by_role("heading", level=1)).to_have_text(heading)
    axe_check(user_page)
    screenshot(user_page, name)
    assert_no_horizontal_scroll(user_page)
    axe_check(user_page)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(user_page, intranet_content):
    user_page.goto("/")

    user_page.keyboard.press("Tab")

    skip_link = user_page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, "skip link not on screen"

    user_page.keyboard.press("Enter")

    expect(user_page.locator("#main")).to_be_focused()
    # The next Tab continues inside the content, not in the header.
    user_page.keyboard.press("Tab")
    assert user_page.evaluate("document.querySelector('#main').contains(document.activeElement)")


def test_tab_reaches_the_header_search_field_and_enter_submits_it(
    user_page, intranet_content, base_url
):
    user_page.goto("/")
    search_field = user_page.get_by_role("searchbox", name="Intranet durchsuchen")

    for _ in range(15):
        user_page.keyboard.press("Tab")
        if user_page.evaluate("document.activeElement.id") == "site-search":
            break
    expect(search_field).to_be_focused()

    user_page.keyboard.type("Gute-Praxis")
    user_page.keyboard.press("Enter")

    expect(user_page).to_have_url(f"{base_url}/suche/?q=Gute-Praxis")
    results = user_page.get_by_role("main").locator(".result-list")
    expect(results.get_by_role("link", name="Gute-Praxis-Börse")).to_be_visible()


def test_axe_check_names_rule_impact_and_target_of_each_violation(page, axe_check):
    """The check itself: a page with known violations fails with a readable message."""
    page.goto("/konto/login/")
    page.evaluate(
        """() => {
            document.documentElement.removeAttribute("lang");
            const image = document.createElement("img");
            image.id = "ohne-alt";
            image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
            document.querySelector("main").append(image);
        }"""
    )

    with pytest.raises(AssertionError) as failure:
        axe_check(page)

    message = str(failure.value)
    assert "- html-has-lang [serious]" in message
    assert "- image-alt [critical]" in message
    assert '"#ohne-alt"' in message


def test_horizontal_scroll_check_names_the_element_that_is_too_wide(
    page, assert_no_horizontal_scroll
):
    page.goto("/konto/login/")
    page.evaluate(
        """() => {
            const wide = document.createElement("div");
            wide.id = "zu-breit";
            wide.style.width = "600px";
            wide.textContent = "Zu breit";
            document.querySelector("main").append(wide);
        }"""
    )

    with pytest.raises(AssertionError, match="div#zu-breit"):
        assert_no_horizontal_scroll(page)


def test_every_browser_test_starts_from_the_migrated_database(live_server):
    """Transactional tests flush the database; serialized rollback brings the migrations' data back.

    Runs after the journeys above, each of which ended with a flush.
    """
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not site.root_page.get_children().filter(title="Gute-Praxis-Börse").exists()
    assert FieldOfAction.objects.exists()
    assert Municipality.objects.exists()
    assert TargetGroup.objects.exists()
