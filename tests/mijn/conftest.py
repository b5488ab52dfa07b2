"""Fixtures of the alert tests: the listings' index pages and page makers of the app tests
(re-used, not repeated), and pages whose publication moment a test chooses."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.academie.factories import make_user
from tests.handreikingen.conftest import make_practice, practice_index  # noqa: F401
from tests.handreikingen.factories import GuideIndexPageFactory, GuidePageFactory
from tests.interventies.conftest import index, make_intervention  # noqa: F401


def published(page, when):
    """Give `page` the publication moments of a page first published (and last changed) at
    `when`, as publishing a revision would."""
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    page.refresh_from_db()
    return page


@pytest.fixture
def guide_index(home):
    return GuideIndexPageFactory(parent=home)


@pytest.fixture
def make_guide(guide_index):
    def make(**kwargs):
        taxonomy = kwargs.pop("taxonomy", {})
        kwargs.setdefault("parent", guide_index)
        guide = GuidePageFactory(**kwargs)
        for field, slugs in taxonomy.items():
            model = type(guide)._meta.get_field(field).related_model
            getattr(guide, field).set(model.objects.filter(slug__in=slugs))
        if taxonomy:
            guide.save()  # parental many-to-many values are written on save
        return guide

    return make


@pytest.fixture
def long_ago():
    return timezone.now() - timedelta(days=60)


@pytest.fixture
def user(db):
    return make_user("beleid@gemeente.example")


@pytest.fixture
def other_user(db):
    return make_user("ander@gemeente.example")
