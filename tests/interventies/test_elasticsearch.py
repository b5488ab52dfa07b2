"""The same listing code path on Elasticsearch.

Runs only when ELASTICSEARCH_URL points at an Elasticsearch 8 server; no mock stands in for it.
"""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from interventies.search import InterventionSearch

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not ELASTICSEARCH_URL,
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
    ),
    pytest.mark.django_db,
]

BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": f"kennishub_test_{os.getpid()}_",
        "TIMEOUT": 10,
    }
}


@override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS)
def test_text_search_and_facets_on_elasticsearch(rf, make_intervention):
    make_intervention(
        title="Praktijktest bij verhuurders",
        summary="Fictieve huurders testen makelaars.",
        taxonomy={"domains": ["wonen"]},
    )
    make_intervention(
        title="Gastles op school",
        summary="Leerlingen praten over vooroordelen.",
        taxonomy={"domains": ["onderwijs"]},
    )
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    state = InterventionSearch(rf.get("/interventies/?q=verhuurders")).run()
    assert [page.title for page in state.results] == ["Praktijktest bij verhuurders"]
    domains = {
        v.value: v.count for v in next(g for g in state.facets if g.param == "domein").values
    }
    assert domains["wonen"] == 1 and domains["onderwijs"] == 0
    filtered = InterventionSearch(rf.get("/interventies/?q=verhuurders&domein=onderwijs")).run()
    assert filtered.total == 0
