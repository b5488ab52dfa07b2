"""A real Celery worker against Redis, for the tests that let it do the background work.

Those tests run when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run) and are
skipped otherwise: mark them with `needs_broker`.
"""

import os
import time
from contextlib import contextmanager

import pytest

from hub import celery_app

needs_broker = pytest.mark.skipif(
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


@contextmanager
def real_worker(name):
    """Inside the block a worker runs the tasks, on a queue of its own ("test-<name>-...");
    they are no longer run eagerly in the test."""
    from celery.contrib.testing.worker import start_worker

    celery_app.conf.task_always_eager = False
    queue_name = f"test-{name}-{os.getpid()}-{time.time_ns()}"
    celery_app.conf.task_default_queue = queue_name
    try:
        with start_worker(
            celery_app, perform_ping_check=False, queues=[queue_name], shutdown_timeout=10
        ):
            yield
    finally:
        celery_app.conf.task_always_eager = True
        celery_app.conf.task_default_queue = "celery"
