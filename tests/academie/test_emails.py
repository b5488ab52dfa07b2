"""Emails of the academy: written to the outbox only after commit, each sent once."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.utils import timezone

from academie import services, tasks
from academie.models import Certificate, Enrolment
from hub.models import OutboundEmail
from tests.academie.helpers import complete_course

pytestmark = pytest.mark.django_db


def test_enrolment_email_is_enqueued_only_after_commit(
    course, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.enrol(user, course.page, participant_name="Fatima", organisation="Zwolle")
        assert OutboundEmail.objects.count() == 0
    assert len(mail.outbox) == 0
    assert OutboundEmail.objects.count() == 0
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()
    assert OutboundEmail.objects.get().category == "academie:inschrijving"
    assert [m.to for m in mail.outbox] == [[user.email]]
    body = mail.outbox[0].body
    assert course.page.title in body
    assert f"{settings.SITE_URL}/academie/mijn/" in body


def test_no_email_when_the_enrolment_is_rolled_back(
    course, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                services.enrol(user, course.page, participant_name="F", organisation="Z")
                raise RuntimeError("opslaan mislukt")
        except RuntimeError:
            pass
    assert Enrolment.objects.count() == 0
    assert OutboundEmail.objects.count() == 0
    assert len(mail.outbox) == 0


def test_completion_email_with_certificate_link_after_commit(
    course, user, enrolment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        complete_course(enrolment, course)
    assert not OutboundEmail.objects.filter(category="academie:certificaat").exists()
    assert not Certificate.objects.get().pdf
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    certificate = Certificate.objects.get()
    assert certificate.pdf
    message = next(m for m in mail.outbox if "Gefeliciteerd" in m.subject)
    assert f"{settings.SITE_URL}/academie/certificaat/{certificate.code}/" in message.body
    assert f"{settings.SITE_URL}/academie/mijn/certificaten/{certificate.code}/pdf/" in message.body


def test_a_task_that_runs_twice_sends_once(course, user, enrolment):
    """The fixture's on-commit task never ran (tests do not commit): run it twice by hand."""
    assert tasks.send_enrolment_confirmed.apply(args=[enrolment.pk]).get() is True
    assert tasks.send_enrolment_confirmed.apply(args=[enrolment.pk]).get() is False
    assert OutboundEmail.objects.filter(category="academie:inschrijving").count() == 1


def make_certificate(user, valid_until, **fields):
    return Certificate.objects.create(
        code=services.new_certificate_code(),
        user=user,
        holder_name="Fatima Bakker",
        course_title="Intake en klachtbehandeling",
        hours=12,
        valid_until=valid_until,
        **fields,
    )


def test_reminder_before_a_certificate_expires_is_sent_once(user, other_user):
    today = timezone.localdate()
    soon = make_certificate(user, today + timedelta(days=10))
    make_certificate(user, today + timedelta(days=200))  # not yet
    make_certificate(user, today - timedelta(days=1))  # expired already
    make_certificate(user, None)  # never expires
    make_certificate(other_user, today + timedelta(days=5), revoked_at=timezone.now())
    make_certificate(None, today + timedelta(days=5))  # account deleted
    with transaction.atomic():
        assert tasks.send_certificate_expiry_reminders() == 1
    assert tasks.send_certificate_expiry_reminders() == 0
    soon.refresh_from_db()
    assert soon.reminder_sent_at is not None
    email = OutboundEmail.objects.get(category="academie:herinnering")
    assert email.to == user.email
    assert "verloopt binnenkort" in email.subject
    assert soon.code in email.body_text


def test_reminder_task_is_scheduled_with_celery_beat():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert any(
        entry["task"] == "academie.tasks.send_certificate_expiry_reminders"
        for entry in schedule.values()
    )
