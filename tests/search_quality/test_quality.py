"""The search quality floor over the judged queries (tests/search_quality/judgements.py).

`make search-quality` prints the full report per backend; this test keeps the floor that the
implementation reaches, so a change that makes search worse fails here."""

import pytest

from tests.search_quality.evaluate import backend_name, evaluate

RECALL_FLOOR = 0.90
MRR_FLOOR = 0.72


@pytest.mark.django_db
def test_search_quality_floor(demo):
    report = evaluate(backend_name())
    print(report.text())
    assert report.recall_at_5 >= RECALL_FLOOR, report.text()
    assert report.mrr >= MRR_FLOOR, report.text()
