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
    """Each test starts with an empty cache and storage: nothing left over from another test."""
    from django.core.cache import cache
    from django.core.files.storage import default_storage, storages
    from django.utils.functional import empty

    from hub.faceting import memory

    def reset():
        cache.clear()
        memory.clear()
        # Tests use InMemoryStorage: start every test with no stored files.
        storages._storages.clear()
        default_storage._wrapped = empty

    reset()
    yield
    reset()


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
