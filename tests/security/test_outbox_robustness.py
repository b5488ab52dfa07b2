"""Review item 7: one bad email never stops the outbox, and a crash sends at most one
duplicate.
"""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from hub.models import OutboundEmail
from hub.outbox import deliver, queue_email, sweep

pytestmark = pytest.mark.django_db

Status = OutboundEmail.Status


def due(email):
    """Make a row old enough for the sweeper (it leaves fresh rows to their own task)."""
    OutboundEmail.objects.filter(pk=email.pk).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )


def test_line_breaks_in_a_subject_are_removed_when_queued():
    email = queue_email(
        to="a@example.org\r\n",
        subject="Aanmelding\r\nBcc: iedereen@example.org",
        body_text="Tekst",
        from_email="Kennishub\n <noreply@kennishub.example>",
    )
    assert email.subject == "Aanmelding Bcc: iedereen@example.org"
    assert email.to == "a@example.org"
    assert "\n" not in email.from_email
    assert deliver(email.pk) == Status.SENT
    assert mail.outbox[-1].extra_headers == {}


def test_a_row_that_cannot_be_sent_is_marked_failed_and_the_sweep_goes_on():
    broken = OutboundEmail.objects.create(to="a@example.org", subject="Kapot\nBcc: x", body_text="")
    weird = OutboundEmail.objects.create(
        to="b@example.org", subject="Bijlage", body_text="t", attachments=[{"naam": "x"}]
    )
    fine = OutboundEmail.objects.create(to="c@example.org", subject="Goed", body_text="t")
    for email in (broken, weird, fine):
        due(email)

    assert sweep() == 1

    broken.refresh_from_db()
    weird.refresh_from_db()
    assert broken.status == Status.FAILED and "BadHeaderError" in broken.last_error
    assert weird.status == Status.FAILED and "KeyError" in weird.last_error
    assert [m.subject for m in mail.outbox] == ["Goed"]


class WorkerDied(BaseException):
    """What a killed worker looks like from inside: not an Exception, nothing catches it."""


def send_then_die(self, *args, **kwargs):
    mail.outbox.append(self)  # the mail server accepted the message ...
    raise WorkerDied  # ... and then the process was killed


def test_a_crash_after_the_mail_server_accepted_sends_at_most_one_duplicate():
    email = OutboundEmail.objects.create(to="a@example.org", subject="Eén keer", body_text="t")
    with mock.patch.object(EmailMultiAlternatives, "send", send_then_die):
        with pytest.raises(WorkerDied):
            deliver(email.pk)
    email.refresh_from_db()
    assert email.status == Status.SENDING  # claimed, outcome unknown
    assert deliver(email.pk) == Status.SENDING  # another worker leaves it alone
    assert sweep() == 0  # not stale yet: the first worker may still be talking

    stale = timezone.now() - timedelta(minutes=30)
    OutboundEmail.objects.filter(pk=email.pk).update(sending_since=stale, created_at=stale)
    with mock.patch.object(EmailMultiAlternatives, "send", send_then_die):
        with pytest.raises(WorkerDied):
            sweep()  # the one retry, killed as well
    OutboundEmail.objects.filter(pk=email.pk).update(sending_since=stale)
    sweep()

    email.refresh_from_db()
    assert email.status == Status.FAILED and email.interrupted
    assert "misschien al aangekomen" in email.last_error
    assert len(mail.outbox) == 2  # the original and at most one duplicate


def test_an_interrupted_send_is_retried_once_and_then_sent():
    email = OutboundEmail.objects.create(
        to="a@example.org",
        subject="S",
        body_text="t",
        status=Status.SENDING,
        sending_since=timezone.now() - timedelta(minutes=30),
        created_at=timezone.now() - timedelta(minutes=30),
    )
    assert sweep() == 1
    email.refresh_from_db()
    assert email.status == Status.SENT and email.interrupted
    assert len(mail.outbox) == 1
