"""Concurrency on PostgreSQL: one user adds interventions to "Mijn lijst" from several tabs
at the same moment, each request in its own thread with its own database connection. The
lock on the user's row (interventies.services.shortlist._lock_user) serves them one by one,
so the list never grows past the cap, and double submits keep one entry.

SQLite takes one write lock for the whole database, so these tests need PostgreSQL (as
tests/academie/masterclasses/test_concurrency.py); CI runs the suite on both.
"""

import pytest
from django.conf import settings
from django.test import RequestFactory

from interventies.models import ShortlistItem
from interventies.services import shortlist
from tests.academie.factories import make_user
from tests.academie.parallel import in_parallel
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL (row locks, parallel connections): set DATABASE_URL",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CAP = 5


def add_job(user, page):
    def job():
        request = RequestFactory().post("/mijn/lijst/bewaren/", {"id": str(page.pk)})
        request.user = user
        try:
            shortlist.add(request, str(page.pk))
        except shortlist.ShortlistError as error:
            return error.code
        return "added"

    return job


def test_parallel_adds_never_pass_the_cap(home, monkeypatch):
    monkeypatch.setattr(shortlist, "MAX_ITEMS", CAP)
    index = InterventionIndexPageFactory(parent=home, slug="interventies")
    pages = [InterventionPageFactory(parent=index) for _ in range(CAP + 6)]
    user = make_user("beleid@gemeente.example")
    ShortlistItem.objects.bulk_create(ShortlistItem(user=user, page=p) for p in pages[: CAP - 2])

    jobs = [add_job(user, page) for page in pages[CAP - 2 :]]
    jobs += [add_job(user, pages[CAP - 2]) for _ in range(3)]  # double submits of one
    results, errors = in_parallel(jobs)

    assert errors == []
    assert ShortlistItem.objects.filter(user=user).count() == CAP
    assert results.count("full") == len(jobs) - results.count("added")
    assert set(results) <= {"added", "full"}
