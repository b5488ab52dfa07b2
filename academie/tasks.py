"""Background work of the academy (Celery). Every task gets ids, is enqueued after commit
(hub.queue.enqueue_on_commit) and is safe to run twice: a row lock plus a "sent" timestamp
make sure each email is queued once. Sending itself goes through the outbox (hub.mail),
which retries temporary SMTP failures.

The emails about enrolments and certificates are written to the outbox by the services
themselves, in the transaction of the change (so a broker that is down loses nothing).
The send_enrolment_* and notify_managers tasks remain for messages that earlier versions put
on the queue; with the email already queued they do nothing."""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import OperationalError, transaction
from django.utils import timezone

from academie import conf
from academie.emails import courses as emails
from academie.models import Certificate, Enrolment

logger = logging.getLogger(__name__)

RETRY = {
    "autoretry_for": (OperationalError, OSError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 6,
    "acks_late": True,
}


def _locked(model, pk):
    return (
        model.objects.select_for_update(of=("self",)).select_related("user").filter(pk=pk).first()
    )


@shared_task(name="academie.tasks.send_enrolment_confirmed", **RETRY)
def send_enrolment_confirmed(enrolment_id):
    from academie.services.enrolment import queue_enrolment_email

    with transaction.atomic():
        enrolment = _locked(Enrolment, enrolment_id)
        if enrolment is None or enrolment.status != Enrolment.Status.ACTIVE:
            return False
        return queue_enrolment_email(enrolment)


@shared_task(name="academie.tasks.send_enrolment_refused", **RETRY)
def send_enrolment_refused(enrolment_id):
    from academie.services.enrolment import queue_enrolment_email

    with transaction.atomic():
        enrolment = _locked(Enrolment, enrolment_id)
        if enrolment is None or enrolment.status != Enrolment.Status.REFUSED:
            return False
        return queue_enrolment_email(enrolment)


@shared_task(name="academie.tasks.notify_managers_of_request", **RETRY)
def notify_managers_of_request(enrolment_id):
    enrolment = (
        Enrolment.objects.select_related("course")
        .filter(pk=enrolment_id, status=Enrolment.Status.REQUESTED)
        .first()
    )
    if enrolment is None:
        return 0
    with transaction.atomic():
        return len(emails.managers_new_request(enrolment))


@shared_task(name="academie.tasks.finish_certificate", **RETRY)
def finish_certificate(certificate_id):
    """Render the certificate PDF (if missing); email the holder the link if that was not
    done when the certificate was issued (certificates of earlier versions)."""
    from academie.pdf import ensure_pdf

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return False
    ensure_pdf(certificate)
    with transaction.atomic():
        certificate = _locked(Certificate, certificate_id)
        if certificate is None or certificate.user is None or certificate.completion_email_sent_at:
            return False
        emails.course_completed(certificate)
        certificate.completion_email_sent_at = timezone.now()
        certificate.save(update_fields=["completion_email_sent_at"])
    return True


def expiring_certificates(today=None):
    """Valid certificates that end within the reminder period and were not reminded yet."""
    today = today or timezone.localdate()
    return Certificate.objects.filter(
        valid_until__isnull=False,
        valid_until__gte=today,
        valid_until__lte=today + timedelta(days=conf.reminder_days()),
        reminder_sent_at__isnull=True,
        revoked_at__isnull=True,
        user__isnull=False,
    )


@shared_task(name="academie.tasks.send_certificate_expiry_reminders")
def send_certificate_expiry_reminders():
    """Periodic (Celery beat): remind holders whose certificate expires soon. Sends each
    reminder once, also when two beats overlap."""
    sent = 0
    for certificate_id in expiring_certificates().values_list("pk", flat=True)[:1000]:
        with transaction.atomic():
            certificate = _locked(Certificate, certificate_id)
            if certificate is None or certificate.reminder_sent_at or certificate.user is None:
                continue
            emails.certificate_expiring(certificate)
            certificate.reminder_sent_at = timezone.now()
            certificate.save(update_fields=["reminder_sent_at"])
            sent += 1
    if sent:
        logger.info("Sent %s certificate expiry reminders", sent)
    return sent


# --------------------------------------------------------------------------- masterclasses
# The rules (and the row locks that make each email go out once) live in
# academie.services.registration; these periodic tasks only call them.


@shared_task(name="academie.tasks.expire_masterclass_registrations", **RETRY)
def expire_masterclass_registrations():
    """Periodic: unconfirmed registrations past their deadline free their seat."""
    from academie.services import registration

    return registration.expire_unconfirmed()


@shared_task(name="academie.tasks.send_masterclass_reminders", **RETRY)
def send_masterclass_reminders():
    """Periodic: remind confirmed participants two days before their session, once."""
    from academie.services import registration

    sent = registration.send_reminders()
    if sent:
        logger.info("Queued %s masterclass reminders", sent)
    return sent


@shared_task(name="academie.tasks.anonymise_masterclass_registrations", **RETRY)
def anonymise_masterclass_registrations():
    """Periodic (AVG): anonymise participants of sessions older than the retention period,
    and people who never confirmed their registration a few days after their hold ended."""
    from academie.services import registration

    return registration.anonymise_old_registrations() + registration.purge_never_confirmed()
