"""Fixtures shared by every test folder.

The database starts with what the migrations seed: the page tree with the HomePage, the
default Site, the shared vocabulary and the editor groups.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with an empty cache: no taxonomy or facet index from another test."""
    from django.core.cache import cache

    from hub.faceting import memory

    cache.clear()
    memory.clear()
    yield
    cache.clear()
    memory.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def demo(db):
    """The full demo content, as `make demo` loads it."""
    call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="beheer", email="beheer@example.org", password="een-lang-wachtwoord-123"
    )
