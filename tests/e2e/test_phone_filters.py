"""Phone-first filters (issue 16, item 3) in Chromium at 360 and 1280 px, with and without
JavaScript, checked with axe-core: "Filters (n)", "Toon N resultaten", "Wis filters", the
keyword facet collapsed to its top values with a small text filter."""

import re

import pytest

from tests.e2e.conftest import SCREENSHOT_DIR, assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


def toggle_text(page):
    """What the "Filters (n)" button shows (its screen-reader-only word left out)."""
    return page.evaluate(
        """() => { const t = document.querySelector('.filters__toggle').cloneNode(true);
        t.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
        return t.textContent.replace(/\\s+/g, ' ').trim(); }"""
    )


def total_number(page):
    return int(page.locator("[data-listing-total]").inner_text().split()[0])


def test_phone_filters_with_javascript_at_360(live_site, make_page):
    page = make_page(width=360, height=740)
    page.goto(live_site.url + "/interventies/")
    toggle = page.locator(".filters__toggle")
    panel = page.locator("[data-filters-panel]")
    # results first: the filters are one tap away behind a closed "Filters" button
    assert panel.get_attribute("open") is None
    assert toggle_text(page) == "Filters"
    assert page.locator(".result").first.is_visible()
    assert_accessible(page, name="filters-360-closed")
    assert_fits_width(page)

    toggle.click()
    page.get_by_role("group", name="Domein").get_by_label("Wonen").check()
    page.wait_for_url("**domein=wonen**")
    assert panel.get_attribute("open") is not None  # stays open while choosing
    assert toggle_text(page) == "Filters (1)"
    assert toggle.locator(".visually-hidden").text_content().strip() == "gekozen"
    show = page.locator("[data-show-results]")
    assert show.is_visible()
    count = total_number(page)
    assert show.inner_text().strip() == f"Toon {count} resultaten"
    assert page.get_by_role("link", name="Wis filters").is_visible()
    # the keyword facet: the most used keywords, the rest behind "Toon alle", a text filter
    keywords = page.locator("#facet-tag")
    assert keywords.locator("[data-facet-more] > summary").inner_text().startswith("Toon alle")
    search = keywords.get_by_label("Zoek een trefwoord")
    assert search.is_visible()
    page.screenshot(path=str(SCREENSHOT_DIR / "filters-360-open.png"), full_page=True)
    assert_accessible(page, name="filters-360-open")

    # a keyword from the collapsed part: the filter finds it and hides what does not match
    last = keywords.locator("[data-facet-more] .facet__option").last
    value = last.locator("input").get_attribute("value")
    word = last.locator("label").text_content().split()[0].lower()
    search.fill(word)
    visible = keywords.locator(".facet__option:visible")
    assert keywords.locator(f'[id="f-tag-{value}"]').is_visible()  # its "Toon alle" list opened
    assert 1 <= visible.count() < keywords.locator(".facet__option").count()
    for label in visible.locator("label").all_inner_texts():
        assert word in label.lower()
    search.fill("qqqxyz")
    assert keywords.locator(".facet__option:visible").count() == 0
    assert keywords.get_by_text("Geen keuzes met deze woorden.").is_visible()
    search.fill("")

    grond = page.get_by_role("group", name="Discriminatiegrond")
    grond.get_by_label(re.compile("^Herkomst")).check()
    page.wait_for_url("**grond=herkomst**")
    count = total_number(page)
    assert page.locator("[data-show-results]").inner_text().strip() in (
        f"Toon {count} resultaten",
        f"Toon {count} resultaat",
    )
    page.locator("[data-show-results]").click()
    # the panel closes and the focus lands on the number of results, in view
    assert panel.get_attribute("open") is None
    assert page.evaluate("document.activeElement.id") == "resultaten-aantal"
    assert page.locator("#resultaten-aantal").is_visible()
    assert (
        page.evaluate("document.getElementById('resultaten-aantal').getBoundingClientRect().top")
        < 200
    )
    assert toggle_text(page) == "Filters (2)"
    page.screenshot(path=str(SCREENSHOT_DIR / "filters-360-applied.png"))
    assert_accessible(page, name="filters-360-applied")

    toggle.click()
    page.get_by_role("link", name="Wis filters").click()
    page.wait_for_url(re.compile(r"/interventies/\??$"))
    assert toggle_text(page) == "Filters"
    assert page.evaluate("document.activeElement.classList.contains('filters__toggle')")


def test_phone_filters_with_the_keyboard_at_360(live_site, make_page):
    page = make_page(width=360, height=740)
    page.goto(live_site.url + "/interventies/")
    page.locator(".filters__toggle").focus()
    page.keyboard.press("Enter")
    assert page.locator("[data-filters-panel]").get_attribute("open") is not None
    page.get_by_role("group", name="Domein").get_by_label("Wonen").focus()
    page.keyboard.press("Space")
    page.wait_for_url("**domein=wonen**")
    assert page.evaluate("document.activeElement.id") == "f-domein-wonen"  # focus kept
    page.locator("[data-show-results]").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "resultaten-aantal"


def test_phone_filters_without_javascript_land_on_the_results(live_site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_site.url + "/interventies/")
        page.get_by_role("group", name="Domein").get_by_label("Wonen").check()
        page.get_by_role("button", name="Filters toepassen").click()
        page.wait_for_url(re.compile(r"domein=wonen.*#resultaten$"))
        assert page.locator(".result").count() >= 1
        # the fragment scrolls the results into view
        top = page.evaluate("document.getElementById('resultaten').getBoundingClientRect().top")
        assert abs(top) < 100
        assert toggle_text(page) == "Filters (1)"
        clear = page.get_by_role("link", name="Wis filters")
        assert clear.get_attribute("href") == "?"
        # the keyword filter needs JavaScript: without it, it is not there
        assert page.locator("#facet-tag [data-facet-search]").is_hidden()
        assert_fits_width(page)
        page.screenshot(path=str(SCREENSHOT_DIR / "filters-360-nojs.png"))
    finally:
        context.close()


def test_filters_beside_the_results_at_1280(live_site, make_page):
    page = make_page(width=1280)
    page.goto(live_site.url + "/interventies/?q=training")
    panel = page.locator("[data-filters-panel]")
    assert panel.get_attribute("open") is not None
    assert page.locator("[data-show-results]").is_hidden()  # a change applies at once here
    page.get_by_role("group", name="Domein").get_by_label("Onderwijs").check()
    page.wait_for_url("**domein=onderwijs**")
    assert toggle_text(page) == "Filters (1)"
    clear = page.get_by_role("link", name="Wis filters")
    assert clear.get_attribute("href") == "?q=training"
    assert_accessible(page, name="filters-1280")
    clear.click()
    page.wait_for_url("**/interventies/?q=training")
    assert page.locator("#listing-q").input_value() == "training"
