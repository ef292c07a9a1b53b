"""Steps in Wagtail 8's German admin that the browser journeys share.

Labels are Wagtail's own German ones; the footer action menu is a split button whose default
action is "Entwurf speichern" and whose other actions open with "Mehr Aktionen".
"""

from playwright.sync_api import expect


def footer_action(page, name):
    """Run one of the editor's footer actions from the "Mehr Aktionen" menu."""
    footer = page.get_by_role("navigation", name="Aktionen (Fußzeile)")
    footer.get_by_role("button", name="Mehr Aktionen").click()
    footer.get_by_role("button", name=name, exact=True).click()


def insert_block(page, stream_field, block_label):
    """Append a block to a StreamField panel and return the new block's region.

    The last "Einen Block einfügen" button adds at the end; the block chooser is a listbox of
    the block types' labels. Wagtail renders a StreamField's blocks and buttons in script, all
    in one go, after the page has loaded: the blocks are counted only once the buttons are there,
    else a stream with blocks of that type already in it would count as empty.
    """
    blocks = stream_field.get_by_role("region").filter(
        has=page.get_by_role("heading", name=block_label)
    )
    insert_buttons = stream_field.get_by_role("button", name="Einen Block einfügen")
    expect(insert_buttons.last).to_be_visible()
    count_before = blocks.count()
    insert_buttons.last.click()
    page.get_by_role("listbox").get_by_role("option", name=block_label, exact=True).click()
    expect(blocks).to_have_count(count_before + 1)
    return blocks.last


def open_in_page_explorer(page, *titles):
    """Open a page's listing through the sidebar's page explorer, from the site root down."""
    page.get_by_role("navigation", name="Hauptmenü").get_by_role("button", name="Seiten").click()
    explorer = page.get_by_role("dialog", name="Seitenübersicht")
    for title in titles[:-1]:
        explorer.get_by_role("link", name=f"Unterseiten von ‚{title}‘ anzeigen").click()
    explorer.get_by_role("link", name=titles[-1], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Erkunden: {titles[-1]}")
