"""Review item 1: "Mijn gegevens" must never hand out another person's emails.

The attack: add the victim's address (unverified) to your own account at /accounts/email/,
ask a password reset for the victim, then download your data export and read the reset link.
"""

import json

import pytest
from allauth.account.models import EmailAddress

from academie.services.privacy import delete_account, export_user_data
from hub.models import OutboundEmail
from hub.outbox import queue_email
from tests.security.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def add_unverified_address(client, attacker, address):
    """What the attacker does in the browser: add the victim's address to their account."""
    client.force_login(attacker)
    client.post("/accounts/email/", {"action_add": "", "email": address})
    if not EmailAddress.objects.filter(user=attacker, email__iexact=address).exists():
        # allauth may refuse an address in use; the export must be safe either way, so put
        # it there as allauth would for an address nobody has verified yet.
        EmailAddress.objects.create(user=attacker, email=address, verified=False, primary=False)


def test_reset_link_for_victim_is_not_in_attackers_export(
    client, victim, attacker, django_capture_on_commit_callbacks
):
    add_unverified_address(client, attacker, victim.email)
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": victim.email})
    reset = OutboundEmail.objects.get(to=victim.email, category="account:password_reset_key")

    client.force_login(attacker)
    response = client.get("/academie/mijn/gegevens/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/accounts/password/reset/key/" not in body
    assert reset.subject not in body
    assert victim.email not in [email["aan"] for email in json.loads(body)["e_mails"]]


def test_export_leaves_out_unverified_addresses_but_keeps_own_verified_mail(victim, attacker):
    EmailAddress.objects.create(user=attacker, email=victim.email, verified=False)
    queue_email(to=victim.email, subject="Afmelden masterclass", body_text="link-van-slachtoffer")
    queue_email(to=attacker.email, subject="Eigen bericht", body_text="eigen-tekst")

    exported = export_user_data(attacker)["e_mails"]
    assert [email["onderwerp"] for email in exported] == ["Eigen bericht"]


def test_deleting_attackers_account_keeps_victims_pending_mail(victim, attacker):
    EmailAddress.objects.create(user=attacker, email=victim.email, verified=False)
    victims = queue_email(to=victim.email, subject="Uw aanmelding", body_text="wacht nog")
    own = queue_email(to=attacker.email, subject="Eigen bericht", body_text="eigen-tekst")

    delete_account(attacker)
    assert OutboundEmail.objects.filter(pk=victims.pk).exists()
    assert not OutboundEmail.objects.filter(pk=own.pk).exists()


def test_user_email_field_alone_does_not_unlock_mail(django_user_model, victim):
    """An account whose own address was never verified sees no mail for it either."""
    unverified = django_user_model.objects.create_user("nieuw", victim.email, PASSWORD)
    queue_email(to=victim.email, subject="Geheim", body_text="link")
    assert export_user_data(unverified)["e_mails"] == []
