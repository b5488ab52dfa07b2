"""The intervention listing answered by a real search engine (issue 15, item 3): results, facet
counts, sort and pages come from the engine (hub.faceting.backends.engine), with no hit cap,
and agree with the in-memory facet index on the database.

Runs against every configured engine (OPENSEARCH_URL, ELASTICSEARCH_URL; marker
`elasticsearch`); no mock stands in for one. The fallback test at the end needs no engine."""

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from hub.faceting import text
from hub.faceting.backends import memory
from hub.faceting.backends.engine import EngineBackend, EngineOrdered
from hub.faceting.backends.memory import MemoryIndexBackend
from hub.models import Domain
from interventies.models import InterventionPage
from interventies.search import InterventionSearch
from tests.engines import engine_params, engine_settings, rebuild_engine_indexes
from tests.interventies.conftest import CATALOGUE_WORD, generate_interventions

pytestmark = pytest.mark.django_db

# Text, every kind of facet (taxonomy, foreign key, field, computed by date, choice, tag),
# several values of one facet, and combinations.
PARAMS = [
    "",
    f"q={CATALOGUE_WORD}",
    f"q={CATALOGUE_WORD}&domein=wonen",
    "geldigheid=verlopen",
    "geldigheid=verloopt&geldigheid=geldig",
    "geldigheid=onbekend&averechts=nee",
    "averechts=ja",
    "kosten=laag&kosten=hoog&sort=titel",
    "tag=online",
    "erkenning=effectief-sterke&erkenning=goed-onderbouwd",
    "sort=nieuwste",
    "q=ruimtevaartuig",  # nothing: the page offers the largest values (sizes)
]


def listing(rf, query, backend):
    search = InterventionSearch(rf.get("/interventies/" + (f"?{query}" if query else "")))
    search.result_backend = backend
    return search


def answer(rf, query, backend):
    """What the page shows: total, ids of the first page in order, every count, notices."""
    text.clear_local()
    memory.clear()
    state = listing(rf, query, backend).run()
    counts = {
        (group.param, value.value): value.count for group in state.facets for value in group.values
    }
    popular = [(item["label"], item["count"]) for item in state.popular]
    return state.total, [page.pk for page in state.results], counts, state.notices, popular


@pytest.fixture
def on_engine(request):
    engine = request.param
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(engine)):
        yield engine


def engine():
    """Run a test on each configured engine (skipped when none is)."""

    def decorate(test):
        test = pytest.mark.parametrize("on_engine", engine_params(), indirect=True)(test)
        return pytest.mark.elasticsearch(test)

    return decorate


@engine()
def test_the_engine_answers_as_the_facet_index(rf, catalogue, on_engine):
    rebuild_engine_indexes()
    search = listing(rf, "", EngineBackend())
    assert isinstance(EngineBackend().run(search).ordered, EngineOrdered)
    for query in PARAMS:
        on_engine_answer = answer(rf, query, EngineBackend())
        assert on_engine_answer == answer(rf, query, MemoryIndexBackend()), query
    # The catalogue has every kind of value: the comparison above was not of empty pages.
    total, _ids, counts, _notices, _popular = answer(rf, "", EngineBackend())
    assert answer(rf, "q=ruimtevaartuig", EngineBackend())[4]  # sizes on an empty page
    assert total == 20
    assert {param for (param, _value), count in counts.items() if count} >= {
        "grond",
        "geldigheid",
        "averechts",
        "tag",
        "grootte",
    }


@engine()
def test_documents_carry_facet_values_and_sort_keys(catalogue, on_engine):
    rebuild_engine_indexes()
    page = catalogue[0]
    backend = get_search_backend()
    index = backend.get_index_for_model(InterventionPage).name
    document = backend.es.get(index=index, id=str(page.pk))["_source"]
    keys = set(document["kh_facets"])
    # Taxonomy terms by id: a slug an editor changes stays right without a new index.
    for ground in page.grounds.all():
        assert f"interventionsearch:grond={ground.pk}" in keys
        assert f"sitesearch:grond={ground.pk}" in keys
    assert f"interventionsearch:erkenning={page.evidence_level_id}" in keys
    assert "sitesearch:type=interventie" in keys
    assert f"interventionsearch:averechts={'ja' if page.backfire_risk else 'nee'}" in keys
    assert document["kh_sort"]["interventionsearch__titel__0"] == page.title
    assert document["kh_pk"] == page.pk


