"""Alerts and the account's rights (academie.services.privacy): they are in the data export
and they go with the account, also those asked for without an account at a verified address;
another person's alerts stay."""

import json

import pytest
from django.http import QueryDict

from hub.models import OutboundEmail
from mijn.models import Alert
from mijn.services import alerts as service
from tests.academie.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def read(query):
    return service.read_filters("interventies", QueryDict(query))


@pytest.fixture
def alerts(user, other_user, index):
    service.save_for_user(user, read("grond=leeftijd"))
    service.request_by_email("BELEID@gemeente.example", read("domein=wonen"))  # verified address
    service.request_by_email("iemand@anders.example", read("domein=wonen"))
    service.save_for_user(other_user, read("grond=geslacht"))


def test_the_data_export_has_the_accounts_alerts(client, user, alerts):
    client.force_login(user)
    data = json.loads(client.get("/academie/mijn/gegevens/").content)
    rows = data["meldingen"]
    assert len(rows) == 2
    assert {row["e_mailadres"].lower() for row in rows} == {"beleid@gemeente.example"}
    assert {tuple(row["filters"]) for row in rows} == {("grond",), ("domein",)}
    assert any(row["link"].endswith("/interventies/?grond=leeftijd") for row in rows)
    assert "geslacht" not in json.dumps(rows)


def test_deleting_the_account_erases_its_alerts_and_their_emails(client, user, alerts):
    client.force_login(user)
    response = client.post(
        "/academie/mijn/account-verwijderen/", {"password": TEST_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not Alert.objects.filter(email__iexact="beleid@gemeente.example").exists()
    assert not OutboundEmail.objects.filter(to__iexact="beleid@gemeente.example").exists()
    assert set(Alert.objects.values_list("email", flat=True)) == {"iemand@anders.example", ""}
    assert Alert.objects.filter(user__isnull=False).count() == 1  # the other account's
