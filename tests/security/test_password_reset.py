"""Review item 3: every password reset goes through allauth (throttled, via the outbox)."""

import pytest
from django.core import mail

from hub.models import OutboundEmail

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/admin/password_reset/",
        "/admin/password_reset/done/",
        "/admin/password_reset/confirm/MQ/abc-123/",
        "/admin/password_reset/complete/",
    ],
)
def test_wagtails_reset_pages_lead_to_allauth(client, path):
    response = client.get(path)
    assert response.status_code in (301, 302)
    assert response["Location"] == "/accounts/password/reset/"


def test_posting_to_wagtails_reset_form_sends_nothing(
    client, superuser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/password_reset/", {"email": superuser.email})
    assert response.status_code in (301, 302)
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_allauth_reset_is_throttled_per_address(
    client, victim, settings, django_capture_on_commit_callbacks
):
    from hub.settings import base  # the limits every environment but the tests uses

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(8):
            client.post("/accounts/password/reset/", {"email": victim.email})
    sent = OutboundEmail.objects.filter(to=victim.email, category="account:password_reset_key")
    assert 1 <= sent.count() <= 5
