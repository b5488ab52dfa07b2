""" "Lees voor" in Chromium at 360 and 1280 px (issue 19, point 3): with a stand-in for the
browser's speech (window.speechSynthesis, injected before the page loads, that records what it
is asked), the button reads the page's text in Dutch, pause, resume and stop work by keyboard
and say so in a status text; axe-core finds nothing. Without speech the button stays hidden."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_accessible, assert_fits_width

pytestmark = pytest.mark.e2e

PAGE = "/over-de-kennishub/"

FAKE_SPEECH = """
(() => {
    const log = { calls: [], spoken: [], queue: [] };
    window.__speech = log;
    log.finish = () => { const last = log.queue[log.queue.length - 1]; if (last && last.onend) last.onend(); };
    window.SpeechSynthesisUtterance = function (text) {
        this.text = text; this.lang = ""; this.voice = null; this.onend = null;
    };
    const voices = [
        { name: "English", lang: "en-GB", voiceURI: "en", localService: true, default: true },
        { name: "Nederlands", lang: "nl-NL", voiceURI: "nl", localService: true, default: false },
    ];
    const fake = {
        speaking: false, paused: false, pending: false,
        getVoices: () => voices,
        speak(utterance) {
            log.calls.push("speak");
            log.spoken.push({ text: utterance.text, lang: utterance.lang,
                              voice: utterance.voice && utterance.voice.name });
            log.queue.push(utterance);
        },
        pause() { log.calls.push("pause"); },
        resume() { log.calls.push("resume"); },
        cancel() { log.calls.push("cancel"); log.queue = []; },
        addEventListener() {}, removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
})();
"""

NO_SPEECH = """
Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
"""


@pytest.mark.parametrize("width", [360, 1280])
def test_read_aloud_speaks_dutch_and_pauses_and_stops_by_keyboard(live_site, make_page, width):
    page = make_page(width=width)
    page.add_init_script(FAKE_SPEECH)
    page.goto(live_site.url + PAGE)

    start = page.get_by_role("button", name="Lees voor")
    expect(start).to_be_visible()
    pause = page.locator("[data-read-aloud-pause]")
    stop = page.locator("[data-read-aloud-stop]")
    status = page.locator("[data-read-aloud-status]")
    assert pause.is_hidden() and stop.is_hidden()
    assert_accessible(page, name=f"read-aloud-{width}")

    start.focus()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Voorlezen gestart")
    expect(start).to_have_attribute("aria-pressed", "true")
    spoken = page.evaluate("window.__speech.spoken")
    assert spoken, "nothing was spoken"
    title = page.locator("h1").inner_text()
    assert spoken[0]["text"] == title
    assert all(part["lang"] == "nl-NL" and part["voice"] == "Nederlands" for part in spoken)
    body = " ".join(part["text"] for part in spoken)
    assert "Lees voor" not in body  # the controls are not read
    assert "Direct naar de inhoud" not in body  # only the article, not the page around it

    # Pause and resume with the keyboard (Space on a focused button).
    expect(page.get_by_role("button", name="Pauzeer")).to_be_visible()
    pause.focus()
    page.keyboard.press("Space")
    expect(status).to_have_text("Voorlezen gepauzeerd")
    resume = page.get_by_role("button", name="Ga verder")
    expect(resume).to_have_attribute("aria-pressed", "true")
    assert_accessible(page)
    resume.focus()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Voorlezen gaat verder")
    assert page.evaluate("window.__speech.calls").count("pause") == 1
    assert "resume" in page.evaluate("window.__speech.calls")

    # Stop: the voice is cancelled, the controls go back, focus returns to "Lees voor".
    page.get_by_role("button", name="Stop").focus()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Voorlezen gestopt")
    assert page.evaluate("window.__speech.calls")[-1] == "cancel"
    expect(start).to_have_attribute("aria-pressed", "false")
    expect(start).to_be_focused()
    assert pause.is_hidden() and stop.is_hidden()

    # Read to the end: the status says it is done.
    page.keyboard.press("Enter")
    expect(status).to_have_text("Voorlezen gestart")
    page.evaluate("window.__speech.finish()")
    expect(status).to_have_text("Voorlezen klaar")
    expect(start).to_have_attribute("aria-pressed", "false")

    assert_fits_width(page)
    # Long Dutch words break with a hyphen (static/css/site.css).
    assert page.evaluate("getComputedStyle(document.querySelector('main p')).hyphens") == "auto"


def test_without_speech_the_button_stays_hidden(live_site, make_page):
    page = make_page(width=360)
    page.add_init_script(NO_SPEECH)
    page.goto(live_site.url + PAGE)
    assert page.evaluate("!window.speechSynthesis")
    control = page.locator("[data-read-aloud]")
    assert control.count() == 1
    expect(control).to_be_hidden()
    assert page.get_by_role("button", name="Lees voor").count() == 0
