"""The search engines configured for this test run: OpenSearch (OPENSEARCH_URL) and
Elasticsearch (ELASTICSEARCH_URL). Tests marked `elasticsearch` run against each engine that
is set and are skipped when neither is; no mock stands in for an engine."""

import os

import pytest

OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

# name -> (backend module, URL). The backends refresh after each write (tests/search_backends).
ENGINES = {
    name: (f"tests.search_backends.{name}", url)
    for name, url in [("opensearch2", OPENSEARCH_URL), ("elasticsearch8", ELASTICSEARCH_URL)]
    if url
}

NO_ENGINE_REASON = "neither OPENSEARCH_URL nor ELASTICSEARCH_URL is set: no search engine to test"

# For a module whose tests all need an engine.
needs_engine = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not ENGINES, reason=NO_ENGINE_REASON),
]


def engine_params():
    """pytest.param per configured engine (one skipped param when none is)."""
    if not ENGINES:
        return [pytest.param(None, marks=pytest.mark.skip(reason=NO_ENGINE_REASON))]
    return [pytest.param(name, id=name) for name in ENGINES]


def engine_settings(name, prefix=None, fallback=True):
    """WAGTAILSEARCH_BACKENDS for engine `name`, with an index prefix of its own (this process:
    several test runs may share one engine) and the database backend as fallback."""
    from django.conf import settings

    backend, url = ENGINES[name]
    backends = {
        "default": {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": prefix or settings.SEARCH_ENGINE_TEST_INDEX_PREFIX,
            "TIMEOUT": 10,
            "INDEX_SETTINGS": settings.SEARCH_ENGINE_INDEX_SETTINGS,
        }
    }
    if fallback:
        backends["fallback"] = dict(settings.DATABASE_SEARCH_BACKEND)
    return backends


def default_is_engine():
    from django.conf import settings

    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] != (
        "wagtail.search.backends.database"
    )


def rebuild_engine_indexes(schema_only=False):
    """Rebuild the default backend's index (the engine's, or the database's when that is the
    default) from the database, as `rebuild_search_index` does in production: the test
    database's content, and nothing left from a rolled-back test. `schema_only`: empty
    indexes with their mappings and analysers (no database needed)."""
    from django.core.management import call_command

    with open(os.devnull, "w") as devnull:
        call_command(
            "update_index", backend_name="default", schema_only=schema_only, stdout=devnull
        )


def delete_test_indexes():
    """Delete every index (and alias) this test run created on each configured engine."""
    from django.conf import settings

    prefix = settings.SEARCH_ENGINE_TEST_INDEX_PREFIX
    for name in ENGINES:
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend(
            backend=engine_settings(name, fallback=False)["default"]["BACKEND"],
            URLS=[ENGINES[name][1]],
        )
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def clear_engine_indexes():
    """Delete every document from this run's indexes on the default engine (the database rolls
    back after each test; the engine would keep what the test indexed)."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    everything = {"query": {"match_all": {}}}
    pattern = f"{settings.SEARCH_ENGINE_TEST_INDEX_PREFIX}*"
    options = {"index": pattern, "refresh": True, "conflicts": "proceed"}
    if backend.use_new_elasticsearch_api:
        backend.es.delete_by_query(**options, **everything)
    else:
        backend.es.delete_by_query(body=everything, **options)
