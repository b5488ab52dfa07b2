"""Review, "Also": a view restriction written by another process (here: bulk_create, which
tells nobody) hides the page at once from every listing, search, suggestion and the API,
even after they were all used (and their per-process indexes built) before."""

import pytest
from wagtail.models import PageViewRestriction

from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Vertrouwelijke pilot buurtbemiddeling"
URLS = [
    "/interventies/",
    "/interventies/?q=buurtbemiddeling",
    "/zoeken/?q=buurtbemiddeling",
    "/zoeken/suggesties/?q=vertrouwelijke",
    "/api/v2/pages/?search=buurtbemiddeling",
    "/api/v2/pages/?type=interventies.InterventionPage",
    "/interventies/export/?format=csv",
]


def test_a_restriction_from_another_process_hides_the_page_everywhere_at_once(client, home):
    index = InterventionIndexPageFactory(parent=home, slug="interventies")
    page = InterventionPageFactory(parent=index, title=TITLE, summary="Over buurtbemiddeling.")
    InterventionPageFactory(parent=index, title="Openbare aanpak", summary="Buurtbemiddeling.")
    for url in URLS:
        assert "Vertrouwelijke pilot" in client.get(url).content.decode(), url

    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Vertrouwelijke" not in response.content.decode(), url
