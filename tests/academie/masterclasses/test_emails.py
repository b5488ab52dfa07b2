"""Masterclass emails go through the outbox: written with the registration, sent after
commit or by the sweeper when the broker was down, never twice. The .ics file parses and
uses Europe/Amsterdam; reminders go out once, two days before."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from academie import tasks
from academie.emails import calendar as ics
from academie.emails import masterclasses as masterclass_emails
from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import RegistrationRefused, attendance, participant_mail
from academie.services import registration as service
from hub.models import OutboundEmail
from hub.outbox import send_outbound_email, sweep_outbox
from tests.academie.masterclasses.fixtures import confirmed, form_data, register

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


# --------------------------------------------------------------------------- outbox


def test_with_the_broker_down_the_registration_commits_and_the_sweeper_sends_the_email(
    client, session, broker_down, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.ERROR, logger="hub.queue"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(session.url, form_data(session))
    assert response.status_code == 302  # the visitor notices nothing
    registration = MasterclassRegistration.objects.get()
    assert registration.status == Status.PENDING
    email = OutboundEmail.objects.get(to="fatima@gemeente.example")
    assert email.status == OutboundEmail.Status.PENDING
    assert "Could not enqueue task hub.tasks.send_outbound_email" in caplog.text
    assert len(mail.outbox) == 0

    # The broker is back; the sweeper picks up what is older than a minute.
    OutboundEmail.objects.filter(pk=email.pk).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    assert sweep_outbox.apply().get() == 1
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert [m.to for m in mail.outbox] == [["fatima@gemeente.example"]]
    assert "Bevestig uw aanmelding" in mail.outbox[0].subject


def test_the_emails_are_sent_after_commit(session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(session)
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        service.confirm(registration)
    confirmation = mail.outbox[1]
    assert confirmation.subject.startswith("U bent aangemeld: masterclass")
    filename, content, mimetype = confirmation.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"


def test_a_send_task_that_runs_twice_sends_the_email_once(session):
    register(session)
    email = OutboundEmail.objects.get()
    send_outbound_email.apply(args=[email.pk])
    send_outbound_email.apply(args=[email.pk])
    sweep_outbox.apply()
    assert len(mail.outbox) == 1


# --------------------------------------------------------------------------- calendar


def test_the_ics_parses_and_uses_europe_amsterdam(session):
    registration = confirmed(session, "fatima@gemeente.example")
    attachment = OutboundEmail.objects.get(category="masterclass:aangemeld").attachments[0]
    calendar = Calendar.from_ical(attachment["content"])
    [event] = calendar.walk("VEVENT")
    assert str(event["DTSTART"].params["TZID"]) == "Europe/Amsterdam"
    assert event.decoded("DTSTART") == session.starts_at
    assert event.decoded("DTEND") == session.ends_at
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Amsterdam"
    [timezone_component] = calendar.walk("VTIMEZONE")
    assert str(timezone_component["TZID"]) == "Europe/Amsterdam"
    assert calendar.get_missing_tzids() == set()
    assert "Goes" in str(event["SUMMARY"])
    assert "M.A. de Ruijterlaan 2" in str(event["LOCATION"])
    assert "/masterclasses/afmelden/" in str(event["DESCRIPTION"])
    assert registration.email not in attachment["content"]


def test_summer_sessions_keep_local_time(make_session):
    """A session at 12.30 in July is 10.30 UTC (CEST), in March 11.30 UTC (CET)."""
    session = make_session()
    session.date = session.date.replace(year=2027, month=7, day=6)
    assert session.starts_at.utcoffset() == timedelta(hours=2)
    calendar = Calendar.from_ical(ics.session_calendar(session))
    start = calendar.walk("VEVENT")[0].decoded("DTSTART")
    assert start.hour == 12 and start.minute == 30
    assert start.utcoffset() == timedelta(hours=2)


def test_add_to_calendar_links(session):
    links = dict(ics.calendar_links(session))
    assert "ctz=Europe%2FAmsterdam" in links["Google Agenda"]
    assert "T123000%2F" in links["Google Agenda"]
    assert "startdt=" in links["Outlook"] and "%2B01%3A00" in links["Outlook"]
    assert links["Apple Agenda en andere (.ics)"].endswith(f"{session.url}agenda/")


# --------------------------------------------------------------------------- every email


def test_every_email_before_the_session_has_a_signed_cancel_link(make_session):
    session = make_session(capacity=1)
    first = confirmed(session, "a@gemeente.example")
    confirmed(session, "b@gemeente.example")  # waitlist
    service.cancel(first)  # b is promoted
    promoted = MasterclassRegistration.objects.get(email="b@gemeente.example")
    MasterclassRegistration.objects.filter(pk=promoted.pk).update(
        promoted_at=timezone.now() - timedelta(days=1)
    )
    attendance.send_reminders(now=session.starts_at - timedelta(hours=47))
    participant_mail.mail_participants(
        session, audience="allen", subject="Route", message="Neem de trein."
    )
    categories = set()
    for email in OutboundEmail.objects.exclude(category="masterclass:afgemeld"):
        categories.add(email.category)
        assert "/masterclasses/afmelden/" in email.body_text, email.category
    assert categories == {
        "masterclass:bevestigen",
        "masterclass:aangemeld",
        "masterclass:wachtlijst",
        "masterclass:van-wachtlijst",
        "masterclass:herinnering",
        "masterclass:bericht",
    }
    cancelled = OutboundEmail.objects.get(category="masterclass:afgemeld")
    assert "U bent afgemeld" in cancelled.subject


# --------------------------------------------------------------------------- reminders


def test_the_reminder_goes_out_two_days_before_once(session):
    registration = confirmed(session, "a@gemeente.example")
    MasterclassRegistration.objects.filter(pk=registration.pk).update(
        confirmed_at=timezone.now() - timedelta(days=5)
    )
    register(session, email="onbevestigd@gemeente.example")  # no reminder: unconfirmed
    assert attendance.send_reminders(now=session.starts_at - timedelta(hours=60)) == 0
    assert attendance.send_reminders(now=session.starts_at - timedelta(hours=47)) == 1
    assert attendance.send_reminders(now=session.starts_at - timedelta(hours=46)) == 0
    [reminder] = OutboundEmail.objects.filter(category="masterclass:herinnering")
    assert reminder.to == "a@gemeente.example"
    assert reminder.subject.startswith("Herinnering: masterclass")
    assert reminder.attachments and "afmelden" in reminder.body_text


def test_the_reminder_task_run_twice_sends_once(session, monkeypatch):
    registration = confirmed(session, "a@gemeente.example")
    MasterclassRegistration.objects.filter(pk=registration.pk).update(
        confirmed_at=timezone.now() - timedelta(days=5)
    )
    moment = session.starts_at - timedelta(hours=40)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    assert tasks.send_masterclass_reminders.apply().get() == 1
    assert tasks.send_masterclass_reminders.apply().get() == 0
    assert OutboundEmail.objects.filter(category="masterclass:herinnering").count() == 1
    registration.refresh_from_db()
    assert registration.reminder_sent_at == moment


def test_no_reminder_for_a_seat_confirmed_just_now(session):
    confirmed(session, "a@gemeente.example")
    now = session.starts_at - timedelta(hours=30)
    registration = MasterclassRegistration.objects.get()
    MasterclassRegistration.objects.filter(pk=registration.pk).update(confirmed_at=now)
    assert attendance.send_reminders(now=now + timedelta(hours=1)) == 0
    assert attendance.send_reminders(now=now + timedelta(hours=13)) == 1


def test_the_expiry_task_is_safe_to_run_twice(session, settings):
    register(session)
    MasterclassRegistration.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert tasks.expire_masterclass_registrations.apply().get() == 1
    assert tasks.expire_masterclass_registrations.apply().get() == 0
    assert MasterclassRegistration.objects.get().status == Status.EXPIRED


def test_the_beat_schedule_runs_the_masterclass_tasks(settings):
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "academie.tasks.expire_masterclass_registrations",
        "academie.tasks.send_masterclass_reminders",
        "academie.tasks.anonymise_masterclass_registrations",
    } <= scheduled


# --------------------------------------------------------------------------- after the session


def test_thank_you_goes_to_those_present_with_slides_and_evaluation(make_session):
    session = make_session(days=3)
    present = confirmed(session, "a@gemeente.example")
    absent = confirmed(session, "b@gemeente.example")
    session.evaluation_url = "https://evaluatie.example.org/mc"
    session.save()
    with pytest.raises(RegistrationRefused):
        attendance.send_thank_you(session)  # not over yet
    type(session).objects.filter(pk=session.pk).update(
        date=timezone.localdate() - timedelta(days=1)
    )
    session.refresh_from_db()
    with pytest.raises(RegistrationRefused) as error:
        attendance.send_thank_you(session)
    assert "Meld eerst op de aanwezigheidslijst" in error.value.message
    attendance.mark_attendance(present, True)
    attendance.mark_attendance(absent, False)
    assert attendance.send_thank_you(session) == 1
    assert attendance.send_thank_you(session) == 0
    [thanks] = OutboundEmail.objects.filter(category="masterclass:bedankt")
    assert thanks.to == "a@gemeente.example"
    assert "https://evaluatie.example.org/mc" in thanks.body_text
    assert "/masterclasses/afmelden/" not in thanks.body_text


def test_the_confirmation_email_lists_programme_workshops_and_needs(make_series, make_session):
    session = make_session(page=make_series(workshops=True))
    workshop_round = session.page.workshop_rounds()[0]
    registration = register(
        session,
        needs="Ringleiding graag",
        workshop_choices={workshop_round.id: workshop_round.workshops[0].id},
    )
    service.confirm(registration)
    body = OutboundEmail.objects.get(category="masterclass:aangemeld").body_text
    assert "Workshopronde: Actieplan schrijven" in body
    assert "Ringleiding graag" in body
    assert "12.30 Lunch" in body
    assert "Google Agenda: https://calendar.google.com/" in body


def test_organiser_message_after_the_session_has_no_cancel_link(make_session):
    session = make_session(days=2)
    registration = confirmed(session, "a@gemeente.example")
    type(session).objects.filter(pk=session.pk).update(
        date=timezone.localdate() - timedelta(days=1)
    )
    registration.refresh_from_db()
    masterclass_emails.organiser_message(registration, "Na afloop", "Dank!")
    email = OutboundEmail.objects.get(category="masterclass:bericht")
    assert "Dank!" in email.body_text and "afmelden" not in email.body_text
