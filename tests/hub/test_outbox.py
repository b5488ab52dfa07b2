"""Email goes through the outbox: written in the transaction, sent after commit, never twice."""

import logging
import smtplib
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from hub.models import OutboundEmail
from hub.outbox import deliver, purge_old, queue_email, send_outbound_email, sweep_outbox


def make_email(**kwargs):
    defaults = {"to": "a@example.org", "subject": "Onderwerp", "body_text": "Tekst"}
    return queue_email(**{**defaults, **kwargs})


@pytest.mark.django_db
def test_email_is_sent_only_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = make_email()
    assert len(mail.outbox) == 0
    assert len(callbacks) == 1
    callbacks[0]()
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_nothing_is_sent_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                make_email()
                raise RuntimeError("registratie mislukt")
        except RuntimeError:
            pass
    assert OutboundEmail.objects.count() == 0
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_a_task_that_runs_twice_sends_once():
    email = OutboundEmail.objects.create(to="b@example.org", subject="S", body_text="T")
    send_outbound_email.apply(args=[email.pk])
    send_outbound_email.apply(args=[email.pk])
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_attachments_and_html_are_sent():
    email = OutboundEmail.objects.create(
        to="c@example.org",
        subject="S",
        body_text="T",
        body_html="<p>T</p>",
        attachments=[
            {"filename": "sessie.ics", "content": "BEGIN:VCALENDAR", "mimetype": "text/calendar"}
        ],
    )
    deliver(email.pk)
    sent = mail.outbox[0]
    assert sent.alternatives[0][1] == "text/html"
    assert sent.attachments[0][0] == "sessie.ics"


@pytest.mark.django_db
def test_extra_headers_are_sent_on_one_line_and_go_with_the_text():
    email = make_email(
        headers={
            "List-Unsubscribe": "<https://kennishub.example/meldingen/afmelden/x/>\r\nBcc: x@y",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    )
    assert email.headers["List-Unsubscribe"].endswith("/x/> Bcc: x@y")
    deliver(email.pk)
    raw = mail.outbox[0].message().as_string()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert "\nBcc:" not in raw
    OutboundEmail.objects.filter(pk=email.pk).update(created_at=timezone.now() - timedelta(days=30))
    purge_old()
    email.refresh_from_db()
    assert email.headers == {} and email.body_text == ""


@pytest.mark.django_db
def test_temporary_smtp_failure_is_retried_later(caplog):
    email = OutboundEmail.objects.create(to="d@example.org", subject="S", body_text="T")
    error = smtplib.SMTPResponseException(451, b"Probeer later opnieuw")
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=error):
        assert deliver(email.pk) == "pending"
    email.refresh_from_db()
    assert email.attempts == 1
    assert "451" in email.last_error
    assert email.next_attempt_at > email.created_at


@pytest.mark.django_db
def test_permanent_smtp_failure_is_marked_failed():
    email = OutboundEmail.objects.create(to="e@example.org", subject="S", body_text="T")
    error = smtplib.SMTPRecipientsRefused({"e@example.org": (550, b"Onbekende ontvanger")})
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=error):
        assert deliver(email.pk) == "failed"


@pytest.mark.django_db
def test_sweeper_sends_stuck_emails():
    from django.utils import timezone

    old = timezone.now() - timedelta(minutes=10)
    stuck = OutboundEmail.objects.create(
        to="f@example.org", subject="S", body_text="T", created_at=old
    )
    fresh = OutboundEmail.objects.create(to="g@example.org", subject="S", body_text="T")
    assert sweep_outbox.apply().get() == 1
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert stuck.status == "sent"
    assert fresh.status == "pending"  # left to its own task


@pytest.mark.django_db
def test_broker_down_keeps_the_email_and_logs(
    broker_down, django_capture_on_commit_callbacks, caplog
):
    """With the broker unreachable, the caller's transaction commits and the failure is logged."""
    with caplog.at_level(logging.ERROR, logger="hub.queue"):
        with django_capture_on_commit_callbacks(execute=True):
            email = make_email(to="h@example.org")
    email.refresh_from_db()
    assert email.status == "pending"
    assert "Could not enqueue task hub.tasks.send_outbound_email" in caplog.text
    assert len(mail.outbox) == 0

    # When the broker is back, the sweeper sends it.
    OutboundEmail.objects.filter(pk=email.pk).update(
        created_at=email.created_at - timedelta(minutes=5)
    )
    sweep_outbox.apply()
    email.refresh_from_db()
    assert email.status == "sent"
    assert len(mail.outbox) == 1
