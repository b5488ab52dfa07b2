import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["/", "/over-de-kennishub/", "/bestaat-niet/", "/accounts/login/"])
def test_key_pages_have_no_wcag_violations(live_site, make_page, path, width):
    page = make_page(width=width)
    page.goto(live_site.url + path)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_accessible(page, name=f"{path.strip('/').replace('/', '_') or 'home'}-{width}")
    assert_fits_width(page)


def test_skip_link_is_the_first_thing_the_keyboard_reaches(live_site, page):
    page.goto(live_site.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_home_entry_points_lead_somewhere_on_a_phone(live_site, make_page):
    page = make_page(width=360)
    page.goto(live_site.url + "/")
    assert page.get_by_role("heading", name="Beleid maken dat werkt").is_visible()
    page.get_by_role("link", name="Over de Kennishub").click()
    page.wait_for_url("**/over-de-kennishub/")
    page.get_by_text("Is een gemeente verplicht om antidiscriminatiebeleid te hebben?").click()
    assert page.get_by_text("antidiscriminatievoorziening (ADV)").first.is_visible()


def test_sign_up_and_verify_email_in_the_browser(live_site, page):
    address = "e2e-aanmelding@gemeente.example"
    page.goto(live_site.url + "/accounts/signup/")
    page.get_by_label("E-mail").fill(address)
    page.get_by_label("Wachtwoord", exact=True).fill("Gelijke-kansen-2026!")
    page.get_by_label("Wachtwoord (bevestigen)").fill("Gelijke-kansen-2026!")
    page.get_by_role("button", name="Account maken").click()
    assert page.get_by_role("heading", name="Bevestig uw e-mailadres").is_visible()
    assert_accessible(page, name="verification-sent")

    message = live_site.wait_for_email(address)
    link = live_site.link_in(message, r"http://[^\s]+/accounts/confirm-email/[^\s]+")
    page.goto(link)
    page.get_by_role("button", name="Bevestig", exact=True).click()
    page.wait_for_url(live_site.url + "/")
    assert page.get_by_role("link", name="Uitloggen").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_expired_form_page_is_dutch_and_accessible(live_site, make_page, width):
    """A form sent after its CSRF cookie is gone (a long-open tab, cleared cookies)."""
    page = make_page(width=width)
    page.goto(live_site.url + "/accounts/login/")
    page.context.clear_cookies()
    page.get_by_label("E-mail").fill("iemand@gemeente.example")
    page.get_by_label("Wachtwoord").fill("een-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Het formulier is verlopen").is_visible()
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_accessible(page, name=f"csrf-failure-{width}")
    assert_fits_width(page)
