"""Journey of "laten toetsen": a finished scan, the address confirmed by email (double
opt-in), submitted with a PDF; a Toetser takes it in the admin, comments per step and sends
advice; the municipality gets an email and sees the advice beside its result. At 360 and
1280 px, axe on every page of the municipality and on the reviewer's pages."""

import io
import re
import time

import pytest
from pypdf import PdfWriter

from tests.e2e.conftest import assert_accessible, assert_fits_width
from tests.e2e.test_academie import DEMO_PASSWORD, log_in
from tests.e2e.test_beleidsscan import answer_step, start_scan

pytestmark = pytest.mark.e2e


def small_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("width", [360, 1280])
def test_submit_review_and_advice(live_site, make_page, width):
    address = f"e2e-scan-{width}-{time.time_ns()}@gemeente.example"
    page = make_page(width=width)
    municipality = "Assen" if width == 360 else "Woerden"
    link = start_scan(page, live_site, municipality=municipality)
    page.get_by_role("link", name="Ga naar de eerste vraag").click()
    for step in range(6):
        answer_step(page, offset=step)
        page.get_by_role(
            "button", name=re.compile("^Opslaan en naar (de volgende stap|het overzicht)")
        ).click()
    page.get_by_role("button", name="Scan afronden en uitslag bekijken").click()
    page.wait_for_url("**/resultaat/")

    # Submitting needs a confirmed address first.
    page.get_by_role("link", name="Scan laten toetsen").click()
    assert_accessible(page, name=f"beleidsscan-toetsen-adres-{width}")
    page.get_by_role("link", name="E-mailadres invullen").click()
    page.get_by_label("Uw e-mailadres").fill(address)
    page.get_by_role("button", name="Stuur de bevestigingsmail").click()
    assert page.get_by_role("heading", name="Kijk in uw e-mail").is_visible()
    assert_accessible(page, name=f"beleidsscan-mail-verstuurd-{width}")
    confirm = live_site.link_in(
        live_site.wait_for_email(address), r"http://\S+/beleidsscan/bevestigen/\S+/"
    )
    page.goto(confirm)
    assert page.get_by_role("heading", name="E-mailadres bevestigd").is_visible()
    mailed = live_site.link_in(
        live_site.wait_for_email(address), r"http://\S+/beleidsscan/toegang/[A-Za-z0-9_-]+/"
    )
    assert mailed != link  # a new owner link; the first one keeps working too

    # Submit with a policy document.
    page.goto(mailed)
    page.get_by_role("link", name="Scan laten toetsen").click()
    page.get_by_label("Toelichting voor de toetser").fill(
        "Ons beleid is uit 2024. Graag advies over stap 4."
    )
    page.get_by_label("Beleidsdocument").set_input_files(
        {"name": "beleid.pdf", "mimeType": "application/pdf", "buffer": small_pdf()}
    )
    assert_accessible(page, name=f"beleidsscan-toetsen-formulier-{width}")
    assert_fits_width(page)
    page.get_by_role("button", name="Scan indienen voor toetsing").click()
    assert page.get_by_text("Uw scan wacht op een toetser", exact=False).first.is_visible()
    assert_accessible(page, name=f"beleidsscan-ingediend-{width}")

    # A submitted scan cannot be edited.
    page.goto(link)
    assert page.get_by_text("Deze scan is ingediend voor toetsing.", exact=False).first.is_visible()
    assert page.get_by_role("link", name=re.compile("^Stap 1:")).count() == 0

    # The reviewer.
    reviewer = make_page(width=1280)
    log_in(reviewer, live_site, "toetser@kennishub.example", DEMO_PASSWORD)
    reviewer.goto(live_site.url + "/admin/beleidsscan/toetsen/")
    assert_accessible(reviewer, name="beleidsscan-admin-wachtrij")
    reviewer.get_by_role("link", name=re.compile(municipality)).first.click()
    reviewer.get_by_role("button", name="In behandeling nemen").click()
    step_four = reviewer.locator("section.beleidsscan-review-step").nth(3)
    reviewer.get_by_text("U heeft de scan in behandeling genomen.").wait_for()
    assert step_four.get_by_role("heading", name=re.compile("^Stap 4:")).is_visible()
    step_four.locator("textarea").fill("Koppel de doelen aan het beleid voor werk.")
    reviewer.locator("textarea[name=advice]").fill("Een goede basis. Maak het plan concreter.")
    # Wagtail fades its messages in: check the colours once the animation has ended.
    reviewer.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")
    assert_accessible(reviewer, name="beleidsscan-admin-toetsen")
    with reviewer.expect_download() as download:
        reviewer.get_by_role("link", name=re.compile("beleid.pdf downloaden")).click()
    assert download.value.suggested_filename.endswith(".pdf")
    reviewer.get_by_role("button", name="Advies versturen").click()
    reviewer.wait_for_load_state()

    # The municipality's email and the advice beside the result.
    advice_mail = live_site.wait_for_email(address)
    assert "advies" in advice_mail["Subject"].lower()
    assert "/toegang/" not in live_site.body_of(advice_mail)
    page.goto(link)
    page.get_by_role("link", name="Bekijk de uitslag").click()
    assert page.get_by_text("Een goede basis. Maak het plan concreter.").is_visible()
    assert page.get_by_text("Koppel de doelen aan het beleid voor werk.").is_visible()
    assert_accessible(page, name=f"beleidsscan-advies-{width}")
    assert_fits_width(page)
