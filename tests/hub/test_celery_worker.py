"""A real Celery worker against Redis sends an email from the outbox.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import os
import time

import pytest
from django.core import mail

from hub import celery_app
from hub.models import OutboundEmail

pytestmark = pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"),
    reason="CELERY_BROKER_URL is not set: no broker to run a real worker against",
)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_queued_email():
    from celery.contrib.testing.worker import start_worker

    from hub.outbox import queue_email

    celery_app.conf.task_always_eager = False
    queue_name = f"test-{os.getpid()}-{time.time_ns()}"
    celery_app.conf.task_default_queue = queue_name
    try:
        with start_worker(
            celery_app, perform_ping_check=False, queues=[queue_name], shutdown_timeout=10
        ):
            email = queue_email(to="worker@example.org", subject="Via de worker", body_text="Hallo")
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                email.refresh_from_db()
                if email.status == OutboundEmail.Status.SENT:
                    break
                time.sleep(0.1)
    finally:
        celery_app.conf.task_always_eager = True
        celery_app.conf.task_default_queue = "celery"
    assert email.status == OutboundEmail.Status.SENT
    assert [m.subject for m in mail.outbox] == ["Via de worker"]
