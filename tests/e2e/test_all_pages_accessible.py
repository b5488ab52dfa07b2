"""axe (WCAG 2.1 A/AA) on every page type, signed out and signed in, at 360 and 1280 px.

Detail pages are found through their listings, so the test follows the demo content.
"""

import time

import pytest

from hub.demo.accounts import DEMO_PASSWORD
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
    # A quiz, for a visitor who is not enrolled (the page says it is for participants).
    "/academie/basiscursus-discriminatie-herkennen-en-melden/wat-is-discriminatie/"
    "toets-discriminatie-herkennen/",
    "/masterclasses/",
    "/meldingen/nieuw/?lijst=interventies&grond=leeftijd",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    # "Mijn lijst" (empty) and a comparison link with odd ids (the messages).
    "/mijn/lijst/",
    "/interventies/vergelijk/?id=1&id=x",
    "/cijfers/",
    "/beleidsscan/",
    "/cijfers/?gemeente=xyz",
    "/cijfers/texel/",
    # The evidence gap map, with a filter and an unknown value (the message).
    "/interventies/kennislacunes/?doelgroep=gemeenteambtenaar&stap=x",
]
# Listing page -> selector of a link to one of its detail pages.
DETAIL_VIA = {
    "/interventies/": ".result__title a",
    "/interventies/wat-werkt/": ".card__title a",
    "/praktijkvoorbeelden/": ".result__title a",
    "/academie/": ".result__title a, .card__title a",
    "/masterclasses/": "main a[href^='/masterclasses/']:not([href='/masterclasses/'])",
}
SIGNED_IN_PAGES = [
    "/",
    "/academie/mijn/",
    "/mijn/",
    "/meldingen/nieuw/?lijst=praktijkvoorbeelden&provincie=utrecht",
    "/accounts/email/",
    "/accounts/password/change/",
    # Courses of the demo trainee: one completed (certificate), one halfway.
    "/academie/basiscursus-discriminatie-herkennen-en-melden/",
    "/academie/lokaal-antidiscriminatiebeleid-maken/",
    # Quizzes: one passed (the review), one still to take (the form).
    "/academie/basiscursus-discriminatie-herkennen-en-melden/wat-is-discriminatie/"
    "toets-discriminatie-herkennen/",
    "/academie/lokaal-antidiscriminatiebeleid-maken/van-visie-naar-uitvoering/"
    "toets-beleid-in-zes-stappen/",
    "/masterclasses/",
    "/interventies/",
    "/mijn/lijst/",
    # Two-factor authentication, before it is switched on.
    "/accounts/2fa/",
    "/accounts/2fa/totp/activate/",
]
SESSION_LINK = "main .mc-card .result__title a"


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


def masterclass_urls(page, base):
    """A session page (with its registration form) and the masterclass page above it."""
    page.goto(base + "/masterclasses/")
    session = page.locator(SESSION_LINK).first.get_attribute("href")
    assert session.count("/") == 4, session  # /masterclasses/<masterclass>/<session>/
    masterclass = session.rstrip("/").rsplit("/", 1)[0] + "/"
    return [base + session, base + masterclass]


def certificate_url(live_site):
    """The public verification page of the demo trainee's certificate."""
    code = live_site.manage(
        "shell",
        "-c",
        "from academie.models import Certificate; print(Certificate.objects.order_by('pk').first().code)",
    ).split()[-1]
    return f"{live_site.url}/academie/certificaat/{code}/"


def sign_in(page, live_site, email, password=DEMO_PASSWORD):
    page.goto(live_site.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("width", [360, 1280])
def test_every_public_page_type(live_site, make_page, width):
    page = make_page(width=width)
    failures = []
    for path in PUBLIC_PAGES:
        check(page, live_site.url + path, failures)
    details = detail_urls(page, live_site.url)
    assert len(details) >= 4, details
    details += masterclass_urls(page, live_site.url)
    details.append(certificate_url(live_site))
    for url in details:
        check(page, url, failures)
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("width", [360, 1280])
def test_every_signed_in_page_type(live_site, make_page, width):
    page = make_page(width=width)
    sign_in(page, live_site, "deelnemer@kennishub.example")
    failures = []
    for path in SIGNED_IN_PAGES:
        check(page, live_site.url + path, failures)
    for url in [*masterclass_urls(page, live_site.url), certificate_url(live_site)]:
        check(page, url, failures)
    page.goto(live_site.url + "/academie/mijn/")
    lesson_link = page.locator("main a[href*='/academie/']").filter(has_text="Verder").first
    if lesson_link.count():
        check(page, live_site.url + lesson_link.get_attribute("href"), failures)
    assert not failures, "\n\n".join(failures)


def totp_code(secret):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.parametrize("width", [360, 1280])
def test_two_factor_pages(live_site, make_page, width):
    """Switching on an authenticator app, the recovery codes, and signing in with a code.
    A user of its own: the demo accounts keep signing in without a code."""
    email = f"e2e-2fa-{width}@kennishub.example"
    live_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "from allauth.account.models import EmailAddress; "
        f"u = get_user_model().objects.create_user('e2e-2fa-{width}', '{email}', "
        f"'{DEMO_PASSWORD}'); "
        "EmailAddress.objects.create(user=u, email=u.email, verified=True, primary=True)",
    )
    page = make_page(width=width)
    sign_in(page, live_site, email)
    failures = []
    check(page, live_site.url + "/accounts/2fa/totp/activate/", failures)
    if "/accounts/reauthenticate/" in page.url:  # allauth asks for the password again first
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url("**/accounts/2fa/totp/activate/")
        check(page, page.url, failures)
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("main input[name=code]").fill(totp_code(secret))
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    for path in (
        "/accounts/2fa/",
        "/accounts/2fa/recovery-codes/",
        "/accounts/2fa/totp/deactivate/",
    ):
        check(page, live_site.url + path, failures)

    # Signing in again now asks for the code.
    page.context.clear_cookies()
    sign_in(page, live_site, email)
    assert "/accounts/2fa/authenticate/" in page.url
    check(page, page.url, failures)
    assert not failures, "\n\n".join(failures)
