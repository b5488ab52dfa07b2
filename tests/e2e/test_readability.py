"""Readable for everyone: the summary "In gewone taal" first on a page (foldable, by
keyboard too), and the B1 check an editor sees while writing in the page editor."""

import re

import pytest

from tests.e2e.conftest import WCAG_TAGS, assert_accessible, assert_fits_width
from tests.e2e.test_academie import DEMO_PASSWORD, log_in

pytestmark = pytest.mark.e2e

HARD = (
    "Het gemeentelijk antidiscriminatiebeleid dient conform de wettelijke kaders te worden "
    "geïmplementeerd middels een integrale beleidsmatige benadering waarbij interdepartementale "
    "afstemming en structurele monitoringsmechanismen noodzakelijk worden geacht."
)


@pytest.mark.parametrize("width", [360, 1280])
def test_plain_language_summary_comes_first(live_site, make_page, width):
    page = make_page(width=width)
    page.goto(live_site.url + "/interventies/?q=verhuurmakelaars")
    page.get_by_role("link", name="Praktijktest bij verhuurmakelaars").first.click()
    summary = page.locator("details.plain-language")
    assert summary.get_attribute("open") is not None
    assert summary.get_by_text("Iemand belt een makelaar").is_visible()
    box = summary.bounding_box()
    lead = page.locator("p.lead").first.bounding_box()
    assert box["y"] < lead["y"]
    assert_accessible(page, name=f"gewone-taal-{width}")
    assert_fits_width(page)
    # Fold it away with the keyboard.
    page.locator("details.plain-language > summary").focus()
    page.keyboard.press("Enter")
    assert summary.get_attribute("open") is None


def test_editor_sees_the_b1_check_while_writing(live_site, make_page):
    from axe_playwright_python.sync_playwright import Axe

    page = make_page(width=1280)
    log_in(page, live_site, "eindredacteur@kennishub.example", DEMO_PASSWORD)
    pk = live_site.manage(
        "shell",
        "-c",
        "from interventies.models import InterventionPage;"
        "print(InterventionPage.objects.get(external_id='demo-001').pk)",
    ).split()[-1]  # the shell may print a line of its own first
    page.goto(f"{live_site.url}/admin/pages/{pk}/edit/")
    check = page.locator(".readability-check")
    check.get_by_text(re.compile("Flesch-Douma")).wait_for()
    page.locator("textarea[name=summary]").fill(HARD)
    # The check runs again shortly after typing stops, and marks the new long sentence.
    check.get_by_text(re.compile("^Het gemeentelijk antidiscriminatiebeleid dient")).wait_for()
    assert check.get_by_text("Lange zinnen (meer dan 20 woorden): maak ze korter.").is_visible()
    results = Axe().run(
        page,
        context=".readability-check",
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    assert results.violations_count == 0, results.generate_report()
    # Guidance only: saving a draft still works.
    page.get_by_role(
        "button", name=re.compile("Bewaar concept|Concept opslaan|Save draft")
    ).first.click()
    page.wait_for_load_state()
    assert "/edit/" in page.url
