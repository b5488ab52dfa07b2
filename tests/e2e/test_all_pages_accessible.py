"""axe (WCAG 2.1 A/AA) on every page type, signed out and signed in, at 360 and 1280 px.

Detail pages are found through their listings, so the test follows the demo content.
"""

import pytest

from hub.demo import DEMO_PASSWORD
from tests.e2e.conftest import WCAG_TAGS

pytestmark = pytest.mark.e2e

PUBLIC_PAGES = [
    "/",
    "/over-de-kennishub/",
    "/privacy/",
    "/toegankelijkheid/",
    "/bestaat-niet/",
    "/interventies/",
    "/interventies/wat-werkt/",
    "/handreikingen/",
    "/handreikingen/zes-stappen/",
    "/handreikingen/zes-stappen/verkennen/",
    "/praktijkvoorbeelden/",
    "/zoeken/",
    "/zoeken/?q=discriminatie",
    "/raadsleden/",
    "/raadsleden/scan/?rol=antennerol",
    "/academie/",
    "/academie/certificaat/",
    "/masterclasses/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]
# Listing page -> selector of a link to one of its detail pages.
DETAIL_VIA = {
    "/interventies/": ".result__title a",
    "/interventies/wat-werkt/": ".card__title a",
    "/praktijkvoorbeelden/": ".result__title a",
    "/academie/": ".result__title a, .card__title a",
    "/masterclasses/": "main a[href^='/masterclasses/']:not([href='/masterclasses/'])",
}
SIGNED_IN_PAGES = ["/", "/academie/mijn/", "/accounts/email/", "/accounts/password/change/"]


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.violations_count, results


def check(page, url, failures):
    page.goto(url)
    count, results = violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if count:
        failures.append(f"{url}\n{results.generate_report()}")
    if overflow > 0:
        failures.append(f"{url}: {overflow}px wider than the screen")


def detail_urls(page, base):
    urls = []
    for listing, selector in DETAIL_VIA.items():
        page.goto(base + listing)
        link = page.locator(selector).first
        if link.count():
            urls.append(base + link.get_attribute("href"))
    return urls


@pytest.mark.parametrize("width", [360, 1280])
def test_every_public_page_type(live_site, make_page, width):
    page = make_page(width=width)
    failures = []
    for path in PUBLIC_PAGES:
        check(page, live_site.url + path, failures)
    details = detail_urls(page, live_site.url)
    assert len(details) >= 4, details
    for url in details:
        check(page, url, failures)
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("width", [360, 1280])
def test_every_signed_in_page_type(live_site, make_page, width):
    page = make_page(width=width)
    page.goto(live_site.url + "/accounts/login/")
    page.get_by_label("E-mail").fill("deelnemer@kennishub.example")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    failures = []
    for path in SIGNED_IN_PAGES:
        check(page, live_site.url + path, failures)
    page.goto(live_site.url + "/academie/mijn/")
    lesson_link = page.locator("main a[href*='/academie/']").filter(has_text="Verder").first
    if lesson_link.count():
        check(page, live_site.url + lesson_link.get_attribute("href"), failures)
    assert not failures, "\n\n".join(failures)
