"""A real Celery worker against Redis sends an email from the outbox.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import pytest
from django.core import mail

from hub.models import OutboundEmail
from tests.celery_worker import needs_broker, real_worker, wait_for

pytestmark = needs_broker


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_queued_email():
    from hub.outbox import queue_email

    with real_worker("outbox"):
        email = queue_email(to="worker@example.org", subject="Via de worker", body_text="Hallo")

        def sent():
            email.refresh_from_db()
            return email.status == OutboundEmail.Status.SENT

        wait_for(sent, timeout=20)
    assert email.status == OutboundEmail.Status.SENT
    assert [m.subject for m in mail.outbox] == ["Via de worker"]
