"""Review item 6: with the cache (Redis) unreachable every form still works, with the real
rate limits switched on. The cache is a real Redis client pointed at a port where nothing
listens."""

import pytest
from django.test import override_settings

from academie.models import MasterclassRegistration
from hub.models import OutboundEmail
from tests.academie.masterclasses.fixtures import form_data
from tests.security.conftest import PASSWORD

pytestmark = pytest.mark.django_db

DEAD_REDIS = {
    "default": {
        "BACKEND": "hub.cache.TolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.fixture
def cache_down(settings):
    from hub.settings import base

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    with override_settings(CACHES=DEAD_REDIS, PAGE_CACHE_SECONDS=300):
        from django.core.cache import cache

        assert cache.get("probe") is None and cache.incr("probe") is None  # really down
        yield


def test_masterclass_registration_works_with_the_cache_down(
    client, session, cache_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(session.url, form_data(session, client=client))
    assert response.status_code == 302
    assert MasterclassRegistration.objects.get().email == "fatima@gemeente.example"
    assert OutboundEmail.objects.filter(to="fatima@gemeente.example").exists()


def test_account_forms_work_with_the_cache_down(
    client, victim, cache_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        login = client.post("/accounts/login/", {"login": victim.email, "password": "fout"})
        reset = client.post("/accounts/password/reset/", {"email": victim.email})
        signup = client.post(
            "/accounts/signup/",
            {"email": "nieuw@gemeente.example", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert login.status_code == 200  # the form again, with "wrong password"
    assert reset.status_code == 302 and signup.status_code == 302


def test_listings_and_search_work_with_the_cache_down(client, home, cache_down):
    for path in ["/", "/zoeken/?q=wonen", "/zoeken/suggesties/?q=won"]:
        assert client.get(path).status_code == 200
