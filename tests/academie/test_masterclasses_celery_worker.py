"""A real Celery worker against Redis sends the masterclass emails from the outbox: the
request to confirm, then the confirmation with the .ics file.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import os
import time

import pytest
from django.core import mail

from academie.services import registration as service
from hub import celery_app

pytestmark = pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"),
    reason="CELERY_BROKER_URL is not set: no broker to run a real worker against",
)


def wait_for(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_the_registration_emails(make_session):
    from celery.contrib.testing.worker import start_worker

    session = make_session()
    celery_app.conf.task_always_eager = False
    queue_name = f"test-masterclass-{os.getpid()}-{time.time_ns()}"
    celery_app.conf.task_default_queue = queue_name
    try:
        with start_worker(
            celery_app, perform_ping_check=False, queues=[queue_name], shutdown_timeout=10
        ):
            registration, _created = service.register(
                session, name="Fatima Bakker", email="fatima@gemeente.example"
            )
            assert wait_for(lambda: any("Bevestig" in m.subject for m in mail.outbox))
            service.confirm(registration)
            assert wait_for(lambda: any("U bent aangemeld" in m.subject for m in mail.outbox))
    finally:
        celery_app.conf.task_always_eager = True
        celery_app.conf.task_default_queue = "celery"
    confirmation = next(m for m in mail.outbox if "U bent aangemeld" in m.subject)
    assert confirmation.to == ["fatima@gemeente.example"]
    assert confirmation.attachments[0][0].endswith(".ics")
