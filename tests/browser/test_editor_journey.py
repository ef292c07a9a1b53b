"""A KI editor builds a conference in Wagtail's German admin and finds it on the intranet.

Issue 8, journey 1, in a real Chromium: conference, forum, referent and result statement are
created with the admin's own forms (panels and StreamField are JavaScript, so everything is
clicked and typed), each is published, and the intranet shows them.
"""

from playwright.sync_api import expect

from tests.browser.admin_helpers import footer_action, insert_block, open_in_page_explorer
from tests.browser.conference_content import PASSWORD
from tests.factories import ConferenceIndexPageFactory, ReferentIndexPageFactory

HOME = "Integrationskonferenz Kreis Heinsberg"
CONFERENCE = "Integrationskonferenz 2027"
FORUM = "Sprache im Alltag"
GUIDING_QUESTION = "Wie erreichen Sprachangebote Eltern kleiner Kinder?"
STATEMENT = "Ergebnisse des Forums Sprache im Alltag"
FINDING = "Elterncafés in Kitas sind der beste Ort für Sprachangebote."
REFERENT = "Meryem Aydın"


def enter_title(page, title):
    """Type the page title and leave the field, as an editor does.

    Wagtail derives the slug from the title a moment (its sync controller's debounce) after the
    field is left; publishing before that sends an empty slug, which the form rejects. The slug
    sits on the hidden "Promotion" tab, so it is waited for by its id.
    """
    title_field = page.get_by_role("textbox", name="Titel*", exact=True)
    title_field.fill(title)
    title_field.press("Tab")
    expect(page.locator("#id_slug")).not_to_have_value("")


def publish(page, title, action="erstellt und veröffentlicht"):
    footer_action(page, "Veröffentlichen")
    expect(page.get_by_role("status")).to_contain_text(f"Die Seite ‚{title}‘ wurde {action}.")


def add_child_page(page, parent_title):
    """From the parent's listing: the row's link to add a child page (one page type: no
    type chooser in between)."""
    page.get_by_role("link", name=f"Unterseite zu ‚{parent_title}‘ hinzufügen").click()


def test_ki_editor_creates_and_publishes_a_conference_and_sees_it_on_the_intranet(
    page, home_page, superuser, log_in, base_url, screenshot
):
    ConferenceIndexPageFactory(parent=home_page, show_in_menus=True)
    ReferentIndexPageFactory(parent=home_page)
    page.goto("/admin/")
    log_in(page, superuser.username, PASSWORD)  # the admin signs in through the intranet form
    expect(page).to_have_url(f"{base_url}/admin/")

    # The conference, under the existing conference index.
    open_in_page_explorer(page, HOME, "Integrationskonferenzen")
    page.get_by_role("navigation", name="Actions").get_by_role(
        "link", name="Unterseite hinzufügen"
    ).click()
    enter_title(page, CONFERENCE)
    page.get_by_role("spinbutton", name="Jahr").fill("2027")
    page.get_by_role("textbox", name="Leitthema").fill("Sprache öffnet Türen")
    page.get_by_role("checkbox", name="Sprache", exact=True).check()
    page.get_by_role("textbox", name="Datum").fill("2027-09-23")
    # A click outside closes the date picker that typing into the date opened.
    venue = page.get_by_role("textbox", name="Veranstaltungsort", exact=True)
    venue.click()
    venue.fill("Festhalle Oberbruch")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    publish(page, CONFERENCE)

    # A forum under the conference.
    add_child_page(page, CONFERENCE)
    enter_title(page, FORUM)
    page.get_by_role("combobox", name="Handlungsfeld").select_option(label="Sprache")
    page.get_by_role("textbox", name="Leitfrage").fill(GUIDING_QUESTION)
    publish(page, FORUM)

    # The forum's result statement with one finding.
    add_child_page(page, FORUM)
    enter_title(page, STATEMENT)
    results = page.get_by_role("region", name="Ergebnisse", exact=True)
    insert_block(page, results, "Erkenntnis").get_by_role("textbox", name="Erkenntnis").fill(
        FINDING
    )
    publish(page, STATEMENT)

    # A referent under the referent index.
    open_in_page_explorer(page, HOME, "Referentinnen und Referenten")
    page.get_by_role("navigation", name="Actions").get_by_role(
        "link", name="Unterseite hinzufügen"
    ).click()
    enter_title(page, REFERENT)
    page.get_by_role("textbox", name="Nachname").fill("Aydın")
    page.get_by_role("textbox", name="Funktion").fill("Integrationsbeauftragte, Stadt Erkelenz")
    publish(page, REFERENT)

    # The intranet: the referent's page, then conference → forum → results by their links.
    page.get_by_role("status").get_by_role("link", name="Live anzeigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(REFERENT)
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Integrationskonferenzen"
    ).click()
    page.get_by_role("link", name=CONFERENCE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CONFERENCE)
    expect(page.get_by_text("Sprache öffnet Türen")).to_be_visible()
    forums = page.get_by_role("region", name="Foren")
    expect(forums.get_by_role("listitem")).to_have_count(1)
    forums.get_by_role("link", name=f"Forum 1: {FORUM}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FORUM)
    expect(page.get_by_text(GUIDING_QUESTION)).to_be_visible()
    page.get_by_role("link", name="Ergebnis ansehen (1 Eintrag)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(STATEMENT)
    results = page.get_by_role("main").locator("ol.results > li")
    expect(results).to_have_count(1)
    expect(results).to_contain_text("Erkenntnis · Sprache")
    expect(results).to_contain_text(FINDING)
    screenshot(page, "journey-redaktion-ergebnisse")
