"""The public masterclass pages: the session page with its registration form, the spam
checks (honeypot, fill time, rate limit per IP), double submits, the links from the emails
(confirm and cancel, without login) and the registrations in "Mijn academie"."""

import re
import time as clock
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from academie import tokens
from academie.forms import spam
from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import registration as service
from hub.models import OutboundEmail
from hub.net import client_ip
from tests.academie.factories import make_user
from tests.academie.masterclasses.fixtures import confirmed, form_data, register

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


def html_of(response):
    return response.content.decode()


def confirm_path(registration):
    return f"/masterclasses/bevestigen/{tokens.make(registration, tokens.CONFIRM)}/"


def cancel_path(registration):
    return f"/masterclasses/afmelden/{tokens.make(registration, tokens.CANCEL)}/"


# --------------------------------------------------------------------------- the form


def test_session_page_shows_date_place_programme_and_the_form(client, session):
    response = client.get(session.url)
    assert response.status_code == 200
    html = html_of(response)
    assert "Effectief antidiscriminatiebeleid: Goes" in html
    assert "M.A. de Ruijterlaan 2" in html
    assert "Stap 1: Verken wat er lokaal speelt" in html
    assert "Nog 10 plaatsen vrij" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'class="mc-form__trap"' in html and 'name="started"' in html
    assert 'href="/privacy/"' in html
    assert "/static/css/academie.css" in html
    assert "calendar.google.com" in html and f"{session.url}agenda/" in html


def test_registering_through_the_form_asks_for_confirmation(client, session):
    response = client.post(session.url, form_data(session, client=client))
    assert response.status_code == 302
    assert response["Location"] == f"{session.url}aangemeld/"
    registration = MasterclassRegistration.objects.get()
    assert registration.status == Status.PENDING
    assert registration.needs == "Vegetarisch" and registration.user is None
    page = client.get(response["Location"])
    assert "Bijna klaar: bevestig uw aanmelding" in html_of(page)
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]


def test_a_double_submit_gives_exactly_one_registration_and_one_email(client, session):
    data = form_data(session, client=client)
    first = client.post(session.url, data)
    second = client.post(session.url, data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert MasterclassRegistration.objects.count() == 1
    assert OutboundEmail.objects.filter(to="fatima@gemeente.example").count() == 1


def test_a_full_session_offers_the_waitlist(client, make_session):
    session = make_session(capacity=1)
    confirmed(session, "eerste@gemeente.example")
    html = html_of(client.get(session.url))
    assert "Aanmelden voor de wachtlijst" in html and "Zet mij op de wachtlijst" in html
    response = client.post(session.url, form_data(session, client=client))
    assert response["Location"].endswith("aangemeld/")  # the same as for a free seat
    html = html_of(client.get(response["Location"]))
    assert "Nieuwe aanmeldingen komen op de wachtlijst" in html
    assert "of u een plaats heeft of op de wachtlijst komt" in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "geen-adres"}, "Dit e-mailadres klopt niet"),
        ({"name": ""}, "Dit is een verplicht veld."),
        ({"privacy": ""}, "Zonder uw toestemming kunnen we u niet aanmelden."),
        ({"role": "koning"}, "Selecteer een geldige keuze"),
    ],
)
def test_invalid_input_shows_a_message_and_records_nothing(client, session, overrides, message):
    response = client.post(session.url, form_data(session, client=client, **overrides))
    assert response.status_code == 400
    assert message in html_of(response)
    assert not MasterclassRegistration.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_workshop_must_be_chosen_when_the_programme_has_a_round(
    client, make_series, make_session
):
    session = make_session(page=make_series(workshops=True))
    workshop_round = session.page.workshop_rounds()[0]
    html = html_of(client.get(session.url))
    assert "Kies een workshop: Workshopronde (15.45–16.15 uur)" in html
    data = form_data(session, client=client)
    del data[f"workshop_{workshop_round.id}"]
    response = client.post(session.url, data)
    assert response.status_code == 400
    assert "Kies een workshop voor deze ronde." in html_of(response)
    forged = form_data(session, client=client, **{f"workshop_{workshop_round.id}": "niet-bestaand"})
    assert client.post(session.url, forged).status_code == 400
    assert not MasterclassRegistration.objects.exists()


