"""The search engine going down, against a real OpenSearch node (issue 15, item 5).

Each test starts a node of its own (search-node/, on a free port) and stops it with SIGTERM
halfway: a request then answers from the database fallback, and a save succeeds and is
indexed later (hub/searchengine: the backlog and the `hub.tasks.retry_search_index` sweep, or
`manage.py rebuild_search_index`). They run with the engine tests (marker `elasticsearch`, only
when OPENSEARCH_URL is set) and are skipped when java or the built jar (`make search-node`) is
missing. The nodes never outlive the test: the fixture terminates them in a `finally`."""

import logging
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from hub.models import SearchIndexBacklog
from hub.searchengine import retry_search_index
from interventies.models import InterventionPage
from tests import engines
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

JAR = Path(__file__).resolve().parents[2] / "search-node" / "target" / "search-node.jar"

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not engines.OPENSEARCH_URL, reason="OPENSEARCH_URL is not set"),
    pytest.mark.skipif(shutil.which("java") is None, reason="java is not installed"),
    pytest.mark.skipif(not JAR.exists(), reason=f"{JAR} is missing: run `make search-node`"),
    pytest.mark.django_db,
]

STARTUP_SECONDS = 180


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SearchNode:
    """One OpenSearch node in a child process (data in a temporary folder of its own)."""

    def __init__(self, log_path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        with open(log_path, "w") as log:
            self.process = subprocess.Popen(
                ["java", "-Xms256m", "-Xmx512m", "-jar", str(JAR), str(self.port)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + STARTUP_SECONDS
        while "OpenSearch ready at" not in log_path.read_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"search node did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)

    def stop(self):
        """SIGTERM, as `make search-node-stop` does; SIGKILL if it has not closed in 60 s."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def search_node(tmp_path):
    """Starts nodes (call it); every node it started is stopped when the test ends."""
    nodes = []

    def start():
        nodes.append(SearchNode(tmp_path / f"node-{len(nodes)}.log"))
        return nodes[-1]

    try:
        yield start
    finally:
        for node in nodes:
            node.stop()


def node_backends(node):
    """The project's OpenSearch backend (refreshing after each write, as in every engine test)
    on `node`, with the database fallback: as production configures it."""
    return {
        "default": {
            "BACKEND": "tests.search_backends.opensearch2",
            "URLS": [node.url],
            "INDEX_PREFIX": f"{settings.SEARCH_ENGINE_TEST_INDEX_PREFIX}down_",
            "TIMEOUT": 20,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": settings.SEARCH_ENGINE_INDEX_SETTINGS,
        },
        "fallback": dict(settings.DATABASE_SEARCH_BACKEND),
    }


def engine_titles(query):
    """Titles the engine itself finds (no fallback): raises when it is unreachable."""
    return sorted(p.title for p in get_search_backend().search(query, InterventionPage))


def text(response):
    """The page's text without tags (highlighting marks words inside titles)."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def alarming(body):
    return [
        word
        for word in ("Traceback", "ConnectionError", "Server Error", "127.0.0.1", "OpenSearch")
        if word in body
    ]


def test_engine_stopped_mid_test_listing_and_site_search_answer_from_the_database(
    client, home, search_node, caplog
):
    node = search_node()
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(node)):
        engines.rebuild_engine_indexes(schema_only=True)
        index = InterventionIndexPageFactory(parent=home)
        InterventionPageFactory(parent=index, title="Buurtbemiddeling bij burenruzies")
        InterventionPageFactory(parent=index, title="Praktijktest bij makelaars")
        assert engine_titles("buurtbemiddeling") == ["Buurtbemiddeling bij burenruzies"]

        node.stop()
        assert node.process.returncode is not None
        with caplog.at_level(logging.WARNING):
            listing = client.get(f"{index.url}?q=buurtbemiddeling")
            site = client.get("/zoeken/?q=makelaars")

    assert listing.status_code == 200 and site.status_code == 200
    listing_body, site_body = text(listing), text(site)
    assert "Buurtbemiddeling bij burenruzies" in listing_body
    assert "Praktijktest bij makelaars" not in listing_body
    assert "Praktijktest bij makelaars" in site_body
    assert alarming(listing_body) == [] and alarming(site_body) == []
    # What the page says instead: calm, and only that the order may differ.
    assert "De zoekmachine is even niet bereikbaar" in site_body
    fallbacks = [r for r in caplog.records if "using the database fallback" in r.getMessage()]
    assert fallbacks and all(r.levelno == logging.WARNING for r in fallbacks)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


@pytest.mark.parametrize("recovery", ["retry", "retry_on_empty_engine", "rebuild_search_index"])
def test_publishing_with_the_engine_stopped_succeeds_and_is_indexed_later(
    client, home, search_node, caplog, recovery
):
    """Stop the node, publish, start a new (empty) node, recover: the page is found.
    `retry`: the index exists again (created with its mappings, as after a deploy's
    rebuild_search_index) and the sweep indexes the backlog; `retry_on_empty_engine`: the
    sweep finds no index and rebuilds in full; `rebuild_search_index`: the command alone."""
    first = search_node()
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(first)):
        engines.rebuild_engine_indexes(schema_only=True)
        index = InterventionIndexPageFactory(parent=home)
        first.stop()

        with caplog.at_level(logging.WARNING):
            started = time.monotonic()
            page = InterventionPageFactory(parent=index, title="Praktijktest bij makelaars")
            page.save_revision().publish()  # no exception: the editor sees no error
            assert time.monotonic() - started < 10
        page.refresh_from_db()
        assert page.live
        deferred = [r for r in caplog.records if "search index backlog" in r.getMessage()]
        assert deferred and all(r.levelno == logging.WARNING for r in deferred)
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
        assert SearchIndexBacklog.objects.filter(object_pk=str(page.pk)).exists()
        # Meanwhile the database fallback finds it.
        assert "Praktijktest bij makelaars" in text(client.get("/zoeken/?q=makelaars"))

        # The sweep while the engine is still down: nothing lost, nothing raised.
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            assert retry_search_index() == 0
        assert "still unreachable" in caplog.text
        assert SearchIndexBacklog.objects.filter(object_pk=str(page.pk)).exists()

    second = search_node()
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(second)):
        if recovery == "retry":
            engines.rebuild_engine_indexes(schema_only=True)
            assert engine_titles("makelaars") == []
            assert retry_search_index() >= 1
        elif recovery == "retry_on_empty_engine":
            assert retry_search_index() >= 1
        else:
            call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
        assert engine_titles("makelaars") == ["Praktijktest bij makelaars"]
        assert not SearchIndexBacklog.objects.exists()
        assert retry_search_index() == 0


def engine_documents(page_model=InterventionPage):
    """The documents in the engine's page index (deleted pages' included)."""
    backend = get_search_backend()
    index = backend.get_index_for_model(page_model)
    backend.es.indices.refresh(index=index.name)
    return backend.es.count(index=index.name)["count"]


def test_deleting_while_the_engine_is_unreachable_removes_its_document_later(home, search_node):
    """The engine keeps its data but the site cannot reach it for a while (the site talks to
    a stopped node with the same index names meanwhile): the deleted page's document stays
    until the sweep removes it."""
    node, unreachable = search_node(), search_node()
    unreachable.stop()
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(node)):
        engines.rebuild_engine_indexes(schema_only=True)
        index = InterventionIndexPageFactory(parent=home)
        page = InterventionPageFactory(parent=index, title="Praktijktest bij makelaars")
        before = engine_documents()
    pk = str(page.pk)
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(unreachable)):
        page.delete()
    assert SearchIndexBacklog.objects.filter(object_pk=pk).exists()
    with override_settings(WAGTAILSEARCH_BACKENDS=node_backends(node)):
        assert engine_documents() == before  # the stale document
        assert retry_search_index() == 1
        assert engine_documents() == before - 1
    assert not SearchIndexBacklog.objects.exists()
