"""Network journey: filter the network, sort the table, follow a dot to an actor's suggestions."""

from playwright.sync_api import expect

from tests.ik_wagtail.network.conftest import world  # noqa: F401  (the hand-built network)


def test_actor_explores_the_network_and_finds_partner_suggestions(
    user_page,
    world,  # noqa: F811
    axe_check,
    screenshot,
    assert_no_horizontal_scroll,
):
    page = user_page
    page.goto(world["page"].url)
    axe_check(page)
    screenshot(page, "network")

    page.get_by_label("Handlungsfeld", exact=True).select_option("sprache")
    page.get_by_role("button", name="Filter anwenden").click()

    expect(page.locator(".network-summary")).to_have_text(
        "Im Handlungsfeld Sprache arbeiten 3 Akteure in 1 Projekt und 1 Forum zusammen; "
        "1 Akteur ist noch mit niemandem verbunden."
    )
    page.get_by_role("link", name="Name", exact=True).click()
    expect(page.locator(".network-table tbody th").first).to_have_text("Caritas Heinsberg")
    axe_check(page)
    assert_no_horizontal_scroll(page)

    page.locator("svg.network a[aria-label^='Lernpaten Erkelenz']").click()
    expect(page.get_by_role("heading", name="Partnervorschläge")).to_be_visible()
    expect(page.locator(".suggestion__reasons").first).to_contain_text(
        "beide im Handlungsfeld Sprache in Erkelenz aktiv"
    )
    axe_check(page)
    screenshot(page, "network-actor-suggestions")