@pytest.mark.parametrize(
    ("days", "fields", "message"),
    [
        (-2, {}, "Deze bijeenkomst is geweest"),
        (10, {"registration_closed": True}, "Aanmelding gesloten"),
        (
            10,
            {"registration_deadline": timezone.now() - timedelta(minutes=1)},
            "Aanmelding gesloten",
        ),
    ],
)
def test_closed_and_past_sessions_show_no_form_and_refuse_posts(
    client, make_session, days, fields, message
):
    session = make_session(days=days, **fields)
    html = html_of(client.get(session.url))
    assert message in html and 'name="email"' not in html
    response = client.post(session.url, form_data(session, client=client))
    assert response.status_code == 400
    assert not MasterclassRegistration.objects.exists()


def test_a_post_without_csrf_token_is_refused(session):
    client = Client(enforce_csrf_checks=True)
    response = client.post(session.url, form_data(session, client=client))
    assert response.status_code == 403
    assert not MasterclassRegistration.objects.exists()


# --------------------------------------------------------------------------- spam


def test_a_bot_filling_the_honeypot_is_refused_and_nothing_is_recorded(client, session):
    response = client.post(
        session.url, form_data(session, client=client, website="http://spam.example")
    )
    assert response.status_code == 400
    assert "Uw aanmelding kon niet worden verwerkt" in html_of(response)
    assert not MasterclassRegistration.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_form_sent_back_too_fast_is_refused(client, session, settings):
    settings.ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS = 3
    response = client.post(
        session.url, form_data(session, client=client, started=spam.started_token())
    )
    assert response.status_code == 400
    assert "U heeft het formulier wel heel snel verstuurd" in html_of(response)
    assert not MasterclassRegistration.objects.exists()


def test_an_empty_form_sent_at_once_says_what_to_fill_in_not_too_fast(client, session, settings):
    settings.ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS = 3
    client.get(session.url)  # the CSRF cookie the timestamp is bound to
    cookie = client.cookies["csrftoken"].value
    started = spam.started_token(bound_to=spam.bind(cookie))  # shown just now
    empty = {"name": "", "email": "", "website": "", "started": started}
    html = html_of(client.post(session.url, empty))
    assert "wel heel snel" not in html
    assert "Zonder uw toestemming kunnen we u niet aanmelden." in html  # a field error
    assert not MasterclassRegistration.objects.exists()


@pytest.mark.parametrize("started", ["", "12345", "1700000000:vervalst"])
def test_a_missing_or_forged_timestamp_is_refused(client, session, started):
    response = client.post(session.url, form_data(session, client=client, started=started))
    assert response.status_code == 400
    assert "Dit formulier is verlopen" in html_of(response)
    assert not MasterclassRegistration.objects.exists()


def test_a_form_older_than_a_day_must_be_reloaded(client, session):
    old = spam.started_token(clock.time() - 2 * 24 * 3600)
    response = client.post(session.url, form_data(session, client=client, started=old))
    assert response.status_code == 400
    assert "Dit formulier is verlopen" in html_of(response)


def post_registration(client, session, email, **headers):
    """Posts the registration form of `session` for `email`, with the request's address
    (REMOTE_ADDR) or proxy header in `headers`."""
    return client.post(session.url, form_data(session, client=client, email=email), **headers)


def test_posts_are_rate_limited_per_ip_address(client, session, settings):
    settings.ACADEMIE_MASTERCLASS_RATE_LIMIT = 3
    for number in range(3):
        email = f"p{number}@gemeente.example"
        assert post_registration(client, session, email, REMOTE_ADDR="192.0.2.1").status_code == 302
    blocked = post_registration(client, session, "p9@gemeente.example", REMOTE_ADDR="192.0.2.1")
    assert blocked.status_code == 429
    assert "U heeft dit formulier te vaak verstuurd" in html_of(blocked)
    other = post_registration(client, session, "p8@gemeente.example", REMOTE_ADDR="192.0.2.2")
    assert other.status_code == 302
    assert MasterclassRegistration.objects.count() == 4


