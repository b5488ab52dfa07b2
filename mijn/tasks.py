"""Periodic tasks of alerts (thin wrappers with fixed names; schedule in
hub/settings/schedule.py)."""

from celery import shared_task


@shared_task(name="mijn.tasks.send_alert_digests")
def send_alert_digests():
    """The weekly email of every alert that has not had this week yet (idempotent)."""
    from mijn.services.alerts import send_due

    return send_due()


@shared_task(name="mijn.tasks.purge_unconfirmed_alerts")
def purge_unconfirmed_alerts():
    """Visitors' alerts never confirmed go once their confirmation link has expired."""
    from mijn.services.alerts import purge_unconfirmed

    return purge_unconfirmed()
