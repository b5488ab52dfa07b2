"""Sending email through the outbox (the rows: hub.models.outbox), with its Celery tasks.

`queue_email` is the only way site code sends email. It writes an OutboundEmail row inside
the caller's transaction and asks Celery to send it (`send_outbound_email`) once that
transaction commits; `sweep_outbox` (Celery beat) sends what is still due and
`purge_outbox` applies the retention.

Delivery is at-least-once with at most one duplicate (see `deliver`), and one bad row never
stops the others: whatever goes wrong while sending a row is written on that row.
"""

import logging
import smtplib
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from hub.models import OutboundEmail
from hub.queue import enqueue_on_commit

logger = logging.getLogger(__name__)

Status = OutboundEmail.Status

MAX_ATTEMPTS = 8
BASE_BACKOFF = timedelta(minutes=1)
# A row "wordt verzonden" for longer than this belongs to a worker that died mid-send.
SENDING_TIMEOUT = timedelta(minutes=10)


def header_text(value):
    """One line for an email header: CR, LF and other line breaks become spaces.

    A line break in a header is how header injection works (an extra Bcc: line); Django
    refuses such headers with BadHeaderError, so they are taken out when the row is written.
    """
    return " ".join(str(value or "").splitlines()).strip()


def queue_email(
    *,
    to,
    subject,
    body_text,
    body_html="",
    attachments=None,
    category="",
    from_email="",
    related=None,
    headers=None,
):
    """Store an email in the outbox and send it after the current transaction commits.

    `related` is the object that caused it (a registration, an enrolment, a user): the row
    is deleted together with that object's personal data. `headers` are extra header lines
    ({"List-Unsubscribe": "<https://...>"}), each made one line of text.
    """
    email = OutboundEmail(
        to=header_text(to),
        subject=header_text(subject)[:255],
        body_text=body_text,
        body_html=body_html,
        attachments=attachments or [],
        category=category,
        from_email=header_text(from_email),
        headers={header_text(name): header_text(value) for name, value in (headers or {}).items()},
    )
    if related is not None:
        email.related = related
    email.save()
    enqueue_on_commit(send_outbound_email, email.pk)
    return email


def queue_message(message, *, category="", related=None):
    """Queue a ready-made Django EmailMessage (e.g. one rendered by django-allauth)."""
    html = ""
    for content, mimetype in getattr(message, "alternatives", []) or []:
        if mimetype == "text/html":
            html = content
    return [
        queue_email(
            to=recipient,
            subject=message.subject,
            body_text=message.body,
            body_html=html,
            category=category,
            from_email=message.from_email or "",
            related=related,
        )
        for recipient in message.to
    ]


def build_message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email or settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        headers=dict(email.headers or {}),
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    return message


def is_permanent_failure(error):
    """A 5xx SMTP reply is permanent; 4xx replies and connection problems are worth a retry.
    Anything else (a broken row, a bug) would fail the same way again: permanent too."""
    if not isinstance(error, smtplib.SMTPException | OSError):
        return True
    code = getattr(error, "smtp_code", None)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in error.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    return code is not None and 500 <= code < 600


def _locked(email_id):
    return OutboundEmail.objects.select_for_update().filter(pk=email_id).first()


def _finish(email, now):
    """Account emails (and alert confirmations) carry secret links: once sent (or given up)
    their text goes."""
    if email.status in (Status.SENT, Status.FAILED) and email.carries_secret_link:
        email.purge_body(now)


def deliver(email_id):
    """Send one outbox row. Returns the row's status afterwards.

    1. Claim: in its own transaction the row goes from "pending" to "sending". A second
       worker with the same id (a task that runs twice, the sweeper racing the task) finds
       it claimed and does nothing.
    2. Send, holding no lock and no transaction open while the mail server talks.
    3. Record the outcome. Any exception marks this row (retry later, or failed with the
       reason); it never escapes to stop a sweep.

    A worker that dies between 2 and 3 leaves the row "sending"; `recover_interrupted`
    sends it once more, so an email arrives at least once and at most twice.
    """
    now = timezone.now()
    with transaction.atomic():
        email = _locked(email_id)
        if email is None:
            logger.warning("Outbox email %s does not exist", email_id)
            return None
        if email.status != Status.PENDING:
            return email.status
        email.status = Status.SENDING
        email.attempts += 1
        email.sending_since = now
        email.save(update_fields=["status", "attempts", "sending_since"])

    error = None
    try:
        build_message(email).send()
    except Exception as caught:  # noqa: BLE001 - every failure is written on the row
        error = caught

    now = timezone.now()
    with transaction.atomic():
        email = _locked(email_id)
        if email is None:  # deleted meanwhile (the person's data was erased)
            return None
        email.sending_since = None
        if error is None:
            email.status = Status.SENT
            email.sent_at = now
            email.last_error = ""
        else:
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            if is_permanent_failure(error) or email.attempts >= MAX_ATTEMPTS:
                email.status = Status.FAILED
                logger.error("Email %s failed permanently: %s", email.pk, email.last_error)
            else:
                email.status = Status.PENDING
                email.next_attempt_at = now + BASE_BACKOFF * 2 ** (email.attempts - 1)
                logger.warning("Email %s will be retried: %s", email.pk, email.last_error)
        _finish(email, now)
        email.save()
        return email.status


