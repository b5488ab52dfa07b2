"""Masterclass registration: double opt-in, seats that never overbook, the waitlist in
arrival order, promotion on cancel and on more capacity, expiry of unconfirmed
registrations, and every refusal with a clear Dutch message and nothing recorded."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from academie import tokens
from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import RegistrationRefused, seats
from academie.services import registration as service
from hub.models import OutboundEmail
from tests.academie.masterclasses.fixtures import confirmed, register

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


def emails_to(address, category=None):
    emails = OutboundEmail.objects.filter(to=address).order_by("created_at", "pk")
    if category:
        emails = emails.filter(category=f"masterclass:{category}")
    return list(emails)


# --------------------------------------------------------------------------- double opt-in


def test_a_registration_holds_a_seat_until_the_address_is_confirmed(session):
    registration = register(session)
    assert registration.status == Status.PENDING
    assert registration.holds_seat and session.seats_left == 9
    assert registration.expires_at > timezone.now()
    [request] = emails_to("fatima@gemeente.example")
    assert request.category == "masterclass:bevestigen"
    assert "/masterclasses/bevestigen/" in request.body_text
    assert "/masterclasses/afmelden/" in request.body_text

    registration, changed = service.confirm(registration)
    assert changed and registration.status == Status.CONFIRMED
    assert registration.confirmed_at is not None and registration.expires_at is None
    confirmation = emails_to("fatima@gemeente.example", "aangemeld")[0]
    assert confirmation.attachments[0]["filename"].endswith(".ics")


def test_confirming_twice_changes_nothing_and_sends_one_confirmation(session):
    registration = register(session)
    service.confirm(registration)
    _registration, changed = service.confirm(registration)
    assert not changed
    assert len(emails_to("fatima@gemeente.example", "aangemeld")) == 1


def test_the_email_is_stored_in_lower_case_and_counts_once(session):
    register(session, email="Fatima@Gemeente.Example")
    registration, created = service.register(
        session, name="Fatima", email="fatima@gemeente.example"
    )
    assert not created
    assert registration.email == "fatima@gemeente.example"
    assert MasterclassRegistration.objects.count() == 1
    assert len(emails_to("fatima@gemeente.example")) == 1  # no second email either


def test_the_database_refuses_a_second_active_registration_for_the_same_email(session):
    first = register(session)
    with pytest.raises(IntegrityError), transaction.atomic():
        MasterclassRegistration.objects.create(
            session=session, email=first.email, name="Dubbel", sequence=99
        )


def test_after_cancelling_the_same_email_may_register_again(session):
    first = confirmed(session, "fatima@gemeente.example")
    service.cancel(first)
    again = register(session)
    assert again.pk != first.pk and again.status == Status.PENDING


def test_workshop_choices_are_stored_by_id_and_title(make_series, make_session):
    page = make_series(workshops=True)
    session = make_session(page=page)
    workshop_round = page.workshop_rounds()[0]
    chosen = workshop_round.workshops[1]
    registration = register(session, workshop_choices={workshop_round.id: chosen.id})
    assert registration.workshop_choices == [
        {
            "round": workshop_round.id,
            "round_title": "Workshopronde",
            "workshop": chosen.id,
            "workshop_title": "Afspraken met de ADV",
        }
    ]
    with pytest.raises(RegistrationRefused) as error:
        register(session, email="b@gemeente.example", workshop_choices={workshop_round.id: "x"})
    assert "Kies een workshop" in error.value.message


# --------------------------------------------------------------------------- seats and waitlist


def test_a_full_session_puts_people_on_the_waitlist_in_arrival_order(make_session):
    session = make_session(capacity=2)
    seats = [confirmed(session, f"p{n}@gemeente.example") for n in range(2)]
    waiting = [confirmed(session, f"w{n}@gemeente.example") for n in range(3)]
    assert all(r.status == Status.CONFIRMED for r in seats)
    assert [r.status for r in waiting] == [Status.WAITLISTED] * 3
    assert [r.waitlist_position() for r in waiting] == [1, 2, 3]
    email = emails_to("w1@gemeente.example", "wachtlijst")[0]
    assert "plaats 2 van de wachtlijst" in email.body_text
    assert session.seats_left == 0


def test_cancelling_gives_the_seat_to_the_first_on_the_waitlist(make_session):
    session = make_session(capacity=2)
    first = confirmed(session, "p0@gemeente.example")
    confirmed(session, "p1@gemeente.example")
    waiting = [confirmed(session, f"w{n}@gemeente.example") for n in range(2)]

    service.cancel(first)

    first.refresh_from_db()
    assert first.status == Status.CANCELLED
    promoted, still_waiting = [MasterclassRegistration.objects.get(pk=r.pk) for r in waiting]
    assert promoted.status == Status.CONFIRMED and promoted.promoted_at
    assert still_waiting.status == Status.WAITLISTED and still_waiting.waitlist_position() == 1
    [promotion] = emails_to("w0@gemeente.example", "van-wachtlijst")
    assert promotion.attachments[0]["mimetype"] == "text/calendar"
    assert "afmelden" in promotion.body_text
    assert emails_to("p0@gemeente.example", "afgemeld")
    assert not emails_to("w1@gemeente.example", "van-wachtlijst")


def test_raising_capacity_moves_the_waitlist_up_in_order(make_session):
    session = make_session(capacity=1)
    confirmed(session, "p0@gemeente.example")
    waiting = [confirmed(session, f"w{n}@gemeente.example") for n in range(3)]

    promoted = seats.change_capacity(session, 3)

    assert [r.email for r in promoted] == ["w0@gemeente.example", "w1@gemeente.example"]
    statuses = [MasterclassRegistration.objects.get(pk=r.pk).status for r in waiting]
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    assert len(emails_to("w0@gemeente.example", "van-wachtlijst")) == 1
    session.refresh_from_db()
    assert session.capacity == 3


def test_capacity_cannot_drop_below_the_seats_taken(make_session):
    session = make_session(capacity=3)
    confirmed(session, "a@gemeente.example")
    register(session, email="b@gemeente.example")  # unconfirmed, holds a seat
    with pytest.raises(RegistrationRefused) as error:
        seats.change_capacity(session, 1)
    assert "Er zijn al 2 plaatsen bezet" in error.value.message
    session.refresh_from_db()
    assert session.capacity == 3


def test_a_freed_seat_is_held_for_an_unconfirmed_waitlist_registration(make_session):
    """Strict arrival order: someone still confirming gets a held seat, not a later person."""
    session = make_session(capacity=1)
    first = confirmed(session, "a@gemeente.example")
    later = register(session, email="b@gemeente.example")
    assert later.status == Status.PENDING_WAITLIST
    service.cancel(first)
    later.refresh_from_db()
    assert later.status == Status.PENDING
    later, _changed = service.confirm(later)
    assert later.status == Status.CONFIRMED
    assert emails_to("b@gemeente.example", "aangemeld")


# --------------------------------------------------------------------------- registering again


def test_registering_again_before_confirming_sends_the_link_again_at_most_every_few_minutes(
    session,
):
    first = register(session)
    again, created = service.register(
        session, name="Fatima Bakker", email="fatima@gemeente.example", now=first.created_at
    )
    assert (again, created) == (first, False)
    assert len(emails_to("fatima@gemeente.example", "bevestigen")) == 1  # a double submit

    later = first.created_at + timedelta(minutes=6)
    again, created = service.register(
        session, name="Fatima Bakker", email="FATIMA@gemeente.example", now=later
    )
    assert (again, created) == (first, False)
    requests = emails_to("fatima@gemeente.example", "bevestigen")
    assert len(requests) == 2
    assert f"/masterclasses/bevestigen/{tokens.make(first, tokens.CONFIRM)}/" in (
        requests[1].body_text
    )
    # Within the next few minutes nothing more; the hold on the seat does not grow.
    service.register(session, name="F", email="fatima@gemeente.example", now=later)
    assert len(emails_to("fatima@gemeente.example", "bevestigen")) == 2
    first.refresh_from_db()
    assert first.expires_at == first.created_at + timedelta(minutes=30)
    assert first.confirmation_sent_at == later

    # Confirmed: registering again sends nothing (and says nothing about the address).
    service.confirm(first, now=later)
    service.register(
        session, name="F", email="fatima@gemeente.example", now=later + timedelta(hours=1)
    )
    assert len(emails_to("fatima@gemeente.example", "bevestigen")) == 2


def test_registering_again_after_the_link_expired_starts_afresh(session):
    first = register(session)
    later = first.expires_at + timedelta(minutes=1)  # expired, not yet swept
    again, created = service.register(
        session, name="Fatima Bakker", email="fatima@gemeente.example", now=later
    )
    assert created and again.pk != first.pk
    first.refresh_from_db()
    assert first.status == Status.EXPIRED
    assert again.status == Status.PENDING and session.seats_left == 9


def test_an_unconfirmed_registration_holds_its_seat_for_thirty_minutes(session):
    registration = register(session)
    assert registration.expires_at - registration.created_at == timedelta(minutes=30)


def test_one_network_holds_at_most_three_unconfirmed_seats_per_session(make_session):
    session = make_session(capacity=10)
    other_session = make_session(city="Zwolle")
    key = service.client_key("192.0.2.7")
    assert key and "192.0.2.7" not in key and key == service.client_key("192.0.2.7")
    held = [register(session, f"p{n}@gemeente.example", client_key=key) for n in range(3)]
    with pytest.raises(RegistrationRefused) as refused:
        register(session, "p9@gemeente.example", client_key=key)
    assert refused.value.code == "network_limit"
    assert "Vanaf uw netwerk zijn al 3 aanmeldingen" in refused.value.message
    assert MasterclassRegistration.objects.filter(session=session).count() == 3
    # Other networks and other sessions are not affected.
    register(session, "q@gemeente.example", client_key=service.client_key("192.0.2.8"))
    register(other_session, "p9@gemeente.example", client_key=key)
    # An address that is already registered gets the same refusal (the limit comes first,
    # so the answer never tells whether an address is known).
    with pytest.raises(RegistrationRefused) as again:
        register(session, "p0@gemeente.example", client_key=key)
    assert again.value.code == "network_limit"
    # A confirmed registration no longer counts, and forgets the network.
    confirmed_one, _changed = service.confirm(held[0])
    assert confirmed_one.client_key == ""
    register(session, "p9@gemeente.example", client_key=key)
    assert session.registrations.filter(client_key=key).count() == 3


# --------------------------------------------------------------------------- expiry


def test_unconfirmed_registrations_expire_and_free_their_seat(make_session, settings):
    settings.ACADEMIE_MASTERCLASS_CONFIRM_MINUTES = 30
    session = make_session(capacity=1)
    pending = register(session, email="a@gemeente.example")
    waiting = confirmed(session, "b@gemeente.example")
    assert waiting.status == Status.WAITLISTED
    assert pending.expires_at - pending.created_at == timedelta(minutes=30)

    assert seats.expire_unconfirmed(now=timezone.now() + timedelta(minutes=10)) == 0
    assert seats.expire_unconfirmed(now=timezone.now() + timedelta(minutes=31)) == 1
    assert seats.expire_unconfirmed(now=timezone.now() + timedelta(minutes=32)) == 0

    pending.refresh_from_db()
    waiting.refresh_from_db()
    assert pending.status == Status.EXPIRED
    assert waiting.status == Status.CONFIRMED
    assert emails_to("b@gemeente.example", "van-wachtlijst")

    with pytest.raises(RegistrationRefused) as error:
        service.confirm(pending)
    assert "verlopen" in error.value.message
    again = register(session, email="a@gemeente.example")  # may register again
    assert again.status == Status.PENDING_WAITLIST


def test_confirming_after_the_deadline_but_before_the_sweep_expires_it(session):
    registration = register(session)
    with pytest.raises(RegistrationRefused) as error:
        service.confirm(registration, now=registration.expires_at + timedelta(seconds=1))
    assert "verlopen" in error.value.message
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    assert session.seats_left == 10


def test_the_expiry_never_lies_after_the_start_of_the_session(make_session, settings):
    settings.ACADEMIE_MASTERCLASS_CONFIRM_MINUTES = 60 * 24 * 30
    session = make_session(days=1)
    registration = register(session)
    assert registration.expires_at == session.starts_at


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("fields", "days", "message"),
    [
        ({}, -1, "Deze bijeenkomst is al geweest."),
        ({"registration_closed": True}, 10, "De aanmelding voor deze bijeenkomst is gesloten."),
        (
            {"registration_deadline": timezone.now() - timedelta(hours=1)},
            10,
            "De aanmelding voor deze bijeenkomst is gesloten sinds",
        ),
    ],
)
def test_closed_sessions_refuse_with_a_message_and_record_nothing(
    make_session, fields, days, message
):
    session = make_session(days=days, **fields)
    with pytest.raises(RegistrationRefused) as error:
        register(session)
    assert message in error.value.message
    assert not MasterclassRegistration.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_session_that_has_started_takes_no_registrations(session):
    with pytest.raises(RegistrationRefused) as error:
        service.register(
            session,
            name="Laat",
            email="laat@gemeente.example",
            now=session.starts_at + timedelta(minutes=5),
        )
    assert error.value.code == "started"


def test_an_unpublished_series_takes_no_registrations(session, series):
    series.unpublish()
    with pytest.raises(RegistrationRefused) as error:
        register(session)
    assert "niet meer beschikbaar" in error.value.message


@pytest.mark.parametrize("email", ["geen-adres", "a@b", "", "fatima@@gemeente.example"])
def test_an_invalid_email_is_refused(session, email):
    with pytest.raises(RegistrationRefused) as error:
        register(session, email=email)
    assert "Dit e-mailadres klopt niet" in error.value.message
    assert not MasterclassRegistration.objects.exists()


def test_cancelling_after_the_start_is_refused(session):
    registration = confirmed(session, "a@gemeente.example")
    with pytest.raises(RegistrationRefused):
        service.cancel(registration, now=session.starts_at + timedelta(minutes=1))
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_cancelling_an_unconfirmed_registration_sends_no_email(session):
    registration = register(session)
    service.cancel(registration)
    assert [e.category for e in emails_to("fatima@gemeente.example")] == ["masterclass:bevestigen"]


# --------------------------------------------------------------------------- signed codes


def test_codes_are_signed_per_purpose(session):
    registration = register(session)
    confirm_code = tokens.make(registration, tokens.CONFIRM)
    cancel_code = tokens.make(registration, tokens.CANCEL)
    assert tokens.read(confirm_code, tokens.CONFIRM) == registration.public_id
    assert tokens.read(cancel_code, tokens.CANCEL) == registration.public_id
    from django.core.signing import BadSignature

    for code, purpose in [
        (confirm_code, tokens.CANCEL),
        (cancel_code, tokens.CONFIRM),
        (confirm_code[:-2] + "xx", tokens.CONFIRM),
        ("0" * 32 + confirm_code[32:], tokens.CONFIRM),
        ("kapot", tokens.CONFIRM),
        ("", tokens.CONFIRM),
    ]:
        with pytest.raises(BadSignature):
            tokens.read(code, purpose)
