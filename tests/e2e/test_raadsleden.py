"""Journey: choose a role, complete the quick scan, read the result, open the print version.

On a phone and on a desktop: the start button within the first screen, the summary with a
traffic light per step first, the advice folded away so the page stays short, the municipality
name filled in, and an edited motion text that ends up in the print view. axe on every page."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

ANSWERS = ["Nee", "Deels", "Ja", "Weet ik niet"]  # a mix, as a real municipality would have
MAX_RESULT_HEIGHT = 6000


def page_height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def fill_in_the_scan(page):
    groups = page.locator("fieldset.form-fieldset")
    for index in range(1, groups.count()):  # the first group is the role, already chosen
        groups.nth(index).get_by_label(ANSWERS[index % 4], exact=True).check()
    page.get_by_role("button", name="Bekijk mijn resultaat").click()
    page.wait_for_url("**/raadsleden/resultaat/**")


@pytest.mark.parametrize("width", [360, 1280])
def test_role_scan_result_print(live_site, make_page, width):
    page = make_page(width=width, height=800)
    page.goto(live_site.url + "/raadsleden/")
    start = page.get_by_role("link", name="Start de quickscan", exact=True)
    box = start.bounding_box()
    assert box and box["y"] + box["height"] < 800, f"start button at {box} is below the fold"
    assert_accessible(page, name=f"raadsleden-start-{width}")
    assert_fits_width(page)

    page.get_by_role("link", name="Start de quickscan als controlerende rol").click()
    page.wait_for_url("**/raadsleden/scan/?rol=controlerende-rol")
    assert_accessible(page, name=f"raadsleden-scan-{width}")
    page.get_by_label("Naam van uw gemeente").fill("Zwolle")
    fill_in_the_scan(page)
    assert "gemeente=Zwolle" in page.url

    # The summary comes first: a traffic light (label + shape) per step, every answer in short.
    summary = page.locator(".result-summary")
    assert summary.get_by_role("heading", name="Samenvatting").is_visible()
    assert summary.locator(".light").count() == 6
    assert summary.get_by_text("Actie nodig").first.is_visible()
    assert summary.locator(".answer--ja").count() >= 1  # a "ja" is not dropped
    assert page.get_by_role("heading", name="Uw rol: Controlerende rol").is_visible()
    assert page.get_by_role("heading", name="Dit gaat goed").first.is_visible()
    # The advice is folded: one step open (the one with most to do), the others closed.
    assert page.locator("details.step-advice[open]").count() == 1
    assert page.locator("details.step-advice").count() >= 3
    assert page.locator(".advice textarea").count() >= 1
    motion = page.locator("details.step-advice[open] .advice textarea").first
    assert "Zwolle" in motion.input_value() and "[naam gemeente]" not in motion.input_value()
    assert_accessible(page, name=f"raadsleden-resultaat-{width}")
    assert_fits_width(page)
    open_height = page_height(page)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = false)")
    closed_height = page_height(page)
    print(f"result page at {width}px: {open_height}px (one step open), {closed_height}px closed")
    if width == 1280:
        assert closed_height < MAX_RESULT_HEIGHT
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert_accessible(page, name=f"raadsleden-resultaat-open-{width}")

    # An edited motion goes into the print view, without JavaScript needed.
    motion.fill("De raad van Zwolle, aangepast door mij.\n\nverzoekt het college iets.")
    page.get_by_role("button", name="Printversie met mijn aanpassingen").click()
    page.wait_for_url("**afdrukken=1**")
    assert not page.locator(".site-header").is_visible()
    assert page.get_by_text("De raad van Zwolle, aangepast door mij.").is_visible()
    assert page.locator("details.step-advice:not([open])").count() == 0
    assert_accessible(page, name=f"raadsleden-print-bewerkt-{width}")

    # The plain print version (a link, GET) still works.
    page.go_back()
    page.get_by_role("link", name="Printversie (of bewaar als PDF)").click()
    page.wait_for_url("**afdrukken=1**")
    assert not page.locator(".site-header").is_visible()
    assert page.locator("details.step-advice:not([open])").count() == 0
    assert_accessible(page, name=f"raadsleden-print-{width}")


def test_edited_text_ends_up_in_word_without_javascript(live_site, browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(live_site.url + "/raadsleden/scan/?rol=antennerol")
        fill_in_the_scan(page)
        page.locator("details[open] .advice textarea").first.fill("Mijn eigen motie voor de raad.")
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download als Word met mijn aanpassingen").click()
        path = download_info.value.path()
        from docx import Document

        text = "\n".join(p.text for p in Document(path).paragraphs)
        assert "Mijn eigen motie voor de raad." in text
    finally:
        context.close()


def test_incomplete_scan_is_explained(live_site, page):
    page.goto(live_site.url + "/raadsleden/scan/?rol=antennerol")
    page.get_by_role("button", name="Bekijk mijn resultaat").click()
    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading", name="Controleer de volgende punten").is_visible()
    assert summary.get_by_text("Niet alle vragen zijn (goed) beantwoord").is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert_accessible(page, name="raadsleden-scan-fouten")
