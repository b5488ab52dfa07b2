"""Parallel writes on every database the site runs on, SQLite (the one-machine default) too.

Twelve people press "Aanmelden" at the same moment, each in a request thread of its own. On
SQLite a write transaction that starts as a read ("DEFERRED", Python's default) cannot wait for
another writer: it fails at once with "database is locked" (a 500 for the visitor). The
settings start every transaction as a writer ("IMMEDIATE") with a busy timeout, so the requests
wait their turn, and nobody gets an error page.
"""

import pytest

from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import registration as service
from tests.academie.parallel import in_parallel, in_thread, is_sqlite, parallel_database

Status = RegistrationStatus

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 12
SEATS = 10


def test_twelve_people_register_at_the_same_moment(make_session, tmp_path):
    session = make_session(capacity=SEATS)

    def registration(number):
        return lambda: service.register(
            session,
            name=f"Deelnemer {number}",
            email=f"deelnemer{number}@gemeente.example",
            organisation="Gemeente Goes",
        )

    with parallel_database(tmp_path):
        results, errors = in_parallel([registration(n) for n in range(PEOPLE)])
        registrations = in_thread(
            lambda: list(
                MasterclassRegistration.objects.filter(session=session).order_by("sequence")
            )
        )
        mode = in_thread(_journal_mode) if is_sqlite() else None

    assert errors == []
    assert all(created for _registration, created in results)
    assert len(registrations) == PEOPLE
    assert len({r.email for r in registrations}) == PEOPLE
    assert [r.sequence for r in registrations] == list(range(1, PEOPLE + 1))
    assert [r.status for r in registrations] == [Status.PENDING] * SEATS + [
        Status.PENDING_WAITLIST
    ] * (PEOPLE - SEATS)
    if is_sqlite():
        assert mode == "wal"  # readers don't wait for the writer


def _journal_mode():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        return cursor.fetchone()[0]
