"""Alerts in Chromium at 360 and 1280 px: from a filtered listing to "Houd mij op de hoogte",
by email with the confirmation link (a visitor) and signed in through Mijn Kennishub (save,
see, delete); axe-core (WCAG 2.1 A/AA) on every page, nothing wider than the screen."""

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width
from tests.e2e.test_academie import DEMO_PASSWORD, log_in

pytestmark = pytest.mark.e2e

LISTING = "/interventies/?grond=leeftijd"


@pytest.mark.parametrize("width", [360, 1280])
def test_a_visitor_asks_for_an_alert_and_confirms_it(live_site, make_page, width):
    page = make_page(width=width, height=800)
    page.goto(live_site.url + LISTING)
    link = page.get_by_role("link", name="Houd mij op de hoogte")
    link.scroll_into_view_if_needed()
    page.screenshot(path=f"/tmp/kennishub-e2e/alert-listing-link-{width}.png")
    link.click()
    page.wait_for_url("**/meldingen/nieuw/?lijst=interventies&grond=leeftijd")
    assert page.locator(".facts").get_by_text("Leeftijd").is_visible()
    assert not page.get_by_label("Laat dit veld leeg").is_visible()  # the trap for bots
    assert_fits_width(page)
    assert_accessible(page, name=f"alert-new-{width}")

    # A wrong address: the error summary, accessible too.
    page.get_by_label("Uw e-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Melding opslaan").click()
    page.wait_for_load_state()
    assert page.locator("main > .error-summary").is_visible()
    assert_accessible(page, name=f"alert-new-error-{width}")

    address = f"alert-{width}@gemeente.example"
    page.get_by_label("Uw e-mailadres").fill(address)
    page.get_by_role("button", name="Melding opslaan").click()
    page.wait_for_url("**/meldingen/nieuw/verstuurd/")
    assert page.get_by_role("heading", name="Kijk in uw e-mail").is_visible()
    assert_accessible(page, name=f"alert-sent-{width}")

    message = live_site.wait_for_email(address)
    link = live_site.link_in(message, r"http://\S+/meldingen/bevestigen/\S+/")
    assert str(message["List-Unsubscribe"]).strip().startswith("<http://")
    page.goto(link)
    assert_accessible(page, name=f"alert-confirm-{width}")
    page.get_by_role("button", name="Ja, stuur mij deze meldingen").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Uw melding is bevestigd").is_visible()
    assert_fits_width(page)

    unsubscribe = live_site.link_in(message, r"http://\S+/meldingen/afmelden/\S+/")
    page.goto(unsubscribe)
    assert_accessible(page, name=f"alert-unsubscribe-{width}")
    page.get_by_role("button", name="Ja, meld mij af").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="U bent afgemeld").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_a_signed_in_user_saves_sees_and_deletes_an_alert(live_site, make_page, width):
    page = make_page(width=width, height=800)
    log_in(page, live_site, "deelnemer@kennishub.example", DEMO_PASSWORD)
    page.goto(live_site.url + LISTING + "&domein=wonen")
    page.get_by_role("link", name="Houd mij op de hoogte").click()
    page.wait_for_load_state()
    assert page.get_by_label("Uw e-mailadres").count() == 0
    assert_accessible(page, name=f"alert-new-signed-in-{width}")
    page.get_by_role("button", name="Melding opslaan").click()
    page.wait_for_url("**/mijn/")
    card = page.locator(".alert-card").filter(has_text="Wonen")
    assert card.is_visible() and card.get_by_text("Leeftijd").is_visible()
    assert page.get_by_role("link", name="Naar Mijn academie").is_visible()
    assert_fits_width(page)
    assert_accessible(page, name=f"mijn-{width}")

    card.get_by_role("button", name="Verwijderen").click()
    page.wait_for_url("**/mijn/")
    assert page.locator(".alert-card").filter(has_text="Wonen").count() == 0
    assert page.get_by_text("De melding is verwijderd.").is_visible()
