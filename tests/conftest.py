"""Fixtures shared by every test folder.

The database starts with what the migrations seed: the page tree with the HomePage, the
default Site, the shared vocabulary and the editor groups.
"""

import pytest
from wagtail.models import Site

from tests import engines
from tests.demo_content import load_demo


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with an empty cache and storage: nothing left over from another test."""
    from django.core.cache import cache
    from django.core.files.storage import default_storage, storages
    from django.utils.functional import empty

    from hub import versions
    from hub.faceting import terms, text
    from hub.faceting.backends import memory
    from hub.textsearch import lexicon, suggest

    def reset():
        cache.clear()
        memory.clear()
        # What each process keeps next to the shared cache goes too: a taxonomy copy left
        # from the previous test would expire (LOCAL_SECONDS) in the middle of this one and
        # cost a query there, which made query-count tests flaky on a busy machine.
        terms.clear_local()
        lexicon.clear_local()
        text.clear_local()
        suggest.clear_local()
        versions.clear_local()
        # Tests use InMemoryStorage: start every test with no stored files.
        storages._storages.clear()
        default_storage._wrapped = empty

    reset()
    yield
    reset()


@pytest.fixture(scope="session", autouse=True)
def search_engine_indexes():
    """With a search engine configured (OPENSEARCH_URL, ELASTICSEARCH_URL): the run's indexes
    exist, with their mappings and analysers, before the first save indexes a document (an
    engine would otherwise create them with guessed mappings); they are deleted at the end."""
    if not engines.ENGINES:
        yield
        return
    if engines.default_is_engine():
        engines.rebuild_engine_indexes(schema_only=True)
    yield
    engines.delete_test_indexes()


@pytest.fixture(autouse=True)
def search_engine_isolation(request):
    """With a search engine as the default backend, a test that indexed something leaves an
    empty index behind (its database changes roll back). Tests on the demo content share the
    module's index (it is rebuilt once per module, see `_demo_content`)."""
    yield
    if engines.ENGINES and "demo" not in request.fixturenames and engines.default_is_engine():
        engines.clear_engine_indexes()


@pytest.fixture
def broker_down(monkeypatch):
    """Point Celery at a port where nothing listens, with a fresh connection pool.

    Celery reads CELERY_BROKER_URL from the environment before its config, so set both."""
    from kombu import pools as kombu_pools

    from hub import celery_app

    original = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_url")}

    def reset_pool():
        kombu_pools.reset()  # kombu keeps global pools per broker URL
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    reset_pool()
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")
    celery_app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    yield
    reset_pool()
    celery_app.conf.update(original)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture(scope="module")
def _demo_content(django_db_setup, django_db_blocker):
    """`load_demo` once per test module, inside a transaction that is rolled back after the
    module's last test. Each test runs in a savepoint within it (pytest-django's `db`), so a
    test that changes the demo content changes it for itself only.

    Loading the demo is the slowest step of the suite; once per module instead of once per
    test saves minutes. pytest_collection_modifyitems below runs a module's demo tests after
    its other tests, so those never see the demo content.
    """
    from django.core.files.storage import storages
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = load_demo()
            if engines.default_is_engine():
                # The engine keeps what earlier modules indexed and then rolled back.
                engines.rebuild_engine_indexes()
            # What load_demo printed, and its files (certificate PDFs, images).
            yield output, storages["default"]
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            if engines.default_is_engine():
                engines.clear_engine_indexes()


@pytest.fixture
def demo(_demo_content, db):
    """The full demo content, as `make demo` loads it."""
    from django.core.files.storage import default_storage, storages

    # fresh_caches emptied the storage before this test; give it the demo's files again.
    _output, files = _demo_content
    storages._storages["default"] = files
    default_storage._wrapped = files
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_output(demo, _demo_content):
    """What `load_demo` printed when it loaded the demo content of `demo`."""
    return _demo_content[0]


def pytest_collection_modifyitems(items):
    """Within each module, run the tests that use `demo` last (see `_demo_content`).

    Runs after pytest-django's own ordering (database tests first, transactional ones
    later), which it keeps: only neighbouring tests of the same module change places.
    """
    _require_serialized_rollback(items)
    ordered, run = [], []

    def flush():
        ordered.extend(item for item in run if "demo" not in item.fixturenames)
        ordered.extend(item for item in run if "demo" in item.fixturenames)
        run.clear()

    for item in items:
        if run and getattr(item, "module", None) is not getattr(run[-1], "module", None):
            flush()
        run.append(item)
    flush()
    items[:] = ordered


def _require_serialized_rollback(items):
    """Transactional tests must restore the seeded database with `serialized_rollback=True`.

    A transactional test empties the database afterwards. Without serialized rollback Django
    then re-creates the content types in a new order, and the next test that restores the
    serialized seed data fails on a duplicate content type (PostgreSQL).
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is None:
            continue
        transactional = marker.kwargs.get("transaction", marker.args[0] if marker.args else False)
        if transactional and not marker.kwargs.get("serialized_rollback"):
            raise pytest.UsageError(
                f"{item.nodeid}: use django_db(transaction=True, serialized_rollback=True)"
            )


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="beheer", email="beheer@example.org", password="een-lang-wachtwoord-123"
    )
