"""The Gute-Praxis-Börse in a real Chromium: search with text and two facets, open a project,
propose one; the library, project and proposal pages against WCAG 2.1 A/AA and a 360 px phone.
"""

import re

import pytest
from playwright.sync_api import expect

from ik_wagtail.projects.models import IntegrationProject
from tests.factories import (
    ActorFactory,
    ProjectFactory,
    ProjectLibraryPageFactory,
    criterion,
    field_of_action,
    municipality,
    target_group,
)


@pytest.fixture
def library(home_page):
    """A library with projects in two towns; one of them the journey's target."""
    library = ProjectLibraryPageFactory(parent=home_page, show_in_menus=True)
    verein = ActorFactory(name="Nachbarschaftsverein Hückelhoven-Mitte")
    ProjectFactory(
        title="Sprachcafé Hückelhoven",
        summary="Jeden Montag Deutsch sprechen bei Kaffee und Kuchen, ohne Anmeldung.",
        description="<p>Ehrenamtliche sitzen an Thementischen; Kinder werden betreut.</p>",
        lead_actor=verein,
        fields_of_action=[field_of_action("sprache")],
        municipalities=[municipality("hueckelhoven")],
        target_groups=[target_group("frauen")],
        criteria=[criterion("niedrigschwelligkeit"), criterion("vernetzung")],
        tags=["Begegnung", "Ehrenamt"],
        contact_person="Gisela Beispiel",
        email="sprachcafe@example.invalid",
        contact_consent=True,
    )
    ProjectFactory(
        title="Sprachcafé Wortwechsel Wassenberg",
        summary="Gesprächskreis in der Stadtbücherei.",
        fields_of_action=[field_of_action("sprache")],
        municipalities=[municipality("wassenberg")],
        tags=["Begegnung"],
    )
    ProjectFactory(
        title="Jobmentoring Hückelhoven",
        summary="Mentorinnen begleiten in Ausbildung und Arbeit.",
        fields_of_action=[field_of_action("arbeit")],
        municipalities=[municipality("hueckelhoven")],
    )
    return library


def facet_link(page, label):
    return page.get_by_role("navigation", name="Filtern").get_by_role(
        "link", name=re.compile(rf"^{re.escape(label)} \(\d+\)")
    )


def test_search_with_text_and_two_facets_then_open_and_propose_a_project(
    user_page, library, base_url
):
    user_page.goto(library.url)
    search = user_page.get_by_label("Suchbegriff")
    search.fill("Sprachcafe")
    search.press("Enter")
    expect(user_page.get_by_role("status")).to_have_text("2 Projekte für „Sprachcafe“")

    facet_link(user_page, "Sprache").click()
    facet_link(user_page, "Hückelhoven").click()

    expect(user_page.get_by_role("status")).to_have_text("1 Projekt für „Sprachcafe“")
    assert "field=sprache" in user_page.url and "municipality=hueckelhoven" in user_page.url
    user_page.get_by_role("link", name="Sprachcafé Hückelhoven").click()
    expect(user_page.get_by_role("heading", level=1)).to_have_text("Sprachcafé Hückelhoven")
    expect(user_page.get_by_text("sprachcafe@example.invalid")).to_be_visible()

    user_page.goto(library.url)
    user_page.get_by_role("link", name="Projekt vorschlagen").click()
    user_page.get_by_label("Titel").fill("Fahrradwerkstatt Orsbeck")
    user_page.get_by_label("Kurzbeschreibung").fill("Gespendete Räder werden gemeinsam repariert.")
    user_page.get_by_role("group", name="Kommunen").get_by_label("Wassenberg").check()
    user_page.get_by_role("button", name="Vorschlag senden").click()

    expect(user_page.get_by_role("heading", level=1)).to_have_text(
        "Vielen Dank für Ihren Vorschlag"
    )
    proposal = IntegrationProject.objects.get(title="Fahrradwerkstatt Orsbeck")
    assert proposal.live is False


def test_proposal_form_shows_errors_accessibly(user_page, library, axe_check):
    user_page.goto(library.url + "vorschlagen/")
    user_page.get_by_role("button", name="Vorschlag senden").click()

    expect(user_page.get_by_role("alert").first).to_be_visible()
    axe_check(user_page)


PAGES = {
    "gute-praxis-boerse": ("", "Gute-Praxis-Börse"),
    "gute-praxis-boerse-suche": ("?q=Sprachcafé&field=sprache", "Gute-Praxis-Börse"),
    "gute-praxis-projekt": ("projekte/sprachcafe-hueckelhoven/", "Sprachcafé Hückelhoven"),
    "projekt-vorschlagen": ("vorschlagen/", "Projekt vorschlagen"),
}


@pytest.mark.parametrize("name", PAGES)
def test_library_pages_meet_wcag_21_aa_and_fit_a_phone(
    user_page, library, axe_check, screenshot, assert_no_horizontal_scroll, name
):
    route, heading = PAGES[name]

    response = user_page.goto(library.url + route)

    assert response.status == 200
    expect(user_page.get_by_role("heading", level=1)).to_have_text(heading)
    axe_check(user_page)
    screenshot(user_page, name)
    assert_no_horizontal_scroll(user_page)
    axe_check(user_page)
