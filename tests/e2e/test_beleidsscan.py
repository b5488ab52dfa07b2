"""Journey of the beleidsscan: start, answer, save, resume with the private link in another
browser, share with a colleague, finish, read the result, download PDF and Word. At 360 and
1280 px, with axe on every page. The review part is in test_beleidsscan_review."""

import re

import pytest

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

ANSWERS = ["Ja", "Gedeeltelijk", "Nee", "Weet ik niet", "Ja"]


def answer_step(page, offset=0):
    questions = page.locator("fieldset.scan-question")
    for index in range(questions.count()):
        questions.nth(index).get_by_label(
            ANSWERS[(index + offset) % len(ANSWERS)], exact=True
        ).check()


def start_scan(page, live_site, municipality="Zwolle"):
    page.goto(live_site.url + "/beleidsscan/")
    page.get_by_label("Voor welke gemeente vult u de scan in?").select_option(label=municipality)
    page.get_by_label("Beleidsmedewerker of ambtenaar").check()
    page.get_by_label("Onderwijs").check()
    page.get_by_role("button", name="Start de scan").click()
    link = page.get_by_label("Uw persoonlijke link").input_value()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/beleidsscan/toegang/[A-Za-z0-9_-]{43}/", link)
    return link


@pytest.mark.parametrize("width", [360, 1280])
def test_start_save_resume_share_finish_result(live_site, make_page, width):
    page = make_page(width=width)
    page.goto(live_site.url + "/beleidsscan/")
    assert_accessible(page, name=f"beleidsscan-start-{width}")
    assert_fits_width(page)
    link = start_scan(page, live_site)
    assert_accessible(page, name=f"beleidsscan-link-{width}")
    page.get_by_role("link", name="Ga naar de eerste vraag").click()

    # Step 1, partly, then "Opslaan" and leave.
    page.locator("fieldset.scan-question").first.get_by_label("Ja", exact=True).check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    assert page.get_by_text("Uw antwoorden zijn opgeslagen.").is_visible()
    assert_accessible(page, name=f"beleidsscan-stap-{width}")
    assert_fits_width(page)

    # Resume in another browser with the private link.
    other = make_page(width=width)
    other.goto(link)
    other.wait_for_url(re.compile(r".*/beleidsscan/[0-9a-f-]{36}/$"))
    assert other.get_by_text("U heeft 1 van de 30 vragen beantwoord.").is_visible()
    assert_accessible(other, name=f"beleidsscan-overzicht-{width}")
    assert_fits_width(other)

    # Share with a colleague, who fills in step 2.
    other.get_by_role("link", name="Samenwerken met collega’s").click()
    other.get_by_label("Voor wie is de link?").fill("Team Samenleving")
    other.get_by_role("button", name="Maak een link").click()
    share_link = other.get_by_label("Link voor collega’s").input_value()
    assert_accessible(other, name=f"beleidsscan-gedeeld-{width}")
    colleague = make_page(width=width)
    colleague.goto(share_link)
    assert colleague.get_by_text("U werkt mee aan deze scan via een gedeelde link.").is_visible()
    assert colleague.get_by_role("link", name="Samenwerken met collega’s").count() == 0

    # Answer all six steps with "Opslaan en naar de volgende stap".
    other.goto(link)
    other.get_by_role("link", name=re.compile("^Stap 1:")).click()
    for step in range(6):
        answer_step(other, offset=step)
        other.get_by_role(
            "button", name=re.compile("^Opslaan en naar (de volgende stap|het overzicht)")
        ).click()
    other.get_by_role("button", name="Scan afronden en uitslag bekijken").click()
    other.wait_for_url("**/resultaat/")
    assert other.get_by_role("heading", name=re.compile("^Uitslag beleidsscan Zwolle")).is_visible()
    assert other.locator("svg[role=img]").count() == 1
    assert other.locator(".scan-step-result").count() == 6
    assert other.get_by_text("Wat al staat").first.is_visible()
    assert_accessible(other, name=f"beleidsscan-uitslag-{width}")
    assert_fits_width(other)

    with other.expect_download() as download:
        other.get_by_role("link", name="Download als PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")
    with other.expect_download() as download:
        other.get_by_role("link", name="Download als Word-bestand (om aan te passen)").click()
    assert download.value.suggested_filename.endswith(".docx")

    # The owner revokes the colleague's link: it stops working.
    other.goto(link)
    other.get_by_role("link", name="Samenwerken met collega’s").click()
    other.get_by_role("button", name=re.compile("^Intrekken")).click()
    colleague.reload()
    assert colleague.get_by_role("heading", name="Deze scan kunt u niet openen").is_visible()


def test_scan_works_without_javascript(live_site, browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    try:
        start_scan(page, live_site, municipality="Gouda")
        page.get_by_role("link", name="Ga naar de eerste vraag").click()
        answer_step(page)
        page.get_by_role("button", name="Opslaan en naar de volgende stap").click()
        assert "/stap/2/" in page.url
    finally:
        context.close()


def test_forged_link_is_explained(live_site, page):
    page.goto(live_site.url + "/beleidsscan/toegang/" + "A" * 43 + "/")
    assert page.get_by_role("heading", name="Deze link werkt niet").is_visible()
    assert_accessible(page, name="beleidsscan-link-ongeldig")
