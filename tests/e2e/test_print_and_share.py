"""One intervention on paper and in a link (issue 16, item 6) in Chromium at 360 and 1280 px:
the "Print / PDF" link gives a PDF, "Deel" shows the address and copies it, the print
stylesheet leaves the page's content only; axe-core finds nothing."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import SCREENSHOT_DIR, assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


def open_flagged_intervention(page, base_url):
    page.goto(base_url + "/interventies/?q=schokcampagne")
    page.locator(".result").first.locator("a").first.click()
    page.wait_for_load_state()
    assert page.get_by_text("Let op: risico op averechts effect").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_print_pdf_and_share(live_site, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        open_flagged_intervention(page, live_site.url)
        address = page.url

        pdf_link = page.get_by_role("link", name="Print / PDF van deze interventie")
        assert pdf_link.is_visible()
        response = page.request.get(live_site.url + pdf_link.get_attribute("href"))
        assert response.status == 200
        assert response.headers["content-type"] == "application/pdf"
        assert response.body().startswith(b"%PDF")

        share = page.locator("details.share")
        share.locator("summary").click()
        field = page.get_by_label("Link naar deze pagina")
        assert field.input_value() == address
        page.get_by_role("button", name="Kopieer de link").click()
        status = share.get_by_role("status")
        expect(status).to_have_text("Link gekopieerd")
        assert status.is_visible()
        assert page.evaluate("navigator.clipboard.readText()") == address
        assert_fits_width(page)
        assert_accessible(page, name=f"intervention-share-{width}")

        page.emulate_media(media="print")
        assert page.locator(".page-actions").is_hidden()
        assert page.locator(".site-header").is_hidden()
        assert page.get_by_text("Let op: risico op averechts effect").is_visible()
        assert page.locator(".print-source").inner_text() == f"Bron: {address}"
        page.screenshot(
            path=str(SCREENSHOT_DIR / f"intervention-print-{width}.png"), full_page=True
        )
    finally:
        context.close()


def test_share_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        open_flagged_intervention(page, live_site.url)
        page.locator("details.share summary").click()
        assert page.get_by_label("Link naar deze pagina").input_value() == page.url
        assert page.get_by_role("button", name="Kopieer de link").is_hidden()
        assert page.get_by_role("link", name="Mail de link").is_visible()
        assert_fits_width(page)
        page.screenshot(path=str(SCREENSHOT_DIR / "intervention-share-nojs-360.png"))
    finally:
        context.close()
