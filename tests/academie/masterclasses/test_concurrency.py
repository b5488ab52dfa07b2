"""Concurrency on PostgreSQL: 50 people register at the same moment for a session with 10
seats, each in their own thread with its own database connection (plus double submits).
The row lock on the session serves them one by one: exactly 10 get a seat, 40 wait in
arrival order, and nobody is registered twice.

SQLite has no row locks: it takes one write lock for the whole database, so writers simply
run one after the other (tests/academie/masterclasses/test_parallel_writes.py checks that they wait
instead of failing). These tests are about the row locks, so they need PostgreSQL; CI runs
the suite on both.
"""

import random

import pytest
from django.conf import settings

from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import RegistrationRefused, seats
from academie.services import registration as service
from hub.models import OutboundEmail
from tests.academie.parallel import in_parallel

Status = RegistrationStatus

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL (row locks, parallel connections): set DATABASE_URL",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PEOPLE = 50
SEATS = 10


def registration_job(session, number):
    def job():
        return service.register(
            session,
            name=f"Deelnemer {number}",
            email=f"deelnemer{number}@gemeente.example",
            organisation="Gemeente Goes",
        )

    return job


def test_fifty_parallel_registrations_for_ten_seats(make_session):
    session = make_session(capacity=SEATS)
    jobs = [registration_job(session, n) for n in range(PEOPLE)]
    jobs += [registration_job(session, n) for n in range(0, PEOPLE, 5)]  # double submits
    random.shuffle(jobs)

    results, errors = in_parallel(jobs)

    assert errors == []
    created = [registration for registration, was_created in results if was_created]
    assert len(created) == PEOPLE
    registrations = list(
        MasterclassRegistration.objects.filter(session=session).order_by("sequence")
    )
    assert len(registrations) == PEOPLE
    assert len({r.email for r in registrations}) == PEOPLE  # no duplicates
    assert [r.sequence for r in registrations] == list(range(1, PEOPLE + 1))
    # Arrival order: the sequence follows the order in which rows were written.
    assert [r.pk for r in registrations] == sorted(r.pk for r in registrations)
    assert [r.status for r in registrations] == [Status.PENDING] * SEATS + [
        Status.PENDING_WAITLIST
    ] * (PEOPLE - SEATS)

    # Everybody confirms their address, in parallel and in random order.
    confirm_jobs = [lambda r=r: service.confirm(r) for r in registrations]
    random.shuffle(confirm_jobs)
    _results, errors = in_parallel(confirm_jobs)
    assert errors == []

    registrations = list(
        MasterclassRegistration.objects.filter(session=session).order_by("sequence")
    )
    seats = [r for r in registrations if r.status == Status.CONFIRMED]
    waiting = [r for r in registrations if r.status == Status.WAITLISTED]
    assert len(seats) == SEATS and len(waiting) == PEOPLE - SEATS
    assert [r.sequence for r in seats] == list(range(1, SEATS + 1))
    assert [r.waitlist_position() for r in waiting] == list(range(1, PEOPLE - SEATS + 1))
    session.refresh_from_db()
    assert session.seats_left == 0


def test_parallel_cancellations_promote_each_waiting_person_once(make_session):
    session = make_session(capacity=5)
    people = []
    for number in range(15):
        registration, _created = service.register(
            session, name=f"P{number}", email=f"p{number}@gemeente.example"
        )
        people.append(service.confirm(registration)[0])
    leaving = people[:5]

    _results, errors = in_parallel(
        [lambda r=r: service.cancel(r) for r in leaving]
        + [lambda: seats.change_capacity(session, 8)]
    )

    assert [e for e in errors if not isinstance(e, RegistrationRefused)] == []
    registrations = MasterclassRegistration.objects.filter(session=session)
    session.refresh_from_db()
    confirmed = registrations.filter(status=Status.CONFIRMED).order_by("sequence")
    assert confirmed.count() == session.capacity
    expected = [p.sequence for p in people[5 : 5 + session.capacity]]
    assert list(confirmed.values_list("sequence", flat=True)) == expected
    promoted_emails = set(
        OutboundEmail.objects.filter(category="masterclass:van-wachtlijst").values_list(
            "to", flat=True
        )
    )
    promoted = registrations.filter(promoted_at__isnull=False)
    assert promoted_emails == set(promoted.values_list("email", flat=True))
