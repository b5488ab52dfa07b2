"""The same listing code path on a search engine: OpenSearch (OPENSEARCH_URL) and/or
Elasticsearch (ELASTICSEARCH_URL), each one that is set; no mock stands in for an engine."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from interventies.search import InterventionSearch
from tests.engines import engine_params, engine_settings, needs_engine

pytestmark = [*needs_engine, pytest.mark.django_db]


@pytest.fixture(params=engine_params())
def engine(request):
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(request.param, fallback=False)):
        yield request.param


def test_text_search_and_facets_on_the_engine(engine, rf, make_intervention):
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
