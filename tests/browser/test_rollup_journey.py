"""Roll-up journey: filter the Integrationskonzept contribution, download CSV and Word."""

import csv
import io

from docx import Document
from playwright.sync_api import expect

from tests.builders import build_concept_world


def test_actor_filters_the_rollup_and_downloads_csv_and_docx(
    user_page, home_page, axe_check, screenshot, assert_no_horizontal_scroll
):
    world = build_concept_world(home_page)
    page = user_page
    page.goto(world["concept"].url)
    axe_check(page)

    page.get_by_label("Handlungsfeld", exact=True).select_option("arbeit")
    page.get_by_role("button", name="Filter anwenden").click()

    expect(page).to_have_url(world["concept"].url + "?year=&field=arbeit&status=&actor=")
    expect(page.get_by_role("status")).to_contain_text("3")
    axe_check(page)
    screenshot(page, "rollup-filtered")
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="CSV").click()
    with page.expect_download() as docx_download:
        page.get_by_role("link", name="Word").click()

    text = csv_download.value.path().read_text(encoding="utf-8-sig")
    _header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 3
    document = Document(docx_download.value.path())
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Empfehlungen nach Handlungsfeld und Umsetzungsstand",
        "Arbeit",
    ]
    assert_no_horizontal_scroll(page)
