"""Emails of the academy: written to the outbox with the change that causes them (so a
broker that is down loses nothing), sent after commit or by the sweeper, each once."""

import logging
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.utils import timezone

from academie import services, tasks
from academie.models import Certificate, Enrolment
from hub.models import OutboundEmail
from hub.outbox import sweep_outbox
from tests.academie.courses.helpers import complete_course

pytestmark = pytest.mark.django_db


def test_enrolment_email_is_written_with_the_enrolment_and_sent_after_commit(
    course, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.enrol(user, course.page, participant_name="Fatima", organisation="Zwolle")
    email = OutboundEmail.objects.get()
    assert (email.category, email.status) == ("academie:inschrijving", OutboundEmail.Status.PENDING)
    assert len(mail.outbox) == 0  # nothing leaves before the commit
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
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
    email = OutboundEmail.objects.get(category="academie:certificaat")
    assert email.status == OutboundEmail.Status.PENDING
    assert not Certificate.objects.get().pdf  # made by the task after commit
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    certificate = Certificate.objects.get()
    assert certificate.pdf
    messages = [m for m in mail.outbox if "Gefeliciteerd" in m.subject]
    assert len(messages) == 1
    message = messages[0]
    assert f"{settings.SITE_URL}/academie/certificaat/{certificate.code}/" in message.body
    assert f"{settings.SITE_URL}/academie/mijn/certificaten/{certificate.code}/pdf/" in message.body


def test_a_task_queued_by_an_earlier_version_sends_nothing_twice(course, user, enrolment):
    """Earlier versions queued the email from a task; such a task, still on the queue after
    an update, finds the email already queued (and so does a second run)."""
    assert tasks.send_enrolment_confirmed.apply(args=[enrolment.pk]).get() is False
    Enrolment.objects.filter(pk=enrolment.pk).update(confirmation_sent_at=None)
    OutboundEmail.objects.all().delete()
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


# --------------------------------------------------------------------------- broker down


def sweep_later():
    """The broker is back; the sweeper sends what is pending and older than a minute."""
    OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    return sweep_outbox.apply().get()


def test_with_the_broker_down_the_enrolment_commits_and_the_sweeper_sends_the_email(
    client, course, user, broker_down, django_capture_on_commit_callbacks, caplog
):
    client.force_login(user)
    with caplog.at_level(logging.ERROR, logger="hub.queue"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                course.page.url, {"participant_name": "Fatima", "organisation": "Zwolle"}
            )
    assert response.status_code == 302  # the participant notices nothing
    assert Enrolment.objects.get().status == Enrolment.Status.ACTIVE
    email = OutboundEmail.objects.get(to=user.email)
    assert (email.category, email.status) == ("academie:inschrijving", OutboundEmail.Status.PENDING)
    assert "Could not enqueue task hub.tasks.send_outbound_email" in caplog.text
    assert len(mail.outbox) == 0

    assert sweep_later() == 1
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "U bent ingeschreven" in mail.outbox[0].subject


def test_with_the_broker_down_approval_and_refusal_emails_wait_in_the_outbox(
    make_course, user, other_user, enrol, superuser, broker_down, django_capture_on_commit_callbacks
):
    course = make_course(requires_approval=True)
    with django_capture_on_commit_callbacks(execute=True):
        approved = enrol(user, course)
        refused = enrol(other_user, course)
        services.approve(approved, by=superuser)
        services.refuse(refused, by=superuser, reason="Vol")
    categories = sorted(OutboundEmail.objects.values_list("to", "category"))
    assert categories == sorted(
        [
            (user.email, "academie:inschrijving"),
            (other_user.email, "academie:afwijzing"),
        ]
    )  # no managers in this test, so no request emails
    assert len(mail.outbox) == 0
    assert sweep_later() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([user.email, other_user.email])


def test_with_the_broker_down_the_certificate_email_is_sent_later_and_the_pdf_made_on_download(
    client, course, user, enrolment, broker_down, django_capture_on_commit_callbacks
):
    OutboundEmail.objects.all().delete()  # the enrolment's own email
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(enrolment, course)
    certificate = Certificate.objects.get()
    assert not certificate.pdf  # the PDF task could not be queued either
    email = OutboundEmail.objects.get(category="academie:certificaat")
    assert email.status == OutboundEmail.Status.PENDING and email.to == user.email

    assert sweep_later() == 1
    message = mail.outbox[-1]
    assert "Gefeliciteerd" in message.subject
    download = certificate.get_download_path()
    assert download in message.body
    client.force_login(user)
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"%PDF"
