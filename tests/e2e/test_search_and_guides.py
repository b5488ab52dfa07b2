"""Journeys: search from the header, filter on type, open a good practice; read a guide."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


def test_search_from_header_filter_type_open_practice(live_site, page):
    page.goto(live_site.url + "/")
    box = page.get_by_role("combobox", name="Zoeken op de hele site")
    box.press_sequentially("praktijk", delay=30)  # title suggestions while typing
    page.wait_for_selector("#site-search-q-suggesties [role=option]", timeout=10_000)
    assert page.locator("#site-search-q-suggesties [role=option]").count() >= 1
    box.press("Escape")
    box.fill("woningmarkt")
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=woningmarkt")
    assert_accessible(page, name="zoeken-woningmarkt")
    page.get_by_role("group", name="Soort inhoud").get_by_label("Praktijkvoorbeelden").check()
    page.wait_for_url("**type=praktijkvoorbeeld**")
    results = page.locator(".result__meta")
    assert results.count() >= 1
    for text in results.all_inner_texts():
        assert text.strip() == "Praktijkvoorbeelden"
    page.locator(".result__title a").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Wat deed de gemeente?").is_visible()
    assert_accessible(page, name="praktijkvoorbeeld")


@pytest.mark.parametrize("width", [360, 1280])
def test_guide_chapter_and_practice_listing_are_accessible(live_site, make_page, width):
    page = make_page(width=width)
    for path, name in [
        ("/handreikingen/", "handreikingen"),
        ("/handreikingen/zes-stappen/", "handreiking"),
        ("/handreikingen/zes-stappen/verkennen/", "hoofdstuk"),
        ("/praktijkvoorbeelden/?provincie=zeeland", "praktijkvoorbeelden"),
        ("/zoeken/", "zoeken-leeg"),
    ]:
        page.goto(live_site.url + path)
        assert_accessible(page, name=f"{name}-{width}")
        assert_fits_width(page)


def test_read_guide_chapter_by_chapter_and_download_pdf(live_site, page):
    page.goto(live_site.url + "/handreikingen/zes-stappen/")
    page.get_by_role("link", name="Begin met lezen").click()
    page.get_by_role("link", name="Volgende").first.click()
    assert "stap 1" in page.get_by_role("heading", level=1).inner_text().lower()
    response = page.request.get(live_site.url + "/handreikingen/zes-stappen/pdf/")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
