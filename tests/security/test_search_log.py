"""Review item 12: the zero-result search log has a limit and a retention period, and does
not write down personal data."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hub import sitesearch
from hub.models import ZeroResultQuery
from hub.tasks import purge_search_log

pytestmark = pytest.mark.django_db


def test_the_log_stops_growing_at_its_limit(client, home, monkeypatch):
    monkeypatch.setattr(sitesearch, "MAX_ZERO_RESULT_QUERIES", 5)
    for number in range(12):
        assert (
            client.get("/zoeken/", {"q": f"onvindbaarwoord{chr(97 + number)}"}).status_code == 200
        )
    assert ZeroResultQuery.objects.count() == 5
    client.get("/zoeken/", {"q": "onvindbaarwoorda"})  # a known one is still counted
    assert ZeroResultQuery.objects.get(query="onvindbaarwoorda").count == 2


@pytest.mark.parametrize(
    "query", ["jan.jansen@gemeente.example", "06-12345678", "bsn 123456782", "0612 345 678"]
)
def test_personal_data_is_not_logged(client, home, query):
    client.get("/zoeken/", {"q": query})
    assert not ZeroResultQuery.objects.exists()


def test_old_rows_go_after_the_retention_period(settings):
    settings.ZERO_RESULT_RETENTION_DAYS = 30
    old = ZeroResultQuery.objects.create(
        query="oud", last_searched=timezone.now() - timedelta(days=31)
    )
    recent = ZeroResultQuery.objects.create(query="recent")
    assert purge_search_log.apply().get() == 1
    assert not ZeroResultQuery.objects.filter(pk=old.pk).exists()
    assert ZeroResultQuery.objects.filter(pk=recent.pk).exists()
    assert "search-log-retention" in settings.CELERY_BEAT_SCHEDULE
