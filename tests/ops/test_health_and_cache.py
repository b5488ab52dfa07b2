"""Health endpoints and the anonymous page cache."""

import io

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from hub.models import ContentPage, OutboundEmail
from tests.factories import ContentPageFactory
from tests.ops.test_degraded import DEAD_REDIS

pytestmark = pytest.mark.django_db


def test_healthz_and_readyz(client, home):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    checks = ready.json()["checks"]
    assert set(checks) == {"database", "cache", "search", "broker"}
    assert all(check["status"] == "ok" and "latency_ms" in check for check in checks.values())


def test_readyz_reports_a_stopped_redis_while_healthz_stays_up(client, home):
    with override_settings(CACHES=DEAD_REDIS):
        ready = client.get("/readyz")
        health = client.get("/healthz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["cache"]["status"] == "down"
    assert ready.json()["checks"]["database"]["status"] == "ok"
    assert "redis://" not in ready.content.decode()  # no addresses or secrets
    assert health.status_code == 200


@override_settings(PAGE_CACHE_SECONDS=300)
def test_anonymous_pages_are_cached_and_refreshed_on_publish(client, home):
    page = ContentPageFactory(parent=home, title="Oude titel", slug="nieuws")
    client.get("/")  # the first request creates the (empty) site settings, a content change
    first = client.get("/nieuws/")
    second = client.get("/nieuws/")
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    page.title = "Nieuwe titel"
    page.save_revision().publish()
    fresh = client.get("/nieuws/")
    assert fresh["X-Cache"] == "MISS"
    assert "Nieuwe titel" in fresh.content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_signed_in_pages_are_never_shared(client, home, django_user_model):
    ContentPageFactory(parent=home, title="Over ons", slug="over")
    client.get("/over/")  # cached for anonymous visitors
    for name in ("Fatima", "Henk"):
        user = django_user_model.objects.create_user(
            name.lower(), f"{name.lower()}@example.org", "pw-123456789", first_name=name
        )
        client.force_login(user)
        response = client.get("/over/")
        assert "X-Cache" not in response and "Uitloggen" in response.content.decode()
        mine = client.get("/academie/mijn/")
        assert mine.status_code == 200 and name in mine.content.decode()
        client.logout()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_pages_with_a_csrf_form_are_not_cached(client, home):
    client.get("/accounts/login/")
    again = client.get("/accounts/login/")
    assert "X-Cache" not in again  # excluded path and a CSRF form


def test_rebuild_search_index_and_send_outbox_commands(home):
    ContentPageFactory(parent=home, title="Te indexeren")
    pages = ContentPage.objects.count()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "hub.ContentPage" in out.getvalue()
    OutboundEmail.objects.create(to="x@example.org", subject="Vast", body_text="x", status="failed")
    out = io.StringIO()
    call_command("send_outbox", "--mislukte", stdout=out)
    assert "1 van 1 e-mails verstuurd" in out.getvalue()
    assert ContentPage.objects.count() == pages


def test_renditions_are_made_when_publishing(home, django_capture_on_commit_callbacks):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Foto", file=get_test_image_file())
    page = ContentPageFactory(parent=home, title="Met foto", live=False)
    page.body = [
        (
            "image",
            {"image": {"image": image, "decorative": False, "alt_text": "Een foto"}, "caption": ""},
        )
    ]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert image.renditions.filter(filter_spec="width-1200").exists()


# --------------------------------------------------------------------------- health probes
# Docker probes http://127.0.0.1:8000/healthz: a host that is not in ALLOWED_HOSTS, over plain
# HTTP. Production refuses the first (400) and redirects the second (301) for every other URL.

PRODUCTION_LIKE = {"SECURE_SSL_REDIRECT": True, "ALLOWED_HOSTS": ["kennishub.example.nl"]}


@override_settings(**PRODUCTION_LIKE)
def test_healthz_answers_the_container_probe_under_production_settings(home):
    client = Client()  # loads the middleware with the settings above
    response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    ready = client.get("/readyz", HTTP_HOST="127.0.0.1:8000")
    assert ready.status_code == 200 and ready.json()["status"] == "ok"
    # Everything else still gets the host check and the HTTPS redirect.
    assert client.get("/", HTTP_HOST="127.0.0.1:8000").status_code == 400
    redirect = client.get("/", HTTP_HOST="kennishub.example.nl")
    assert redirect.status_code == 301
    assert redirect["Location"] == "https://kennishub.example.nl/"


def test_healthz_with_the_real_production_settings():
    """The same probe against hub.settings.production itself (a separate process)."""
    from tests.hub.test_settings import PRODUCTION_ENV, run

    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='127.0.0.1:8000'); "
        "print(r.status_code, r.content.decode(), r['X-Content-Type-Options'])"
    )
    result = run(["-c", code], PRODUCTION_ENV)
    assert result.stdout.split() == ["200", '{"status":', '"ok"}', "nosniff"], result.stderr


