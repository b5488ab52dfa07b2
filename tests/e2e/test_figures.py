"""The figures dashboard in Chromium: the national overview and a municipality page at phone
and desktop width, with axe, keyboard and no JavaScript needed to choose a municipality."""

import pytest

from tests.e2e.conftest import SCREENSHOT_DIR, assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(
    "path", ["/cijfers/", "/cijfers/utrecht/", "/cijfers/vlieland/?bron=politie"]
)
def test_figures_pages_are_accessible_on_phone_and_desktop(live_site, make_page, path, width):
    page = make_page(width=width)
    page.goto(live_site.url + path)
    assert page.get_by_text("Voorbeeldcijfers.").first.is_visible()
    assert page.get_by_role("heading", name="Meldcijfers zeggen niet alles").is_visible()
    name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-")
    assert_accessible(page, name=f"{name}-{width}")
    assert_fits_width(page)
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-{width}.png"), full_page=True)


def test_choose_a_municipality_with_the_keyboard(live_site, page):
    page.goto(live_site.url + "/cijfers/")
    page.get_by_label("Naam van de gemeente").fill("Amersf")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cijfers/amersfoort/")
    assert page.get_by_role("heading", name="Discriminatiecijfers Amersfoort").is_visible()
    chart = page.locator("svg[role=img]").first
    assert chart.get_attribute("aria-labelledby")
    # the numbers behind a chart open as a table, without JavaScript
    page.get_by_text("Bekijk de cijfers als tabel").first.click()
    assert page.get_by_role("table").first.is_visible()


def test_figures_work_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site.url + "/cijfers/?gemeente=recht")
    page.get_by_role("link", name="Utrecht", exact=True).first.click()
    assert page.get_by_role("heading", name="Discriminatiecijfers Utrecht").is_visible()
    page.get_by_role("link", name="Politie (registraties)").click()
    assert "bron=politie" in page.url
    context.close()
