"""The masterclasses in Chromium: find an upcoming session, register without an account
(respecting the spam protection's minimum fill time), confirm with the link from the email,
see the registration in "Mijn academie", and cancel with the signed link from the email.
axe-core (WCAG 2.1 A/AA) runs on every page on the way."""

import re
import time

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

SERIES = "Effectief antidiscriminatiebeleid 2027"
DEMO_PASSWORD = "kennishub-demo-2026"
# The form must be on screen this long before it is sent (ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS
# is 3): faster than that, the spam protection refuses it.
FILL_SECONDS = 3.5


def wait_for_mail(live_site, address, subject, timeout=15):
    """The newest email to `address` whose subject contains `subject`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in live_site.emails_to(address) if subject in m["Subject"]]
        if found:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"no email {subject!r} arrived for {address}")


def fill_registration_form(page, started, name=None, email=None):
    if name is not None:
        page.get_by_label("Uw naam").fill(name)
    if email is not None:
        page.get_by_label("Uw e-mailadres").fill(email)
    page.get_by_label("Uw organisatie").fill("Gemeente Leeuwarden")
    page.get_by_label("Gemeente", exact=True).fill("Leeuwarden")
    page.get_by_label("Uw functie").select_option(
        label="Beleidsmedewerker of ambtenaar van een gemeente"
    )
    page.get_by_label("Wensen voor toegankelijkheid of eten").fill("Vegetarisch")
    page.get_by_role("radio", name=re.compile("Een actieplan dat past bij uw gemeente")).check()
    page.get_by_label(re.compile("^Ik geef toestemming")).check()
    # Like a person, not a bot: the form has been on screen for a few seconds.
    remaining = FILL_SECONDS - (time.monotonic() - started)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)


def sign_up_with(page, live_site, address, password):
    page.goto(live_site.url + "/accounts/signup/")
    page.get_by_label("E-mail").fill(address)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_label("Wachtwoord (bevestigen)").fill(password)
    page.get_by_role("button", name="Account maken").click()
    message = wait_for_mail(live_site, address, "e-mailadres")
    link = live_site.link_in(message, r"http://[^\s]+/accounts/confirm-email/[^\s]+")
    page.goto(link)
    page.get_by_role("button", name="Bevestig", exact=True).click()
    page.wait_for_url(live_site.url + "/")


def test_register_confirm_see_in_mijn_academie_and_cancel(live_site, make_page):
    address = f"e2e-masterclass-{time.time_ns()}@gemeente.example"
    page = make_page()

    # Find an upcoming session with free seats on the listing.
    page.goto(live_site.url + "/masterclasses/")
    assert page.get_by_role("heading", name="Masterclasses", exact=True).is_visible()
    assert_accessible(page, name="masterclasses-listing")
    card = page.locator(".mc-card").filter(has_text="Leeuwarden")
    assert card.locator(".mc-badge--open").is_visible()
    card.get_by_role("link", name=f"{SERIES}: Leeuwarden").click()
    page.wait_for_url("**/leeuwarden-*/")
    session_url = page.url
    assert page.get_by_role("heading", name=f"{SERIES}: Leeuwarden").is_visible()
    assert page.get_by_text(re.compile(r"Nog \d+ plaatsen vrij")).is_visible()
    assert_accessible(page, name="masterclasses-session")

    # Register without an account.
    started = time.monotonic()
    fill_registration_form(page, started, name="Sanne de Vries", email=address)
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    page.wait_for_url("**/aangemeld/")
    assert page.get_by_role("heading", name="Bijna klaar: bevestig uw aanmelding").is_visible()
    assert_accessible(page, name="masterclasses-registered")

    # Confirm with the link in the email: the link shows a button, the button confirms.
    request = wait_for_mail(live_site, address, "Bevestig uw aanmelding")
    confirm_link = live_site.link_in(request, r"http://[^\s]+/masterclasses/bevestigen/[^\s]+/")
    page.goto(confirm_link)
    assert page.get_by_role("heading", name="Bevestig uw aanmelding").is_visible()
    assert_accessible(page, name="masterclasses-confirm")
    page.get_by_role("button", name="Bevestig mijn aanmelding").click()
    assert page.get_by_role("heading", name="U bent aangemeld").is_visible()
    assert page.get_by_text("Sanne de Vries").is_visible()
    assert_accessible(page, name="masterclasses-confirmed")
    confirmation = wait_for_mail(live_site, address, "U bent aangemeld")
    attachments = [part.get_filename() for part in confirmation.iter_attachments()]
    assert any(name and name.endswith(".ics") for name in attachments)

    # An account with the same (verified) address shows the registration in Mijn academie.
    sign_up_with(page, live_site, address, "Gelijke-kansen-2026!")
    page.goto(live_site.url + "/academie/mijn/")
    masterclasses = page.locator(".dashboard__section").filter(
        has=page.get_by_role("heading", name="Mijn masterclasses")
    )
    assert masterclasses.get_by_role("link", name=f"{SERIES}: Leeuwarden").is_visible()
    assert masterclasses.get_by_text("Aangemeld", exact=True).is_visible()
    assert_accessible(page, name="masterclasses-mijn-academie")

    # Cancel with the signed link from the email (works without logging in, too).
    cancel_link = live_site.link_in(confirmation, r"http://[^\s]+/masterclasses/afmelden/[^\s]+/")
    page.goto(cancel_link)
    assert page.get_by_role("heading", name="Afmelden voor de masterclass").is_visible()
    assert_accessible(page, name="masterclasses-cancel")
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_role("heading", name="U bent afgemeld").is_visible()
    assert_accessible(page, name="masterclasses-cancelled")
    assert wait_for_mail(live_site, address, "U bent afgemeld")

    page.goto(live_site.url + "/academie/mijn/")
    assert page.get_by_text("U bent niet aangemeld voor een masterclass.").is_visible()
    page.goto(session_url)
    assert page.get_by_role("button", name="Aanmelden", exact=True).is_visible()


def test_signed_in_on_a_phone_the_form_is_prefilled_and_mijn_academie_follows(live_site, make_page):
    page = make_page(width=360)
    page.goto(live_site.url + "/accounts/login/")
    page.get_by_label("E-mail").fill("deelnemer@kennishub.example")
    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()

    page.goto(live_site.url + "/masterclasses/")
    page.get_by_role("link", name=f"{SERIES}: Middelburg").click()
    page.wait_for_url("**/middelburg-*/")
    started = time.monotonic()
    assert page.get_by_label("Uw naam").input_value() == "Daan Deelnemer"
    assert page.get_by_label("Uw e-mailadres").input_value() == "deelnemer@kennishub.example"
    assert_accessible(page, name="masterclasses-session-signed-in-360")
    assert_fits_width(page)
    fill_registration_form(page, started)
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    page.wait_for_url("**/aangemeld/")
    assert_fits_width(page)

    page.goto(live_site.url + "/academie/mijn/")
    card = page.locator(".mc-dashboard").filter(has_text="Middelburg")
    assert card.get_by_text("Nog niet bevestigd").is_visible()
    assert_accessible(page, name="masterclasses-mijn-unconfirmed-360")
    assert_fits_width(page)

    request = wait_for_mail(live_site, "deelnemer@kennishub.example", "Middelburg")
    page.goto(live_site.link_in(request, r"http://[^\s]+/masterclasses/bevestigen/[^\s]+/"))
    page.get_by_role("button", name="Bevestig mijn aanmelding").click()
    assert page.get_by_role("heading", name="U bent aangemeld").is_visible()

    # Cancel from Mijn academie (the link there is the same signed link).
    page.goto(live_site.url + "/academie/mijn/")
    card = page.locator(".mc-dashboard").filter(has_text="Middelburg")
    assert card.get_by_text("Aangemeld", exact=True).is_visible()
    card.get_by_role("link", name=re.compile("^Afmelden")).click()
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_text("U bent afgemeld. U krijgt een bevestiging per e-mail.").is_visible()
    assert_accessible(page, name="masterclasses-cancelled-signed-in-360")
    page.goto(live_site.url + "/academie/mijn/")
    assert not page.locator(".mc-dashboard").filter(has_text="Middelburg").count()
