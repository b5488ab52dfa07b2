"""Sending email through the outbox (see hub.models.outbox).

`queue_email` is the only way site code sends email. It writes an OutboundEmail row inside
the caller's transaction and asks Celery to send it once that transaction commits.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from hub.models import OutboundEmail
from hub.queue import enqueue_on_commit

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_BACKOFF = timedelta(minutes=1)


def queue_email(
    *, to, subject, body_text, body_html="", attachments=None, category="", from_email=""
):
    """Store an email in the outbox and send it after the current transaction commits."""
    email = OutboundEmail.objects.create(
        to=to,
        subject=subject[:255],
        body_text=body_text,
        body_html=body_html,
        attachments=attachments or [],
        category=category,
        from_email=from_email,
    )
    from hub.tasks import send_outbound_email

    enqueue_on_commit(send_outbound_email, email.pk)
    return email


def queue_message(message, *, category=""):
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
        )
        for recipient in message.to
    ]


def build_message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email or settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    return message


def is_permanent_failure(error):
    """A 5xx SMTP reply is permanent; 4xx replies and connection problems are worth a retry."""
    code = getattr(error, "smtp_code", None)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in error.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    return code is not None and 500 <= code < 600


def deliver(email_id):
    """Send one outbox row, at most once.

    The row is locked while it is sent, so two workers that get the same id (a task that
    runs twice, or the sweeper racing the task) cannot both send it.
    Returns the row's status afterwards.
    """
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            logger.warning("Outbox email %s does not exist", email_id)
            return None
        if email.status != OutboundEmail.Status.PENDING:
            return email.status
        email.attempts += 1
        try:
            build_message(email).send()
        except (smtplib.SMTPException, OSError) as error:
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            if is_permanent_failure(error) or email.attempts >= MAX_ATTEMPTS:
                email.status = OutboundEmail.Status.FAILED
                logger.error("Email %s failed permanently: %s", email.pk, email.last_error)
            else:
                email.next_attempt_at = timezone.now() + BASE_BACKOFF * 2 ** (email.attempts - 1)
                logger.warning("Email %s will be retried: %s", email.pk, email.last_error)
        else:
            email.status = OutboundEmail.Status.SENT
            email.sent_at = timezone.now()
            email.last_error = ""
        email.save(update_fields=["status", "attempts", "last_error", "next_attempt_at", "sent_at"])
        return email.status


def due_email_ids(limit=500):
    """Pending emails whose next attempt is due and that are older than a minute.

    The grace minute leaves fresh rows to the task that was enqueued for them.
    """
    now = timezone.now()
    return list(
        OutboundEmail.objects.filter(
            status=OutboundEmail.Status.PENDING,
            next_attempt_at__lte=now,
            created_at__lte=now - timedelta(minutes=1),
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
