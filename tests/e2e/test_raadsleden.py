"""Journey: choose a role, complete the quick scan, read the result, open the print version."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


def test_role_scan_result_print(live_site, make_page):
    page = make_page(width=360)
    page.goto(live_site.url + "/raadsleden/")
    assert_accessible(page, name="raadsleden-start-360")
    assert_fits_width(page)
    page.get_by_role("link", name="Start de quickscan als controlerende rol").click()
    page.wait_for_url("**/raadsleden/scan/?rol=controlerende-rol")
    assert_accessible(page, name="raadsleden-scan-360")
    groups = page.locator("fieldset.form-fieldset")
    for index in range(1, groups.count()):  # the first group is the role, already chosen
        answer = "Nee" if index == 2 else "Ja"
        groups.nth(index).get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Bekijk mijn resultaat").click()
    page.wait_for_url("**/raadsleden/resultaat/**")
    assert page.get_by_role("heading", name="Uw rol: Controlerende rol").is_visible()
    assert page.locator(".advice").count() == 1
    assert page.locator(".advice textarea").count() >= 1
    assert_accessible(page, name="raadsleden-resultaat-360")
    assert_fits_width(page)
    page.get_by_role("link", name="Printversie (of bewaar als PDF)").click()
    assert "afdrukken=1" in page.url
    assert not page.locator(".site-header").is_visible()
    assert_accessible(page, name="raadsleden-print")


def test_incomplete_scan_is_explained(live_site, page):
    page.goto(live_site.url + "/raadsleden/scan/?rol=antennerol")
    page.get_by_role("button", name="Bekijk mijn resultaat").click()
    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading", name="Controleer de volgende punten").is_visible()
    assert summary.get_by_text("Niet alle vragen zijn (goed) beantwoord").is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert_accessible(page, name="raadsleden-scan-fouten")