def test_one_network_cannot_hold_many_seats_with_unconfirmed_registrations(client, session):
    for number in range(3):
        email = f"p{number}@gemeente.example"
        assert post_registration(client, session, email, REMOTE_ADDR="192.0.2.1").status_code == 302
    blocked = post_registration(client, session, "p9@gemeente.example", REMOTE_ADDR="192.0.2.1")
    assert blocked.status_code == 400
    assert "Vanaf uw netwerk zijn al 3 aanmeldingen voor deze bijeenkomst nog niet" in html_of(
        blocked
    )
    assert MasterclassRegistration.objects.count() == 3
    assert all(len(r.client_key) == 32 for r in MasterclassRegistration.objects.all())
    assert "192.0.2.1" not in str(list(MasterclassRegistration.objects.values()))


def test_the_rate_limit_reads_the_proxy_header_only_when_configured(client, session, settings):
    settings.ACADEMIE_MASTERCLASS_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_IP_HEADER = None
    forwarded = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    assert post_registration(client, session, "a@x.nl", **forwarded).status_code == 302
    # Without the setting the header is ignored: same REMOTE_ADDR, so blocked.
    forwarded["HTTP_X_FORWARDED_FOR"] = "198.51.100.2"
    assert post_registration(client, session, "b@x.nl", **forwarded).status_code == 429
    # With the setting each client behind the proxy has its own limit.
    settings.TRUSTED_PROXY_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    forwarded["HTTP_X_FORWARDED_FOR"] = "203.0.113.9, 198.51.100.3"
    assert post_registration(client, session, "c@x.nl", **forwarded).status_code == 302


def test_client_ip_takes_the_entry_of_the_trusted_proxy(rf, settings):
    settings.TRUSTED_PROXY_IP_HEADER = "X-Forwarded-For"
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.5", REMOTE_ADDR="10.0.0.2")
    assert client_ip(request) == "203.0.113.5"
    settings.TRUSTED_PROXY_IP_HEADER = None
    assert client_ip(request) == "10.0.0.2"


# --------------------------------------------------------------------------- email links


def test_the_confirm_link_shows_a_button_and_only_a_post_confirms(client, session):
    registration = register(session)
    path = confirm_path(registration)
    assert path in OutboundEmail.objects.get().body_text
    page = client.get(path)
    assert page.status_code == 200
    assert "Bevestig mijn aanmelding" in html_of(page)
    registration.refresh_from_db()
    assert registration.status == Status.PENDING  # link checkers only GET
    response = client.post(path)
    assert response.status_code == 302 and response["Location"] == path
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert "U bent aangemeld" in html_of(client.get(path))


def test_the_cancel_link_works_without_login(client, make_session):
    session = make_session(capacity=1)
    registration = confirmed(session, "fatima@gemeente.example")
    waiting = confirmed(session, "wacht@gemeente.example")
    path = cancel_path(registration)
    assert path in OutboundEmail.objects.filter(category="masterclass:aangemeld").get().body_text
    assert "Ja, meld mij af" in html_of(client.get(path))
    assert client.post(path).status_code == 302
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED
    assert "U bent afgemeld" in html_of(client.get(path))
    assert client.post(path).status_code == 302  # a second click changes nothing
    assert OutboundEmail.objects.filter(category="masterclass:afgemeld").count() == 1


@pytest.mark.parametrize(
    "path",
    [
        "/masterclasses/bevestigen/{confirm}x/",
        "/masterclasses/bevestigen/{cancel}/",
        "/masterclasses/afmelden/{confirm}/",
        "/masterclasses/afmelden/00000000000000000000000000000000AAAAAAAAAAAAAAAAAAAAAAAAA/",
        "/masterclasses/bevestigen/kapot/",
    ],
)
def test_forged_links_show_a_clear_message_and_change_nothing(client, session, path):
    registration = register(session)
    codes = {
        "confirm": tokens.make(registration, tokens.CONFIRM),
        "cancel": tokens.make(registration, tokens.CANCEL),
    }
    url = path.format(**codes)
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 400
        assert "Deze link werkt niet" in html_of(response)
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_a_link_for_a_deleted_registration_shows_the_message(client, session):
    registration = register(session)
    path = cancel_path(registration)
    registration.delete()
    assert client.get(path).status_code == 400


