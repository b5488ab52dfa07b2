"""Degraded modes: the search engine (OpenSearch, Elasticsearch) down, Redis down, SMTP trouble.
The site keeps working."""

import smtplib
import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings

from hub.models import OutboundEmail
from hub.outbox import deliver
from interventies.search import InterventionSearch
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


def dead_engine(backend):
    return {
        "default": {
            "BACKEND": backend,
            "URLS": ["http://127.0.0.1:9"],  # nothing listens here
            "INDEX_PREFIX": "dead_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }


# Each engine client raises its own errors when nothing answers: both must reach the fallback.
DEAD_ENGINES = pytest.mark.parametrize(
    "dead_engine_settings",
    [
        pytest.param(dead_engine("hub.searchengine.elasticsearch8"), id="elasticsearch8"),
        pytest.param(dead_engine("hub.searchengine.opensearch2"), id="opensearch2"),
    ],
)
DEAD_REDIS = {
    "default": {
        "BACKEND": "hub.cache.TolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture
def index(home):
    return InterventionIndexPageFactory(parent=home)


@DEAD_ENGINES
def test_search_engine_down_saving_works_and_search_falls_back(
    rf, index, caplog, dead_engine_settings
):
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_settings):
        started = time.monotonic()
        page = InterventionPageFactory(parent=index, title="Praktijktest bij makelaars")
        page.save_revision().publish()
        assert time.monotonic() - started < 10  # saving does not hang on the dead engine
        state = InterventionSearch(rf.get("/interventies/?q=makelaars")).run()
    assert [p.title for p in state.results] == ["Praktijktest bij makelaars"]
    assert any("zoekmachine is even niet bereikbaar" in notice for notice in state.notices)


@DEAD_ENGINES
def test_search_engine_down_site_search_page_still_renders(client, index, dead_engine_settings):
    InterventionPageFactory(parent=index, title="Buurtbemiddeling")
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_settings):
        response = client.get("/zoeken/?q=buurtbemiddeling")
        suggestions = client.get("/zoeken/suggesties/?q=buurt")
    assert response.status_code == 200
    assert "Buurtbemiddeling" in response.content.decode()
    assert suggestions.status_code == 200


def test_redis_down_pages_render_and_forms_commit(client, home, django_capture_on_commit_callbacks):
    with override_settings(CACHES=DEAD_REDIS, PAGE_CACHE_SECONDS=300):
        assert cache.get("anything") is None  # a miss, not an error
        assert client.get("/").status_code == 200
        assert client.get("/").status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/accounts/signup/",
                {
                    "email": "nieuw@gemeente.example",
                    "password1": "Gelijke-kansen-2026",
                    "password2": "Gelijke-kansen-2026",
                },
            )
    assert response.status_code == 302
    assert OutboundEmail.objects.filter(to="nieuw@gemeente.example").exists()


def test_smtp_4xx_is_retried_with_backoff_5xx_is_failed_and_visible(client, superuser):
    temporary = OutboundEmail.objects.create(to="a@example.org", subject="Later", body_text="x")
    permanent = OutboundEmail.objects.create(to="b@example.org", subject="Nooit", body_text="x")
    with mock.patch(
        "django.core.mail.EmailMultiAlternatives.send",
        side_effect=smtplib.SMTPResponseException(421, b"Service not available"),
    ):
        deliver(temporary.pk)
        temporary.refresh_from_db()
        first_retry = temporary.next_attempt_at
        deliver(temporary.pk)  # not due yet in real life; delivering again doubles the wait
    temporary.refresh_from_db()
    assert temporary.status == "pending" and temporary.attempts == 2
    assert temporary.next_attempt_at > first_retry
    with mock.patch(
        "django.core.mail.EmailMultiAlternatives.send",
        side_effect=smtplib.SMTPRecipientsRefused({"b@example.org": (550, b"No such user")}),
    ):
        deliver(permanent.pk)
    permanent.refresh_from_db()
    assert permanent.status == "failed" and "550" in permanent.last_error
    client.force_login(superuser)
    listing = client.get("/admin/outbox/?status=failed").content.decode()
    assert "Nooit" in listing and "Later" not in listing


# --------------------------------------------------------------------------- broker down


def test_broker_down_saving_and_publishing_a_page_works(
    client, home, broker_down, django_capture_on_commit_callbacks, caplog
):
    """Issue 2 "Broker down": the editor's save and publish succeed; the task that could not
    be queued (renditions after publishing) is logged, and the page is live."""
    from hub.models import ContentPage
    from tests.factories import ContentPageFactory

    with caplog.at_level("ERROR", logger="hub.queue"):
        with django_capture_on_commit_callbacks(execute=True):
            page = ContentPageFactory(parent=home, title="Nieuw beleid", slug="nieuw", live=False)
            page.save_revision()
        with django_capture_on_commit_callbacks(execute=True):
            page.get_latest_revision().publish()
    page = ContentPage.objects.get(pk=page.pk)
    assert page.live and not page.has_unpublished_changes
    assert "Could not enqueue task hub.tasks.pregenerate_renditions" in caplog.text
    response = client.get("/nieuw/")
    assert response.status_code == 200 and "Nieuw beleid" in response.content.decode()


def test_readyz_reports_a_broker_that_is_down(client, home, broker_down, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    ready = client.get("/readyz")
    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["broker"]["status"] == "down"
    assert checks["database"]["status"] == "ok"
    assert "redis://" not in ready.content.decode()  # no addresses or secrets
    assert client.get("/healthz").status_code == 200


def test_without_a_broker_readyz_has_nothing_to_check(client, home, settings):
    settings.CELERY_BROKER_URL = "memory://localhost/"
    assert client.get("/readyz").json()["checks"]["broker"]["status"] == "ok"


# --------------------------------------------------------------------------- silent Redis


@pytest.fixture
def silent_redis():
    """A TCP port that accepts connections and never answers (a hung Redis, not a stopped
    one): every cache call runs into its socket timeout instead of a refused connection."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)  # the kernel completes handshakes; nobody ever reads or replies
    port = server.getsockname()[1]
    yield {
        "default": {
            "BACKEND": "hub.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    server.close()


def test_redis_that_does_not_answer_pages_still_render(client, home, silent_redis):
    from redis.exceptions import TimeoutError as RedisTimeoutError

    with override_settings(CACHES=silent_redis, PAGE_CACHE_SECONDS=300):
        # The timeout path itself, not a refused connection:
        with pytest.raises(RedisTimeoutError):
            cache._cache.get_client().get("probe")
        started = time.monotonic()
        response = client.get("/")
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert "Kennishub" in response.content.decode()
    assert elapsed < 30  # every cache call gives up after its timeout; nothing hangs


def test_search_index_backlog_sweep_and_rebuild_clear_it_on_the_database_backend(home):
    """The backlog of writes the engine missed (hub/searchengine): on a database backend there
    is nothing to retry, and `rebuild_search_index` resolves what failed before it started.
    With the real engine: tests/ops/test_engine_down.py."""
    from django.core.management import call_command

    from hub.models import SearchIndexBacklog
    from hub.searchengine import retry_search_index

    database = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=database):
        SearchIndexBacklog.objects.create(app_label="hub", model_name="contentpage", object_pk="1")
        assert retry_search_index() == 1
        assert retry_search_index() == 0
        SearchIndexBacklog.objects.create(app_label="hub", model_name="contentpage", object_pk="2")
        call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
        assert not SearchIndexBacklog.objects.exists()