def recover_interrupted(now=None):
    """Rows left "sending" by a worker that died: send each once more, then give up.

    The mail server may have accepted the message before the worker died, so the next
    attempt can be a duplicate; a second interruption marks the row failed instead, so
    nobody ever gets the same email three times. Returns (requeued, failed).
    """
    now = now or timezone.now()
    requeued = failed = 0
    stale = OutboundEmail.objects.filter(
        status=Status.SENDING, sending_since__lt=now - SENDING_TIMEOUT
    ).values_list("pk", flat=True)
    for email_id in list(stale):
        with transaction.atomic():
            email = _locked(email_id)
            if email is None or email.status != Status.SENDING:
                continue
            email.sending_since = None
            if email.interrupted:
                email.status = Status.FAILED
                email.last_error = (
                    "Verzending twee keer onderbroken; de e-mail is misschien al aangekomen."
                )
                failed += 1
            else:
                email.status = Status.PENDING
                email.interrupted = True
                email.next_attempt_at = now
                email.last_error = "Verzending onderbroken; wordt nog één keer verstuurd."
                requeued += 1
            _finish(email, now)
            email.save()
    if requeued or failed:
        logger.warning("Outbox: %s interrupted emails requeued, %s failed", requeued, failed)
    return requeued, failed


def due_email_ids(limit=500):
    """Pending emails whose next attempt is due and that are older than a minute.

    The grace minute leaves fresh rows to the task that was enqueued for them.
    """
    now = timezone.now()
    return list(
        OutboundEmail.objects.filter(
            status=Status.PENDING,
            next_attempt_at__lte=now,
            created_at__lte=now - timedelta(minutes=1),
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def sweep(limit=500):
    """Send what is due; one row that cannot be handled never stops the others.
    Returns how many were sent."""
    recover_interrupted()
    sent = 0
    for email_id in due_email_ids(limit):
        try:
            if deliver(email_id) == Status.SENT:
                sent += 1
        except Exception:
            logger.exception("Outbox email %s could not be handled; continuing", email_id)
    return sent


def purge_old(now=None):
    """Retention: texts of sent and failed emails after OUTBOX_BODY_RETENTION_DAYS, whole
    rows after OUTBOX_RETENTION_DAYS. Returns (texts purged, rows deleted)."""
    now = now or timezone.now()
    done = (Status.SENT, Status.FAILED)
    body_cutoff = now - timedelta(days=settings.OUTBOX_BODY_RETENTION_DAYS)
    row_cutoff = now - timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    purged = OutboundEmail.objects.filter(
        status__in=done, created_at__lt=body_cutoff, body_purged_at__isnull=True
    ).update(body_text="", body_html="", attachments=[], headers={}, body_purged_at=now)
    deleted, _ = OutboundEmail.objects.filter(status__in=done, created_at__lt=row_cutoff).delete()
    return purged, deleted


# --------------------------------------------------------------------------- tasks


@shared_task(name="hub.tasks.send_outbound_email", acks_late=True)
def send_outbound_email(email_id):
    """Send one email from the outbox (idempotent: a sent row is never sent again)."""
    return deliver(email_id)


@shared_task(name="hub.tasks.sweep_outbox")
def sweep_outbox():
    """Send every pending email that is due: the safety net when the broker was down."""
    return sweep()


@shared_task(name="hub.tasks.purge_outbox")
def purge_outbox():
    """Retention of the outbox: texts after a week, rows after half a year (settings)."""
    return purge_old()
