"""Concurrency on PostgreSQL: the row lock on the scan (select_for_update) makes a double
submit and two reviewers at once safe. Five submits of one scan at the same moment give one
submission and one email per reviewer; the others get the clear ReviewError. Two reviewers
sending advice at once give one advice and one email to the municipality.

On SQLite writers simply wait for one database lock; these tests are about the row lock, so
they need PostgreSQL (DATABASE_URL); CI runs the suite on both.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone

from beleidsscan.models import Scan, ScanStatus
from beleidsscan.services import reviews
from hub.models import OutboundEmail
from tests.academie.parallel import in_parallel
from tests.beleidsscan.conftest import all_answers

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL (row locks, parallel connections): set DATABASE_URL",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def reviewer(django_user_model, username):
    user = django_user_model.objects.create_user(username, f"{username}@kennishub.example", "pw")
    user.groups.add(Group.objects.get(name="Toetser"))
    return user


@pytest.fixture
def finished(scan):
    scan.answers = all_answers(scan.version)
    scan.finished_at = timezone.now()
    scan.contact_email = "beleid@testdam.example"
    scan.contact_confirmed_at = timezone.now()
    scan.save()
    return scan


def outcome(job):
    def run():
        try:
            job()
        except reviews.ReviewError:
            return "refused"
        return "done"

    return run


def test_five_simultaneous_submits_give_one_submission(finished, django_user_model):
    reviewer(django_user_model, "toetser")
    reviewer(django_user_model, "toetser2")
    jobs = [
        outcome(lambda n=n: reviews.submit(Scan.objects.get(pk=finished.pk), f"poging {n}"))
        for n in range(5)
    ]
    results, errors = in_parallel(jobs)
    assert errors == []
    assert sorted(results) == ["done"] + ["refused"] * 4
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.SUBMITTED
    assert OutboundEmail.objects.filter(category=reviews.SUBMITTED_CATEGORY).count() == 2


def test_two_reviewers_sending_advice_at_once_give_one_advice(finished, django_user_model):
    first, second = reviewer(django_user_model, "een"), reviewer(django_user_model, "twee")
    reviews.submit(finished, "")
    reviews.start_review(finished, first)
    jobs = [
        outcome(
            lambda user=user: reviews.send_advice(
                Scan.objects.get(pk=finished.pk), user, f"Advies van {user.username}"
            )
        )
        for user in (first, second)
    ]
    results, errors = in_parallel(jobs)
    assert errors == []
    assert sorted(results) == ["done", "refused"]
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.ADVISED
    assert OutboundEmail.objects.filter(category=reviews.ADVICE_CATEGORY).count() == 1