# --------------------------------------------------------------------------- page cache keys


@override_settings(PAGE_CACHE_SECONDS=300)
def test_only_understood_query_strings_are_stored(client, home):
    from tests.interventies.factories import InterventionIndexPageFactory

    InterventionIndexPageFactory(parent=home, slug="interventies")
    client.get("/")  # the first request creates the (empty) site settings, a content change
    known = "/interventies/?grond=leeftijd&sort=titel&page=1"
    assert client.get(known)["X-Cache"] == "MISS"
    assert client.get(known)["X-Cache"] == "HIT"
    # Made-up parameters and made-up values are answered but never stored.
    for url in (
        "/interventies/?utm_source=nieuwsbrief",
        "/interventies/?grond=leeftijd&x=1",
        "/?bust=123",
        "/interventies/?grond=bestaat-niet",
    ):
        first = client.get(url)
        assert first.status_code == 200, url
        assert client.get(url).get("X-Cache") != "HIT", url


def test_a_fresh_process_knows_every_listing_parameter():
    """In a new web process the page cache finds every app's listings by itself (nothing
    imported them first): a filtered course or session list stays cacheable."""
    import subprocess
    import sys

    code = (
        "import django; django.setup(); "
        "from hub.pagecache import understood_params; "
        "print(' '.join(sorted(understood_params())))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    assert {"duur", "maand", "regio", "vorm", "grond", "q", "sort", "page"} <= set(output)


def test_every_listing_parameter_is_understood_by_the_page_cache():
    """A facet a listing declares must not silently lose the page cache."""
    from academie.search.courses import CourseSearch
    from academie.search.masterclasses import SessionSearch
    from handreikingen.search import GoodPracticeSearch
    from hub.pagecache import understood_params
    from interventies.search import InterventionSearch

    for listing in (InterventionSearch, GoodPracticeSearch, CourseSearch, SessionSearch):
        params = {facet.param for facet in listing.facets}
        params |= set(listing.reserved_params) | set(listing.extra_params)
        assert params <= understood_params(), (listing.__name__, params - understood_params())


# --------------------------------------------------------------------------- shared freshness


def public_pages():
    from wagtail.models import Page

    from hub.querysets import public_filter

    return set(Page.objects.filter(public_filter()).values_list("slug", flat=True))


def test_a_new_view_restriction_is_seen_at_once(home):
    from wagtail.models import PageViewRestriction

    page = ContentPageFactory(parent=home, slug="intern")
    child = ContentPageFactory(parent=page, slug="onder-intern")
    assert {"intern", "onder-intern"} <= public_pages()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not {"intern", "onder-intern"} & public_pages()
    assert child.get_parent().pk == page.pk


def test_a_restriction_written_without_signals_is_seen_at_once(home):
    """As when another process (a management command, a node without a shared cache)
    writes it: nothing here is told, and the next query honours it anyway."""
    from wagtail.models import PageViewRestriction

    page = ContentPageFactory(parent=home, slug="intern")
    assert "intern" in public_pages()
    PageViewRestriction.objects.bulk_create(  # bulk_create sends no post_save
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert "intern" not in public_pages()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_page_cached_before_the_commit_is_not_served_after_it(
    client, home, django_capture_on_commit_callbacks
):
    """The content version is bumped again on commit: a copy rendered from the old rows in
    between (by another worker) is never served."""
    page = ContentPageFactory(parent=home, title="Oude titel", slug="nieuws")
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Nieuwe titel"
        page.save_revision().publish()
        stale = client.get("/nieuws/")  # stands in for a worker reading before the commit
        assert stale["X-Cache"] == "MISS"
    fresh = client.get("/nieuws/")
    assert fresh["X-Cache"] == "MISS"
    assert "Nieuwe titel" in fresh.content.decode()
