"""The error summary in Chromium: after a failed masterclass registration on a phone (360 px)
the summary is first in <main> and has the focus, its links lead to the fields, and axe-core
(WCAG 2.1 A/AA) finds nothing."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

SERIES = "Effectief antidiscriminatiebeleid 2027"
SCREENSHOT = "/tmp/error-summary-360.png"


def test_failed_masterclass_registration_focuses_the_summary_at_360(live_site, make_page):
    page = make_page(width=360, height=740)
    page.goto(live_site.url + "/masterclasses/")
    page.locator(".mc-card").filter(has_text="Leeuwarden").get_by_role(
        "link", name=f"{SERIES}: Leeuwarden"
    ).click()
    page.wait_for_url("**/leeuwarden-*/")
    assert page.locator(".error-summary").count() == 0

    page.get_by_label("Uw e-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    page.wait_for_load_state()

    summary = page.locator("main > .error-summary")
    assert summary.is_visible()
    assert page.title().startswith("Fout: ")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.evaluate(
        "document.querySelector('main').firstElementChild.classList.contains('error-summary')"
    )
    assert summary.get_by_role("heading", name="Controleer de volgende punten").is_visible()
    assert summary.locator("a").count() >= 5
    assert "snel" not in summary.inner_text()
    page.screenshot(path=SCREENSHOT)
    assert_fits_width(page)
    assert_accessible(page, name="error-summary-masterclass-360")

    # A link moves the focus to its field.
    summary.get_by_role("link", name="E-mailadres", exact=False).first.click()
    assert page.evaluate("document.activeElement.id") == "id_email"
