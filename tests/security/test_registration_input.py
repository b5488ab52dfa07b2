"""Review item 12, the masterclass form: the name never carries a link into our email, and
the signed "form started" time cannot be replayed from another browser or a day later."""

import re
import time

import pytest
from django.core import mail
from django.test import Client

from academie.forms import spam
from academie.models import MasterclassRegistration
from hub.models import OutboundEmail
from tests.academie.masterclasses.fixtures import form_data

pytestmark = pytest.mark.django_db


def test_the_confirmation_request_holds_nothing_the_sender_typed(
    client, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            session.url,
            form_data(session, client=client, name="Uw account is geblokkeerd bel 0900"),
        )
    [email] = OutboundEmail.objects.filter(category="masterclass:bevestigen")
    assert "geblokkeerd" not in email.body_text and "Beste deelnemer," in email.body_text
    assert "geblokkeerd" not in mail.outbox[0].body


@pytest.mark.parametrize(
    "name",
    [
        "Klik op https://inloggen-gemeente.example",
        "Ga naar www.phishing.example",
        "Jan naar kennishub-login.nl",
        "support@kennishub.example",
    ],
)
def test_a_name_with_an_address_is_refused_and_the_form_keeps_the_rest(client, session, name):
    response = client.post(session.url, form_data(session, client=client, name=name))
    assert response.status_code == 400
    html = response.content.decode()
    assert "zonder internetadres of e-mailadres" in html
    assert 'value="Gemeente Goes"' in html  # nothing else is lost
    assert not MasterclassRegistration.objects.exists()


def test_ordinary_names_pass(client, session):
    for number, name in enumerate(["J.R. de Vries-Öztürk", "Anne-Marie v.d. Berg", "Mr. A. Bakr"]):
        data = form_data(session, client=client, name=name, email=f"p{number}@gemeente.example")
        assert client.post(session.url, data).status_code == 302, name
    assert MasterclassRegistration.objects.count() == 3


def test_invisible_and_bidi_characters_are_removed(client, session):
    data = form_data(
        session,
        client=client,
        name="Fatima\u202e Bakker\u200b",
        organisation="Gemeente\x1b Goes",
        needs="Rolstoel\u2066\r\nHalal",
    )
    assert client.post(session.url, data).status_code == 302
    registration = MasterclassRegistration.objects.get()
    assert registration.name == "Fatima Bakker"
    assert registration.organisation == "Gemeente Goes"
    assert registration.needs == "Rolstoel\nHalal"


def started_from(response):
    return re.search(r'name="started" value="([^"]+)"', response.content.decode()).group(1)


def test_a_timestamp_from_another_browser_is_refused(session):
    browser_a, browser_b = Client(), Client()
    token = started_from(browser_a.get(session.url))
    browser_b.get(session.url)  # its own CSRF cookie
    data = form_data(session, client=browser_b, started=token)
    response = browser_b.post(session.url, data)
    assert response.status_code == 400
    assert "Dit formulier is verlopen" in response.content.decode()
    # The form came back with a fresh timestamp: sending it again (a bit later) works.
    data["started"] = spam.started_token(
        time.time() - 10, bound_to=spam.bind(browser_b.cookies["csrftoken"].value)
    )
    assert started_from(response) != token
    assert browser_b.post(session.url, data).status_code == 302


def test_the_own_timestamp_works_and_expires_after_four_hours(session, settings):
    browser = Client()
    token = started_from(browser.get(session.url))
    moment, _sep, _rest = (
        __import__("django.core.signing")
        .core.signing.Signer(salt="academie.masterclass.form-started")
        .unsign(token)
        .partition(":")
    )
    bound = spam.bind(browser.cookies["csrftoken"].value)
    stale = spam.started_token(int(moment) - 4 * 3600 - 1, bound_to=bound)
    response = browser.post(session.url, form_data(session, client=browser, started=stale))
    assert "Dit formulier is verlopen" in response.content.decode()
    fresh = spam.started_token(time.time() - 10, bound_to=bound)
    assert (
        browser.post(session.url, form_data(session, client=browser, started=fresh)).status_code
        == 302
    )
