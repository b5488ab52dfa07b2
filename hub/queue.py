"""Enqueue Celery tasks safely: after commit, and without breaking the user's request.

If the broker is unreachable the error is logged and the request goes on; work that matters
(email) is kept in the database and picked up later by a sweeper.
"""

import logging

from django.db import OperationalError, transaction

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args, **kwargs):
    """Send `task` to the broker once the current transaction commits."""

    def send():
        try:
            task.apply_async(args=args, kwargs=kwargs)
        except Exception:
            logger.exception(
                "Could not enqueue task %s%r; it will be picked up later", task.name, args
            )

    transaction.on_commit(send, robust=True)


# Celery options for tasks that talk to the database: a database or network hiccup is retried
# with backoff (at most 6 times, up to 10 minutes apart); the task is acknowledged only when
# it has run, so a worker that dies hands it to another.
RETRY_ON_DATABASE_ERRORS = {
    "autoretry_for": (OperationalError, OSError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 6,
    "acks_late": True,
}
