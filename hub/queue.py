"""Enqueue Celery tasks safely: after commit, and without breaking the user's request.

If the broker is unreachable the error is logged and the request goes on; work that matters
(email) is kept in the database and picked up later by a sweeper.
"""

import logging

from django.db import transaction

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