@engine()
def test_a_term_with_a_new_slug_keeps_its_pages_without_a_new_index(rf, catalogue, on_engine):
    rebuild_engine_indexes()
    domain = Domain.objects.filter(interventionpage__isnull=False).distinct().first()
    before = answer(rf, f"domein={domain.slug}", EngineBackend())
    domain.slug = "nieuwe-slug"
    domain.save()
    after = answer(rf, "domein=nieuwe-slug", EngineBackend())
    assert after[:2] == before[:2] and after[0] > 0
    assert after == answer(rf, "domein=nieuwe-slug", MemoryIndexBackend())


@engine()
def test_a_page_saved_with_new_taxonomy_is_found_by_it_at_once(rf, catalogue, on_engine):
    rebuild_engine_indexes()
    page = catalogue[1]
    page.grounds.set([])
    page.tags.set(["nieuw-trefwoord"])
    page.save()  # the engine receives the relations written by this save
    total, ids, _counts, _notices, _popular = answer(rf, "tag=nieuw-trefwoord", EngineBackend())
    assert (total, ids) == (1, [page.pk])


@engine()
def test_no_hit_cap_listing_export_and_pages(rf, index, on_engine, monkeypatch):
    """More matches than MAX_TEXT_HITS: the listing counts all, pages reach the last one, the
    export has every row. (The cap is lowered; the bench checks 10,000 real matches.)"""
    generate_interventions(45)
    rebuild_engine_indexes()
    monkeypatch.setattr(text, "MAX_TEXT_HITS", 10)
    monkeypatch.setattr(text, "ENGINE_BATCH", 7)  # the export scrolls through several batches
    all_ids = set(InterventionPage.objects.live().values_list("pk", flat=True))
    state = listing(rf, "q=aanpak&sort=titel&page=3", EngineBackend()).run()
    assert state.total == 45
    assert len(state.results) == 5
    assert (
        set(
            listing(rf, "q=aanpak", EngineBackend())
            .filtered_queryset()
            .values_list("pk", flat=True)
        )
        == all_ids
    )


@engine()
def test_pages_and_sorts_follow_the_database(rf, index, on_engine):
    generate_interventions(45)
    rebuild_engine_indexes()
    for sort in ("bewijs", "titel", "nieuwste"):
        for page in (1, 2, 3):
            query = f"sort={sort}&page={page}"
            engine_answer = answer(rf, query, EngineBackend())
            assert engine_answer[:2] == answer(rf, query, MemoryIndexBackend())[:2], query


@engine()
def test_restricted_and_unpublished_pages_leave_at_once(rf, catalogue, on_engine):
    rebuild_engine_indexes()
    PageViewRestriction.objects.create(page=catalogue[0], restriction_type="login")
    catalogue[1].unpublish()
    total, ids, counts, _notices, _popular = answer(rf, "", EngineBackend())
    assert total == 18
    assert catalogue[0].pk not in ids and catalogue[1].pk not in ids
    assert sum(count for (param, _value), count in counts.items() if param == "averechts") == 18


@engine()
@pytest.mark.parametrize("count", [10, 60])
def test_engine_listing_query_count_is_flat(
    client, index, on_engine, count, django_assert_max_num_queries
):
    generate_interventions(count)
    rebuild_engine_indexes()
    client.get("/interventies/")  # warm the taxonomy cache
    url = "/interventies/?q=aanpak&domein=wonen&grond=herkomst&sort=titel&geldigheid=geldig"
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def test_an_unreachable_engine_leaves_the_listing_to_the_database(rf, catalogue, caplog):
    """Nothing listens on the engine's port: the listing answers from the facet index on the
    database and says nothing about it; a warning is logged."""
    dead = {
        "default": {
            "BACKEND": "hub.searchengine.opensearch2",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": settings.SEARCH_ENGINE_INDEX_SETTINGS,
        },
        "fallback": dict(settings.DATABASE_SEARCH_BACKEND),
    }
    expected = answer(rf, "domein=wonen", MemoryIndexBackend())
    with override_settings(WAGTAILSEARCH_BACKENDS=dead), caplog.at_level("WARNING"):
        assert answer(rf, "domein=wonen", EngineBackend()) == expected
    assert "Search engine unreachable" in caplog.text
    assert expected[0] > 0
