"""Pages that list things beyond the faceted listings: their query count must not grow with
the number of items they show (no N+1), checked by building the same page small and large."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.models import Mechanism, PolicyStep
from interventies.models import MechanismIndexPage, MechanismPage
from tests.handreikingen.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25


def queries_for(client, url):
    client.get(url)  # warm the caches (site root paths, taxonomy terms, navigation)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response, len(queries)


def assert_flat(client, build, few, many, django_assert_max_num_queries):
    """`build(n)` makes the page list n items and returns (url, text of the last item, or ""
    when the response is not text)."""
    url, last = build(few)
    response, small = queries_for(client, url)
    assert not last or last in response.content.decode()
    url, last = build(many)
    response, large = queries_for(client, url)
    assert not last or last in response.content.decode()
    assert large == small, f"{small} queries for {few} items, {large} for {many}"
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(url)


def grow(items, n, make):
    """Add `make(i)` to `items` until it holds n items (the page then lists n)."""
    while len(items) < n:
        items.append(make(len(items)))


@pytest.fixture
def interventions(home):
    return InterventionIndexPageFactory(parent=home)


def test_mechanism_page(client, interventions, django_assert_max_num_queries):
    mechanism = Mechanism.objects.get(slug="contact-tussen-groepen")
    dossier = MechanismIndexPage(title="Wat werkt", slug="wat-werkt")
    interventions.add_child(instance=dossier)
    page = MechanismPage(title="Contact tussen groepen", slug="contact", mechanism=mechanism)
    dossier.add_child(instance=page)
    made = []

    def build(n):
        grow(
            made,
            n,
            lambda i: InterventionPageFactory(
                parent=interventions, title=f"Aanpak {i:03d}", taxonomy={"mechanisms": [mechanism]}
            ),
        )
        return page.url, made[-1].title

    assert_flat(client, build, 2, 12, django_assert_max_num_queries)


def test_intervention_detail_with_related_interventions(
    client, interventions, django_assert_max_num_queries
):
    page = InterventionPageFactory(parent=interventions, title="Hoofdaanpak")
    related = []

    def build(n):
        grow(
            related,
            n,
            lambda i: InterventionPageFactory(parent=interventions, title=f"Verwant {i:03d}"),
        )
        page.related_interventions.set(related)
        page.save_revision().publish()
        return page.url, related[-1].title

    assert_flat(client, build, 1, 8, django_assert_max_num_queries)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_intervention_export(client, interventions, export_format, django_assert_max_num_queries):
    made = []

    def build(n):
        grow(
            made,
            n,
            lambda i: InterventionPageFactory(parent=interventions, title=f"Export {i:03d}"),
        )
        # The XLSX is zipped: check the item through the CSV, count queries on both.
        return f"/interventies/export/?format={export_format}", ""

    assert_flat(client, build, 2, 15, django_assert_max_num_queries)
    csv = client.get("/interventies/export/?format=csv").content.decode("utf-8-sig")
    assert "Export 014" in csv


def test_guide_index_and_guide(client, home, django_assert_max_num_queries):
    guides = GuideIndexPageFactory(parent=home)
    steps = list(PolicyStep.objects.all())
    made = []

    def build_guides(n):
        grow(made, n, lambda i: GuidePageFactory(parent=guides, title=f"Handreiking {i:03d}"))
        return guides.url, made[-1].title

    assert_flat(client, build_guides, 1, 6, django_assert_max_num_queries)

    guide = made[0]
    chapters = []

    def build_chapters(n):
        grow(
            chapters,
            n,
            lambda i: GuideChapterPageFactory(
                parent=guide, title=f"Hoofdstuk {i:03d}", step=steps[i % len(steps)]
            ),
        )
        return guide.url, chapters[-1].title

    assert_flat(client, build_chapters, 1, 6, django_assert_max_num_queries)
