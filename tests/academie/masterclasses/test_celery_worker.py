"""A real Celery worker against Redis sends the masterclass emails from the outbox: the
request to confirm, then the confirmation with the .ics file.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import pytest
from django.core import mail

from academie.services import registration as service
from tests.celery_worker import needs_broker, real_worker, wait_for

pytestmark = needs_broker


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_the_registration_emails(make_session):
    session = make_session()
    with real_worker("masterclass"):
        registration, _created = service.register(
            session, name="Fatima Bakker", email="fatima@gemeente.example"
        )
        assert wait_for(lambda: any("Bevestig" in m.subject for m in mail.outbox))
        service.confirm(registration)
        assert wait_for(lambda: any("U bent aangemeld" in m.subject for m in mail.outbox))
    confirmation = next(m for m in mail.outbox if "U bent aangemeld" in m.subject)
    assert confirmation.to == ["fatima@gemeente.example"]
    assert confirmation.attachments[0][0].endswith(".ics")
