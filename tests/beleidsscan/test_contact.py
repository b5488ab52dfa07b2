"""Emailing the private link: double opt-in, the link only to a confirmed address, a
confirmation code that works once, expires, and cannot be forged."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from beleidsscan.models import ScanAccess
from beleidsscan.services import access, contact
from hub.models import OutboundEmail
from tests.beleidsscan.conftest import open_link

pytestmark = pytest.mark.django_db


def url(name, scan):
    return reverse(f"beleidsscan:{name}", args=[scan.public_id])


def confirm_url(email):
    return re.search(r"http://\S+/beleidsscan/bevestigen/(\S+)/", email.body_text)


def test_request_sends_only_a_confirmation(owner_client, scan):
    response = owner_client.post(url("email_link", scan), {"email": "ambtenaar@gemeente.nl"})
    assert "Kijk in uw e-mail" in response.content.decode()
    email = OutboundEmail.objects.get()
    assert email.to == "ambtenaar@gemeente.nl"
    assert "/beleidsscan/toegang/" not in email.body_text
    assert confirm_url(email)
    scan.refresh_from_db()
    assert scan.contact_email == "" and scan.contact_confirmed_at is None


def test_confirmation_stores_the_address_and_mails_a_working_link(owner_client, scan):
    owner_client.post(url("email_link", scan), {"email": "ambtenaar@gemeente.nl"})
    code = confirm_url(OutboundEmail.objects.get()).group(1)
    browser = Client()
    response = browser.get(reverse("beleidsscan:confirm_email", args=[code]))
    assert response.status_code == 200
    assert "uw persoonlijke link naar de scan gemaild" in response.content.decode()
    scan.refresh_from_db()
    assert scan.contact_email == "ambtenaar@gemeente.nl" and scan.contact_confirmed_at
    link_email = OutboundEmail.objects.get(category="beleidsscan-link")
    link = re.search(r"/beleidsscan/toegang/([A-Za-z0-9_-]+)/", link_email.body_text).group(1)
    # The confirmation page itself gives no access; the mailed link does.
    assert browser.get(url("overview", scan)).status_code == 404
    assert browser.get(reverse("beleidsscan:enter", args=[link])).status_code == 302
    assert browser.get(url("overview", scan)).status_code == 200
    # A second click sends nothing again.
    response = browser.get(reverse("beleidsscan:confirm_email", args=[code]))
    assert "al bevestigd" in response.content.decode()
    assert OutboundEmail.objects.filter(category="beleidsscan-link").count() == 1
    assert ScanAccess.objects.filter(scan=scan).count() == 2


def test_forged_or_changed_code_is_refused(client, scan):
    code = contact.confirm_code(scan, "ik@gemeente.nl")
    tampered = code[:-2] + ("AA" if not code.endswith("AA") else "BB")
    response = client.get(reverse("beleidsscan:confirm_email", args=[tampered]))
    assert response.status_code == 400
    assert "Deze bevestigingslink klopt niet." in response.content.decode()
    response = client.get(reverse("beleidsscan:confirm_email", args=["onzin"]))
    assert response.status_code == 400
    scan.refresh_from_db()
    assert scan.contact_email == ""


def test_expired_code_is_refused(client, scan, settings):
    old = timezone.now() - timedelta(days=settings.BELEIDSSCAN_CONFIRM_DAYS + 1)
    from unittest import mock

    with mock.patch("django.core.signing.time.time", return_value=old.timestamp()):
        code = contact.confirm_code(scan, "ik@gemeente.nl", now=old)
    response = client.get(reverse("beleidsscan:confirm_email", args=[code]))
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()


def test_code_for_a_deleted_scan(client, scan):
    code = contact.confirm_code(scan, "ik@gemeente.nl")
    scan.delete()
    response = client.get(reverse("beleidsscan:confirm_email", args=[code]))
    assert response.status_code == 400
    assert "bestaat niet meer" in response.content.decode()


def test_bad_address_keeps_the_form(owner_client, scan):
    response = owner_client.post(url("email_link", scan), {"email": "geen-adres"})
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    assert 'value="geen-adres"' in response.content.decode()
    assert not OutboundEmail.objects.exists()


def test_header_injection_is_refused(owner_client, scan):
    owner_client.post(url("email_link", scan), {"email": "a@b.nl\nBcc: c@d.nl"})
    assert not OutboundEmail.objects.exists()


def test_requests_per_scan_are_limited(owner_client, scan):
    for _ in range(contact.REQUESTS_PER_SCAN_PER_DAY):
        owner_client.post(url("email_link", scan), {"email": "a@gemeente.nl"})
    response = owner_client.post(url("email_link", scan), {"email": "a@gemeente.nl"})
    assert "Probeer het morgen opnieuw" in response.content.decode()
    assert OutboundEmail.objects.count() == contact.REQUESTS_PER_SCAN_PER_DAY


def test_editor_cannot_have_the_owner_link_mailed(client, scan):
    open_link(client, scan, kind=access.EDITOR)
    assert client.post(url("email_link", scan), {"email": "x@y.nl"}).status_code == 403
    assert not OutboundEmail.objects.exists()
