"""Alerts under attack: forged or expired email links, posts without a CSRF token, someone
else's alert, addresses that may or may not have alerts, a link with 1,000 parameters, a
flood of requests. Always a clear Dutch message, never a 500, nothing of another changed."""

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.http import QueryDict
from django.test import Client

from mijn import tokens
from mijn.models import Alert
from mijn.services import alerts as service
from tests.interventies.conftest import index  # noqa: F401  (a fixture)

pytestmark = pytest.mark.django_db

NEW = "/meldingen/nieuw/?lijst=interventies&grond=leeftijd"


def read(query=""):
    return service.read_filters("interventies", QueryDict(query))


def visitor_alert(email="lid@gemeente.example", query="grond=leeftijd"):
    service.request_by_email(email, read(query))
    return Alert.objects.filter(email=email).latest("pk")


@pytest.mark.parametrize(
    "code",
    [
        "niets",
        "0" * 32 + ":" + "A" * 43,
        "x" * 5000,
        "<script>alert(1)</script>",
        "../../etc/passwd",
    ],
)
@pytest.mark.parametrize("kind", ["bevestigen", "afmelden"])
def test_forged_codes_get_a_dutch_404_and_change_nothing(client, kind, code):
    alert = visitor_alert()
    for method in (client.get, client.post):
        response = method(f"/meldingen/{kind}/{code}/")
        assert response.status_code == 404
        if "/" not in code:  # a code with a slash is no route at all: the site's 404 page
            assert "Deze link klopt niet" in response.content.decode()
    alert.refresh_from_db()
    assert not alert.is_active


def test_a_confirm_code_does_not_unsubscribe_and_an_unsubscribe_code_does_not_confirm(client):
    alert = visitor_alert()
    assert client.post(f"/meldingen/afmelden/{tokens.confirm_code(alert)}/").status_code == 404
    assert (
        client.post(f"/meldingen/bevestigen/{tokens.unsubscribe_code(alert)}/").status_code == 404
    )
    alert.refresh_from_db()
    assert not alert.is_active


def test_a_code_for_another_alert_is_refused(client):
    mine = visitor_alert("mij@gemeente.example")
    theirs = visitor_alert("ander@gemeente.example")
    signature = tokens.unsubscribe_code(mine).rsplit(":", 1)[1]
    forged = f"{theirs.public_id.hex}:{signature}"
    assert client.post(f"/meldingen/afmelden/{forged}/").status_code == 404
    assert Alert.objects.count() == 2


def test_an_expired_confirm_link_says_so(client, settings, monkeypatch):
    alert = visitor_alert()
    code = tokens.confirm_code(alert)
    later = signing.time.time() + (settings.ALERTS_CONFIRM_DAYS + 1) * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.post(f"/meldingen/bevestigen/{code}/")
    assert response.status_code == 400 and "verlopen" in response.content.decode()
    alert.refresh_from_db()
    assert not alert.is_active


def test_one_click_unsubscribe_works_without_a_csrf_token():
    """RFC 8058: the mail system POSTs List-Unsubscribe=One-Click, without cookies."""
    alert = visitor_alert()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        f"/meldingen/afmelden/{tokens.unsubscribe_code(alert)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200 and not Alert.objects.exists()


def test_the_other_forms_need_the_csrf_token(django_user_model):
    from tests.academie.factories import make_user

    user = make_user("lid@gemeente.example")
    alert, _ = service.save_for_user(user, read())
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(NEW, {"email": "a@gemeente.example"}).status_code == 403
    visitor = visitor_alert("b@gemeente.example")
    assert strict.post(f"/meldingen/bevestigen/{tokens.confirm_code(visitor)}/").status_code == 403
    strict.force_login(user)
    assert strict.post(NEW).status_code == 403
    assert strict.post(f"/mijn/meldingen/{alert.public_id}/verwijderen/").status_code == 403
    assert Alert.objects.filter(user=user).count() == 1
    visitor.refresh_from_db()
    assert not visitor.is_active


def test_nobody_deletes_or_sees_another_users_alert(client, victim, attacker):
    theirs, _ = service.save_for_user(victim, read("grond=leeftijd"))
    client.force_login(attacker)
    response = client.post(f"/mijn/meldingen/{theirs.public_id}/verwijderen/")
    assert response.status_code == 404
    assert client.post(f"/mijn/meldingen/{theirs.pk}/verwijderen/").status_code == 404
    assert Alert.objects.filter(pk=theirs.pk).exists()
    html = client.get("/mijn/").content.decode()
    assert str(theirs.public_id) not in html and "Leeftijd" not in html


def answer(client, email):
    response = client.post(NEW, {"email": email})
    follow = client.get(response["Location"]) if response.status_code == 302 else response
    html = re.sub(r'value="[^"]*"( name="csrfmiddlewaretoken")?', "", follow.content.decode())
    return response.status_code, response.get("Location"), html.replace(email, "ADRES")


def test_known_and_unknown_addresses_get_the_same_answer(client, settings):
    visitor_alert("bekend@gemeente.example")
    assert answer(client, "bekend@gemeente.example") == answer(client, "onbekend@gemeente.example")
    # Also when the known address has reached its cap.
    settings.ALERTS_MAX_PER_OWNER = 1
    assert answer(client, "bekend@gemeente.example") == answer(client, "nieuw@gemeente.example")


def test_a_thousand_parameters_give_a_dutch_message_not_an_error(client, victim):
    query = "&".join(f"grond=waarde{n}" for n in range(999))
    for user in (None, victim):
        if user:
            client.force_login(user)
        url = f"/meldingen/nieuw/?lijst=interventies&{query}"
        for response in (client.get(url), client.post(url, {"email": "a@b.nl"})):
            assert response.status_code == 400
            assert "te veel filters" in response.content.decode()
    assert not Alert.objects.exists()


def test_an_unknown_listing_gives_a_dutch_message(client):
    response = client.get("/meldingen/nieuw/?lijst=<script>")
    assert response.status_code == 400
    assert "Voor deze lijst kunt u geen melding maken" in response.content.decode()


def test_the_form_is_rate_limited_per_network_before_any_lookup(client, settings):
    settings.ALERTS_RATE_LIMIT = 3
    for n in range(3):
        assert client.post(NEW, {"email": f"p{n}@gemeente.example"}).status_code == 302
    known = client.post(NEW, {"email": "p0@gemeente.example"})
    unknown = client.post(NEW, {"email": "nieuw@gemeente.example"})
    assert known.status_code == unknown.status_code == 429
    assert "Probeer het over een uur opnieuw" in unknown.content.decode()
    assert Alert.objects.count() == 3


def test_an_old_unsubscribe_link_keeps_working(client, monkeypatch):
    alert = visitor_alert()
    code = tokens.unsubscribe_code(alert)
    later = signing.time.time() + timedelta(days=3 * 365).total_seconds()
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.post(f"/meldingen/afmelden/{code}/").status_code == 200
    assert not Alert.objects.exists()


def test_the_codes_in_alert_links_stay_out_of_the_logs():
    from hub.ops.redact import redact

    alert = visitor_alert()
    for path in (
        f"/meldingen/bevestigen/{tokens.confirm_code(alert)}/",
        f"/meldingen/afmelden/{tokens.unsubscribe_code(alert)}/",
    ):
        assert alert.public_id.hex not in redact(f"GET {path} HTTP/1.1")
