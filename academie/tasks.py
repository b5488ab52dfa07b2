"""Background work of the academy (Celery): thin wrappers around the services, which hold the
rules. Every task gets ids, is enqueued after commit (hub.queue.enqueue_on_commit) and is
safe to run twice: a row lock plus a "sent" timestamp make sure each email is queued once.
Sending itself goes through the outbox (hub.outbox), which retries temporary SMTP failures.

The task names are fixed: the beat schedule (hub/settings) and messages already on the queue
use them.

The emails about enrolments and certificates are written to the outbox by the services
themselves, in the transaction of the change (so a broker that is down loses nothing).
The send_enrolment_* and notify_managers tasks remain for messages that earlier versions put
on the queue; with the email already queued they do nothing."""

import logging

from celery import shared_task

from academie.models import Enrolment
from academie.services import attendance, certificates, enrolment, retention, seats
from hub.queue import RETRY_ON_DATABASE_ERRORS

logger = logging.getLogger(__name__)

RETRY = RETRY_ON_DATABASE_ERRORS
# Tasks that a service enqueues itself live next to that service (registered here by import).
finish_certificate = certificates.finish_certificate_task


@shared_task(name="academie.tasks.send_enrolment_confirmed", **RETRY)
def send_enrolment_confirmed(enrolment_id):
    return enrolment.queue_status_email(enrolment_id, Enrolment.Status.ACTIVE)


@shared_task(name="academie.tasks.send_enrolment_refused", **RETRY)
def send_enrolment_refused(enrolment_id):
    return enrolment.queue_status_email(enrolment_id, Enrolment.Status.REFUSED)


@shared_task(name="academie.tasks.notify_managers_of_request", **RETRY)
def notify_managers_of_request(enrolment_id):
    return enrolment.notify_managers_of_request(enrolment_id)


@shared_task(name="academie.tasks.send_certificate_expiry_reminders")
def send_certificate_expiry_reminders():
    """Periodic (Celery beat): remind holders whose certificate expires soon, once."""
    sent = certificates.send_expiry_reminders()
    if sent:
        logger.info("Sent %s certificate expiry reminders", sent)
    return sent


# --------------------------------------------------------------------------- masterclasses


@shared_task(name="academie.tasks.expire_masterclass_registrations", **RETRY)
def expire_masterclass_registrations():
    """Periodic: unconfirmed registrations past their deadline free their seat."""
    return seats.expire_unconfirmed()


@shared_task(name="academie.tasks.send_masterclass_reminders", **RETRY)
def send_masterclass_reminders():
    """Periodic: remind confirmed participants two days before their session, once."""
    sent = attendance.send_reminders()
    if sent:
        logger.info("Queued %s masterclass reminders", sent)
    return sent


@shared_task(name="academie.tasks.anonymise_masterclass_registrations", **RETRY)
def anonymise_masterclass_registrations():
    """Periodic (AVG): anonymise participants of sessions older than the retention period,
    and people who never confirmed their registration a few days after their hold ended."""
    return retention.anonymise_old_registrations() + retention.purge_never_confirmed()
