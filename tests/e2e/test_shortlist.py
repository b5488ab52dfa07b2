"""Journey (issue 16, item 7): keep interventions in "Mijn lijst", compare three side by side,
at phone and desktop width; then keep the list when logging in."""

import pytest

from tests.e2e.conftest import SCREENSHOT_DIR, assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "kennishub-demo-2026"


def save_from_cards(page, count):
    """Save the first `count` interventions of the listing from their cards; return titles."""
    titles = []
    for n in range(count):
        card = page.locator(".result").nth(n)
        titles.append(card.locator(".result__title a").inner_text())
        # A link to the confirmation page without a session, a button with one.
        with page.expect_navigation():
            card.locator(".shortlist-button").get_by_text("Bewaar in mijn lijst").click()
        if page.url.split("?")[0].endswith("/mijn/lijst/bewaren/"):
            # A visitor without a session confirms once (the shared page has no CSRF token).
            assert page.get_by_role("heading", level=1).inner_text() == "Bewaar in mijn lijst"
            assert_accessible(page, name=f"mijn-lijst-bevestigen-{page.viewport_size['width']}")
            with page.expect_navigation():
                page.get_by_role("button", name="Ja, bewaar in mijn lijst").click()
        assert "/interventies/" in page.url
        assert page.locator(".messages").inner_text().startswith(f"‘{titles[-1]}’ staat in")
        card = page.locator(".result").nth(n)
        assert card.get_by_role("button", name="Verwijder uit mijn lijst").is_visible()
    return titles


@pytest.mark.parametrize("width", [360, 1280])
def test_keep_compare_and_remove(live_site, make_page, width):
    page = make_page(width=width, height=800)
    page.goto(live_site.url + "/interventies/?q=schokcampagne")
    flagged = save_from_cards(page, 1)
    page.goto(live_site.url + "/interventies/")
    titles = flagged + save_from_cards(page, 2)
    assert_accessible(page, name=f"interventies-bewaard-{width}")

    with page.expect_navigation():
        page.get_by_role("link", name="Mijn lijst", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Mijn lijst"
    for title in titles:
        assert page.get_by_role("link", name=title).is_visible()
    assert_accessible(page, name=f"mijn-lijst-{width}")
    assert_fits_width(page)

    for title in titles:
        item = page.locator(".shortlist__item", has=page.get_by_role("link", name=title))
        item.get_by_label("Vergelijk").check()
    page.get_by_role("button", name="Vergelijk de gekozen interventies").click()
    page.wait_for_url("**/interventies/vergelijk/?id=*")
    table = page.get_by_role("table")
    assert table.is_visible()
    headers = [text.strip() for text in page.locator("thead th").all_inner_texts()]
    assert headers[1:] == titles
    assert page.get_by_role("rowheader", name="Risico op averechts effect").is_visible()
    assert "Ja, let op" in page.locator("tbody tr").first.inner_text()
    # The page fits the phone; the table scrolls sideways in its own focusable region.
    assert_fits_width(page)
    region = page.get_by_role("region", name="Vergelijking van 3 interventies")
    region.focus()
    assert page.evaluate("document.activeElement.classList.contains('compare__scroll')")
    if width == 360:
        assert page.evaluate(
            "(() => { const r = document.querySelector('.compare__scroll');"
            " return r.scrollWidth > r.clientWidth; })()"
        )
    assert_accessible(page, name=f"vergelijk-{width}")

    # On paper: the whole table, nothing scrolls, no buttons or navigation.
    page.emulate_media(media="print")
    overflow = page.evaluate(
        "getComputedStyle(document.querySelector('.compare__scroll')).overflowX"
    )
    assert overflow == "visible"
    assert not page.locator(".site-header").is_visible()
    page.screenshot(path=str(SCREENSHOT_DIR / f"vergelijk-print-{width}.png"), full_page=True)
    page.emulate_media(media="screen")

    page.goto(live_site.url + "/mijn/lijst/")
    with page.expect_navigation():
        page.locator(".shortlist__item", has=page.get_by_role("link", name=titles[0])).get_by_role(
            "button", name="Verwijder uit mijn lijst"
        ).click()
    assert page.url.endswith("/mijn/lijst/")
    assert "De interventie is uit uw lijst gehaald." in page.locator(".messages").inner_text()
    assert page.get_by_role("link", name=titles[0]).count() == 0
    assert "Er staan 2 interventies in uw lijst" in page.locator("main").inner_text()


def test_the_list_joins_the_account_at_login(live_site, make_page):
    page = make_page(width=1280)
    page.goto(live_site.url + "/interventies/")
    titles = save_from_cards(page, 1)
    page.goto(live_site.url + "/accounts/login/?next=/mijn/lijst/")
    page.get_by_label("E-mail").fill("deelnemer@kennishub.example")
    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/mijn/lijst/")
    assert page.get_by_role("link", name=titles[0]).is_visible()
    assert "Uw lijst hoort bij uw account" in page.locator("main").inner_text()
    assert_accessible(page, name="mijn-lijst-ingelogd")
