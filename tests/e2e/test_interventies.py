"""Journey: filter the intervention database, open an intervention, read its evidence level."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


def filter_and_open(page, base_url):
    page.goto(base_url + "/interventies/")
    assert_accessible(page, name="interventies")
    page.get_by_role("group", name="Domein").get_by_label("Wonen").check()
    page.wait_for_url("**domein=wonen**")
    page.get_by_role("group", name="Discriminatiegrond").get_by_label(
        "Herkomst / huidskleur (ras)"
    ).check()
    page.wait_for_url("**grond=herkomst**")
    assert page.get_by_role("link", name="Domein: Wonen").is_visible()
    assert_accessible(page, name="interventies-gefilterd")


def test_filter_open_and_read_evidence_with_javascript(live_site, page):
    filter_and_open(page, live_site.url)
    total = page.locator("[data-listing-total]").inner_text()
    first = page.locator(".result__title a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.get_by_role("heading", name="Bewijs en erkenning").is_visible()
    assert page.locator("#bewijs .badge").inner_text().strip()
    assert total.split()[1] == "interventies" or total.split()[1] == "interventie"
    assert_accessible(page, name="interventie-detail")


def test_filter_without_javascript(live_site, browser, make_page):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_site.url + "/interventies/")
        page.get_by_role("group", name="Domein").get_by_label("Wonen").check()
        page.get_by_role("group", name="Discriminatiegrond").get_by_label(
            "Herkomst / huidskleur (ras)"
        ).check()
        page.get_by_role("button", name="Filters toepassen").click()
        page.wait_for_url("**grond=herkomst**")
        assert "domein=wonen" in page.url
        assert page.locator(".result").count() >= 1
        assert_fits_width(page)
        url = page.url
    finally:
        context.close()
    # axe needs JavaScript itself: check the same filtered URL in a normal phone-sized page.
    checked = make_page(width=360)
    checked.goto(url)
    assert_accessible(checked, name="interventies-gefilterd-360")


def test_backfire_intervention_is_marked_loudly(live_site, page):
    page.goto(live_site.url + "/interventies/?q=schokcampagne")
    card = page.locator(".result").first
    assert "Risico op averechts effect" in card.inner_text()
    card.locator("a").first.click()
    assert page.get_by_text("Let op: risico op averechts effect").is_visible()
