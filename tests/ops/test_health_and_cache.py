"""Health endpoints and the anonymous page cache."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

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
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "hub.ContentPage" in out.getvalue()
    OutboundEmail.objects.create(to="x@example.org", subject="Vast", body_text="x", status="failed")
    out = io.StringIO()
    call_command("send_outbox", "--mislukte", stdout=out)
    assert "1 van 1 e-mails verstuurd" in out.getvalue()
    assert ContentPage.objects.count() == 1


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
