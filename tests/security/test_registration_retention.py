"""Review item 8: emails go with the registration that caused them, and people who never
confirmed are forgotten within days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academie.models import MasterclassRegistration, MasterclassSession, RegistrationStatus
from academie.services import attendance, retention, seats
from academie.services import registration as service
from hub.models import OutboundEmail
from tests.academie.masterclasses.fixtures import confirmed, register

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


def move_session(session, days):
    MasterclassSession.objects.filter(pk=session.pk).update(
        date=timezone.localdate() + timedelta(days=days)
    )
    session.refresh_from_db()
    return session


def test_a_thank_you_sent_after_the_session_goes_with_the_anonymisation(session):
    person = confirmed(session, "deelnemer@gemeente.example", name="Sanne de Vries")
    move_session(session, -1)
    MasterclassRegistration.objects.filter(pk=person.pk).update(attended=True)
    attendance.send_thank_you(session)
    thanks = OutboundEmail.objects.get(category="masterclass:bedankt")
    assert thanks.related == person

    move_session(session, -400)  # much later; the thank-you is younger than the cutoff
    assert retention.anonymise_old_registrations() == 1
    assert not OutboundEmail.objects.filter(to="deelnemer@gemeente.example").exists()


def test_emails_of_another_registration_of_the_same_address_stay(make_session):
    old = make_session(city="Deventer")
    new = make_session(city="Goes", days=10)
    confirmed(old, "dezelfde@gemeente.example")
    confirmed(new, "dezelfde@gemeente.example")
    move_session(old, -400)
    retention.anonymise_old_registrations()
    left = OutboundEmail.objects.filter(to="dezelfde@gemeente.example")
    assert left.exists()
    assert {email.related.session_id for email in left} == {new.pk}


def test_never_confirmed_registrations_are_forgotten_days_after_their_hold(session):
    now = timezone.now()
    expired = register(session, email="nooit@example.org", name="Nooit Bevestigd", needs="Rolstoel")
    cancelled = register(session, email="weg@example.org", name="Toch Niet")
    service.cancel(cancelled)
    kept = confirmed(session, "wel@gemeente.example", name="Wel Bevestigd")
    seats.expire_unconfirmed(now=expired.expires_at + timedelta(seconds=1))

    assert retention.purge_never_confirmed(now=now + timedelta(days=1)) == 0
    assert retention.purge_never_confirmed(now=now + timedelta(days=4)) == 2

    for registration in (expired, cancelled):
        registration.refresh_from_db()
        assert registration.name == registration.email == registration.needs == ""
        assert registration.anonymised_at is not None
    kept.refresh_from_db()
    assert kept.name == "Wel Bevestigd" and kept.anonymised_at is None
    assert set(OutboundEmail.objects.values_list("to", flat=True)) == {"wel@gemeente.example"}


def test_the_daily_task_purges_never_confirmed_registrations(session):
    from academie import tasks

    person = register(session, email="nooit@example.org")
    MasterclassRegistration.objects.filter(pk=person.pk).update(
        status=Status.EXPIRED, expires_at=timezone.now() - timedelta(days=5)
    )
    assert tasks.anonymise_masterclass_registrations.apply().get() == 1
    person.refresh_from_db()
    assert person.email == ""