def test_an_expired_confirm_link_says_so(client, session):
    registration = register(session)
    MasterclassRegistration.objects.filter(pk=registration.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.post(confirm_path(registration))
    assert response.status_code == 400
    assert "Deze bevestigingslink is verlopen" in html_of(response)
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    assert "Opnieuw aanmelden" in html_of(client.get(confirm_path(registration)))


def test_cancelling_after_the_start_is_refused_on_the_page(client, make_session):
    from unittest import mock

    session = make_session(days=1)
    registration = confirmed(session, "a@gemeente.example")
    later = session.starts_at + timedelta(minutes=10)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.post(cancel_path(registration))
    assert response.status_code == 400
    assert "afmelden kan niet meer" in html_of(response)


def test_the_public_calendar_file_has_no_personal_data(client, session):
    confirmed(session, "fatima@gemeente.example")
    response = client.get(f"{session.url}agenda/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "TZID=Europe/Amsterdam" in body and "fatima" not in body


# --------------------------------------------------------------------------- signed in


def test_signed_in_the_form_is_prefilled_and_the_registration_linked(client, session):
    user = make_user("fatima@gemeente.example", first_name="Fatima", last_name="Bakker")
    client.force_login(user)
    html = html_of(client.get(session.url))
    assert 'value="Fatima Bakker"' in html and 'value="fatima@gemeente.example"' in html
    client.post(session.url, form_data(session, client=client))
    registration = MasterclassRegistration.objects.get()
    assert registration.user == user


def test_mijn_academie_shows_registrations_and_counts_attendance(client, make_session, series):
    user = make_user("fatima@gemeente.example", first_name="Fatima", last_name="Bakker")
    upcoming = make_session(city="Zwolle", days=20)
    past = make_session(city="Goes", days=-10)
    registration = confirmed(upcoming, "fatima@gemeente.example", user=user)
    earlier = MasterclassRegistration.objects.create(
        session=past,
        user=user,
        name="Fatima Bakker",
        email="fatima@gemeente.example",
        status=Status.CONFIRMED,
        sequence=1,
        attended=True,
    )
    # Registered without an account, with a verified address of the account: shown too.
    other = make_session(city="Weert", days=40)
    confirmed(other, "fatima@gemeente.example")
    client.force_login(user)
    html = html_of(client.get("/academie/mijn/"))
    assert "Mijn masterclasses" in html
    assert "Effectief antidiscriminatiebeleid: Zwolle" in html
    assert "Effectief antidiscriminatiebeleid: Weert" in html
    assert cancel_path(registration) in html
    assert "U was bij 1 masterclass aanwezig." in html
    assert earlier.session.city in html
    # Cancelling from Mijn academie uses the same signed link.
    client.post(cancel_path(registration))
    html = html_of(client.get("/academie/mijn/"))
    assert "Effectief antidiscriminatiebeleid: Zwolle" not in html


def test_someone_else_s_registration_never_shows_in_mijn_academie(client, session):
    confirmed(session, "ander@gemeente.example")
    user = make_user("fatima@gemeente.example")
    client.force_login(user)
    html = html_of(client.get("/academie/mijn/"))
    assert "U bent niet aangemeld voor een masterclass." in html


def test_links_in_the_emails_are_absolute(session, settings):
    settings.SITE_URL = "https://kennishub.example"
    register(session)
    body = OutboundEmail.objects.get().body_text
    links = re.findall(r"https://kennishub\.example/masterclasses/\S+", body)
    assert any("/bevestigen/" in link for link in links)
    assert any("/afmelden/" in link for link in links)


def test_service_confirm_and_page_agree_on_waitlist_position(client, make_session):
    session = make_session(capacity=1)
    confirmed(session, "a@gemeente.example")
    registration = register(session, email="b@gemeente.example")
    client.post(confirm_path(registration))
    assert "U staat op plaats 1 van de wachtlijst" in html_of(
        client.get(confirm_path(registration))
    )
    assert service.find_by_public_id(registration.public_id).status == Status.WAITLISTED


def test_a_form_with_errors_has_unique_ids_and_each_error_is_described(client, session):
    """Every id once (the error list carries `<field>_error`, its wrapper does not), and each
    field with an error points at it."""
    import re
    from collections import Counter

    client.get(session.url)
    html = html_of(client.post(session.url, {"name": "", "email": "geen-adres", "website": ""}))
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    for described in re.findall(r'aria-describedby="([^"]+)"', html):
        for target in described.split():
            assert ids[target] == 1, target
    assert 'id="id_email_error"' in html
