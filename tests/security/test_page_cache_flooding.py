"""Review item 9: only a listing's own, understood parameters make a page-cache entry."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.interventies.factories import InterventionIndexPageFactory

pytestmark = pytest.mark.django_db


def cached_keys():
    return [key for key in cache._cache if ":page:" in key]


@override_settings(PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize(
    "url",
    [
        "/?q=x",
        "/?sort=x&page=abc",
        "/?page=2",
        "/toegankelijkheid/?q=1",
        "/interventies/?page=abc",
        "/interventies/?sort=bestaat-niet",
    ],
)
def test_made_up_query_strings_are_answered_but_not_stored(client, home, url):
    InterventionIndexPageFactory(parent=home, slug="interventies")
    client.get("/")  # creates the site settings (a content change) and caches the home page
    before = cached_keys()
    first = client.get(url)
    assert first.status_code == 200
    assert cached_keys() == before, url
    assert client.get(url).get("X-Cache") != "HIT"


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_listing_with_understood_parameters_is_still_cached(client, home):
    InterventionIndexPageFactory(parent=home, slug="interventies")
    client.get("/")
    url = "/interventies/?grond=leeftijd&page=1"
    assert client.get(url)["X-Cache"] == "MISS"
    assert client.get(url)["X-Cache"] == "HIT"
