"""The alert pages: the link on the listings, saving an alert signed in and by email, the
email links (confirm, unsubscribe) and Mijn Kennishub (/mijn/)."""

import re

import pytest
from django.core import mail
from django.http import QueryDict

from hub.models import OutboundEmail
from mijn import tokens
from mijn.models import Alert
from mijn.services import alerts as service

pytestmark = pytest.mark.django_db

NEW = "/meldingen/nieuw/"


def confirm_link(message):
    return re.search(r"https?://[^/\s]+(/meldingen/bevestigen/[^/\s]+/)", message.body).group(1)


def test_the_listings_link_to_an_alert_with_their_filters(client, index, practice_index):
    html = client.get("/interventies/?grond=leeftijd&domein=wonen&sort=titel").content.decode()
    assert 'href="/meldingen/nieuw/?lijst=interventies&amp;grond=leeftijd&amp;domein=wonen' in html
    assert "Houd mij op de hoogte" in html
    assert "csrfmiddlewaretoken" not in html  # the listing page stays cacheable
    html = client.get("/praktijkvoorbeelden/?provincie=utrecht").content.decode()
    assert 'href="/meldingen/nieuw/?lijst=praktijkvoorbeelden&amp;provincie=utrecht"' in html


def test_a_signed_in_user_saves_an_alert_and_sees_it_on_mijn(client, user, index):
    client.force_login(user)
    url = f"{NEW}?lijst=interventies&grond=leeftijd&onbekend=1"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Leeftijd" in html and "onbekend" in html  # the notice says what was ignored
    assert 'type="email"' not in html  # no address needed: the account's own
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == "/mijn/"
    alert = Alert.objects.get()
    assert alert.user == user and alert.is_active and alert.params == {"grond": ["leeftijd"]}
    html = client.get("/mijn/").content.decode()
    assert "Leeftijd" in html and "/interventies/?grond=leeftijd" in html
    assert f"/mijn/meldingen/{alert.public_id}/verwijderen/" in html
    assert "/academie/mijn/" in html

    response = client.post(f"/mijn/meldingen/{alert.public_id}/verwijderen/")
    assert response.status_code == 302 and not Alert.objects.exists()


def test_mijn_requires_login(client):
    response = client.get("/mijn/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_account_cap_is_a_clear_message(client, user, settings, index):
    settings.ALERTS_MAX_PER_OWNER = 1
    client.force_login(user)
    client.post(f"{NEW}?lijst=interventies&grond=leeftijd")
    response = client.post(f"{NEW}?lijst=interventies&grond=geslacht")
    assert response.status_code == 400
    assert "meer kan niet" in response.content.decode()
    assert Alert.objects.count() == 1


def test_a_visitor_confirms_by_email(client, index, django_capture_on_commit_callbacks):
    url = f"{NEW}?lijst=interventies&grond=leeftijd"
    assert 'type="email"' in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "lid@gemeente.example"})
    assert response.status_code == 302 and response["Location"] == "/meldingen/nieuw/verstuurd/"
    assert "Kijk in uw e-mail" in client.get(response["Location"]).content.decode()
    alert = Alert.objects.get()
    assert not alert.is_active

    link = confirm_link(mail.outbox[0])
    page = client.get(link)  # a link checker only GETs: nothing happens
    assert page.status_code == 200 and "Bevestig uw melding" in page.content.decode()
    alert.refresh_from_db()
    assert not alert.is_active
    done = client.post(link)
    assert done.status_code == 200 and "bevestigd" in done.content.decode()
    alert.refresh_from_db()
    assert alert.is_active


def test_a_wrong_email_address_shows_the_error_summary(client, index):
    response = client.post(f"{NEW}?lijst=interventies&grond=leeftijd", {"email": "geen-adres"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer de volgende punten" in html and "Dit e-mailadres klopt niet" in html
    assert "<title>Fout: Houd mij op de hoogte ·" in html  # once, not "Fout: Fout: "
    assert not Alert.objects.exists()


def test_the_trap_field_creates_nothing_but_answers_the_same(client, index):
    response = client.post(
        f"{NEW}?lijst=interventies", {"email": "bot@example.org", "website": "http://spam"}
    )
    assert response.status_code == 302 and response["Location"] == "/meldingen/nieuw/verstuurd/"
    assert not Alert.objects.exists() and not OutboundEmail.objects.exists()


def test_unsubscribe_asks_first_then_removes(client, index):
    service.request_by_email(
        "lid@gemeente.example", service.read_filters("interventies", QueryDict())
    )
    alert = Alert.objects.get()
    url = f"/meldingen/afmelden/{tokens.unsubscribe_code(alert)}/"
    page = client.get(url)
    assert page.status_code == 200 and "Ja, meld mij af" in page.content.decode()
    assert Alert.objects.exists()
    done = client.post(url)
    assert done.status_code == 200 and "U bent afgemeld" in done.content.decode()
    assert not Alert.objects.exists()
    again = client.get(url)
    assert again.status_code == 404 and "bestaat niet meer" in again.content.decode()


def test_editors_see_how_many_alerts_there_are(client, superuser, user, index):
    service.save_for_user(user, service.read_filters("interventies", QueryDict("grond=leeftijd")))
    service.request_by_email(
        "lid@gemeente.example", service.read_filters("interventies", QueryDict())
    )
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "1 melding" in html and "(en 1 nog niet bevestigd)" in html
    assert "lid@gemeente.example" not in html


def test_mijn_costs_the_same_queries_for_one_alert_or_many(
    client, user, index, practice_index, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(user)
    service.save_for_user(user, service.read_filters("interventies", QueryDict("tag=x")))
    client.get("/mijn/")  # warm the taxonomy cache
    with CaptureQueriesContext(connection) as one:
        client.get("/mijn/")
    for slug in ("leeftijd", "geslacht", "godsdienst", "handicap"):
        for listing in ("interventies", "praktijkvoorbeelden"):
            service.save_for_user(user, service.read_filters(listing, QueryDict(f"grond={slug}")))
    with django_assert_max_num_queries(len(one) + 2):  # the second listing's page and tags
        html = client.get("/mijn/").content.decode()
    assert html.count("alert-card__actions") == 9
