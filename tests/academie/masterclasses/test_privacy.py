"""Privacy (AVG): participants of old sessions are anonymised by a scheduled task and the
numbers stay; participants can download their registrations and deleting an account
cancels and anonymises them."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from academie import tasks
from academie.models import MasterclassRegistration, MasterclassSession, RegistrationStatus
from academie.services import participant_mail, retention
from academie.services import registration as service
from hub.models import OutboundEmail
from tests.academie.factories import TEST_PASSWORD, make_user
from tests.academie.masterclasses.fixtures import confirmed
from tests.demo_content import load_demo

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


def held_days_ago(session, days):
    MasterclassSession.objects.filter(pk=session.pk).update(
        date=timezone.localdate() - timedelta(days=days)
    )
    session.refresh_from_db()
    return session


def counts(session):
    registrations = MasterclassRegistration.objects.filter(session=session)
    return {
        "total": registrations.count(),
        "confirmed": registrations.filter(status=Status.CONFIRMED).count(),
        "waitlist": registrations.filter(status=Status.WAITLISTED).count(),
        "cancelled": registrations.filter(status=Status.CANCELLED).count(),
        "attended": registrations.filter(attended=True).count(),
        "municipalities": sorted(registrations.values_list("municipality", flat=True)),
    }


def test_anonymisation_keeps_the_counts(make_session):
    old = make_session(capacity=2, city="Deventer")
    recent = make_session(capacity=5, city="Goes")
    people = [
        confirmed(old, f"p{n}@gemeente.example", name=f"Persoon {n}", needs="Halal")
        for n in range(4)
    ]
    service.cancel(people[0])  # p2 moves up
    keep = confirmed(recent, "blijft@gemeente.example", name="Blijft Bewaard")
    held_days_ago(old, 200)
    held_days_ago(recent, 20)
    MasterclassRegistration.objects.filter(session=old, status=Status.CONFIRMED).update(
        attended=True
    )
    before = counts(old)

    assert retention.anonymise_old_registrations() == 4

    after = counts(old)
    assert after == before
    for registration in MasterclassRegistration.objects.filter(session=old):
        assert registration.name == registration.email == registration.organisation == ""
        assert registration.needs == "" and registration.user is None
        assert registration.anonymised_at is not None
        assert registration.display_name == "(geanonimiseerd)"
    keep.refresh_from_db()
    assert keep.name == "Blijft Bewaard" and keep.anonymised_at is None
    assert OutboundEmail.objects.filter(to="blijft@gemeente.example").exists()


def test_the_sent_emails_of_anonymised_participants_are_removed(make_session):
    old = make_session(city="Deventer")
    confirmed(old, "weg@gemeente.example")
    held_days_ago(old, 400)
    OutboundEmail.objects.filter(to="weg@gemeente.example").update(
        status=OutboundEmail.Status.SENT, created_at=timezone.now() - timedelta(days=420)
    )
    retention.anonymise_old_registrations()
    assert not OutboundEmail.objects.filter(to="weg@gemeente.example").exists()


def test_the_retention_period_is_a_setting_and_the_task_is_idempotent(make_session, settings):
    session = make_session()
    confirmed(session, "a@gemeente.example")
    held_days_ago(session, 45)
    assert tasks.anonymise_masterclass_registrations.apply().get() == 0  # 6 months by default
    settings.ACADEMIE_MASTERCLASS_RETENTION_MONTHS = 1
    assert tasks.anonymise_masterclass_registrations.apply().get() == 1
    assert tasks.anonymise_masterclass_registrations.apply().get() == 0
    assert MasterclassRegistration.objects.get().municipality == "Goes"


def test_anonymised_registrations_never_reach_an_email_or_the_admin_export(make_session):
    session = make_session()
    confirmed(session, "a@gemeente.example")
    held_days_ago(session, 365)
    retention.anonymise_old_registrations()
    OutboundEmail.objects.all().delete()
    assert participant_mail.mail_participants(
        session, audience="allen", subject="S", message="M"
    ) == (
        0,
        True,
    )
    assert not OutboundEmail.objects.exists()


def test_the_data_export_contains_the_registrations(client, session):
    user = make_user("fatima@gemeente.example")
    confirmed(session, "fatima@gemeente.example", name="Fatima Bakker", user=user)
    confirmed(session, "ander@gemeente.example", name="Iemand Anders")
    client.force_login(user)
    data = json.loads(client.get("/academie/mijn/gegevens/").content)
    [registration] = data["masterclasses"]
    assert registration["naam"] == "Fatima Bakker"
    assert registration["plaats"] == "Goes" and registration["status"] == "Aangemeld"


def test_deleting_the_account_cancels_and_anonymises_and_the_waitlist_moves_up(
    client, make_session
):
    session = make_session(capacity=1)
    user = make_user("fatima@gemeente.example")
    mine = confirmed(session, "fatima@gemeente.example", name="Fatima Bakker", user=user)
    waiting = confirmed(session, "wacht@gemeente.example")
    client.force_login(user)
    response = client.post(
        "/academie/mijn/account-verwijderen/", {"password": TEST_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == Status.CANCELLED and mine.name == "" and mine.email == ""
    assert mine.anonymised_at is not None
    assert waiting.status == Status.CONFIRMED
    assert not OutboundEmail.objects.filter(to="fatima@gemeente.example").exists()


def test_loading_the_demo_keeps_2019_participants_anonymous(demo):
    from academie.models import MasterclassPage

    old = MasterclassPage.objects.get(slug="effectief-antidiscriminatiebeleid-2019")
    registrations = MasterclassRegistration.objects.filter(session__page=old)
    assert registrations.count() > 100
    assert not registrations.filter(anonymised_at__isnull=True).exists()
    assert not registrations.exclude(email="").exists()
    assert registrations.filter(attended=True).count() > 80
    load_demo()
    assert (
        MasterclassRegistration.objects.filter(session__page=old).count() == registrations.count()
    )
