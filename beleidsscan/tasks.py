"""Background work of the beleidsscan (Celery): thin wrappers around the services.

Task names are fixed strings: the beat schedule (hub/settings/schedule.py) uses them."""

from celery import shared_task

from beleidsscan.services import retention
from hub.queue import RETRY_ON_DATABASE_ERRORS


@shared_task(name="beleidsscan.tasks.apply_retention", **RETRY_ON_DATABASE_ERRORS)
def apply_retention():
    """Periodic (AVG): warn about scans unused for almost two years, delete those past it."""
    return retention.apply()
