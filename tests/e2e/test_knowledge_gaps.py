"""The evidence gap map /interventies/kennislacunes/ (issue 17, item 8) in Chromium at 360 and
1280 px on the demo content: no axe violations, the table scrolls in its own box (the page
itself never sideways), the domain row and the ground column stay in view while it scrolls,
the filters work without JavaScript and a cell leads to the listing with its count."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

URL = "/interventies/kennislacunes/"


def box_and_headers(page):
    """Positions of the scroll box, the first domain header and the first ground header."""
    return page.evaluate(
        """() => {
            const box = document.querySelector('.gap-map__scroll').getBoundingClientRect();
            const col = document.querySelector('.gap-table thead th:nth-child(2)').getBoundingClientRect();
            const row = document.querySelector('.gap-table tbody th[scope=row]').getBoundingClientRect();
            return {boxTop: box.top, boxLeft: box.left, colTop: col.top, rowLeft: row.left};
        }"""
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_gap_map_at_phone_and_desktop_width(live_site, make_page, width):
    page = make_page(width=width, height=800)
    page.goto(live_site.url + URL)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Kennislacunes")
    table = page.get_by_role("table", name="Interventies per discriminatiegrond en domein")
    assert table.is_visible()
    assert page.locator(".gap-cell--gap").count() > 0
    assert (
        "combinaties hebben nog geen interventie" in page.locator(".gap-map__summary").inner_text()
    )
    page.screenshot(path=f"/tmp/gaps-{width}.png", full_page=True)
    assert_accessible(page, name=f"kennislacunes-{width}")
    assert_fits_width(page)

    region = page.get_by_role("region", name="Interventies per discriminatiegrond en domein")
    sizes = region.evaluate(
        "(el) => ({sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight})"
    )
    if width == 360:
        assert sizes["sw"] > sizes["cw"], "the table scrolls sideways inside its box"
    assert sizes["sh"] > sizes["ch"], "the box scrolls down with the headers in view"

    # Scrolled inside its box: the header row sticks to the box's top edge, the ground
    # column to its left edge.
    region.scroll_into_view_if_needed()
    region.evaluate("(el) => { el.scrollTop = 400; el.scrollLeft = 600; }")
    page.wait_for_timeout(100)
    after = box_and_headers(page)
    assert abs(after["colTop"] - after["boxTop"]) <= 2, after
    assert abs(after["rowLeft"] - after["boxLeft"]) <= 2, after
    assert_fits_width(page)
    region.screenshot(path=f"/tmp/gaps-{width}-scrolled.png")


def test_filters_without_javascript_and_a_cell_leads_to_the_listing(live_site, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL", java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(live_site.url + URL)
        page.get_by_text("Filter op doelgroep en beleidsstap").click()  # <details>, no JS
        page.get_by_role("group", name="Doelgroep").get_by_label("Gemeenteambtenaar").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Toon de kaart").click()
        assert "doelgroep=gemeenteambtenaar" in page.url
        assert page.get_by_role("link", name="Wis filters").is_visible()
        link = page.locator(".gap-cell__total").first
        count = int(link.inner_text().split()[0])
        with page.expect_navigation():
            link.click()
        assert "doelgroep=gemeenteambtenaar" in page.url and "grond=" in page.url
        total = page.locator("[data-listing-total]").inner_text()
        assert int(total.split()[0]) == count, total
    finally:
        context.close()
