"""Review, follow-ups: what is hidden stays hidden in the places found after the first fixes:
spelling suggestions, the shared page cache, and the PDF's cache headers."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_spelling_suggestions_never_reveal_a_restricted_title(client, home):
    ContentPageFactory(parent=home, slug="open", title="Wonen in de wijk")
    hidden = ContentPageFactory(parent=home, slug="dicht", title="Zwanenburgaanpak huisvesting")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/zoeken/", {"q": "wonen zwanenburgaanpek"}).content.decode()
    assert "zwanenburgaanpak" not in html.lower()

    PageViewRestriction.objects.filter(page=hidden).delete()
    html = client.get("/zoeken/", {"q": "wonen zwanenburgaanpek"}).content.decode()
    assert "zwanenburgaanpak" in html.lower()  # the same typo is corrected once it is public


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_restriction_written_by_another_process_empties_the_page_cache(client, home):
    page = ContentPageFactory(parent=home, slug="notitie", title="Notitie voor de raad")
    client.get("/")  # the first request creates the site settings (a content change)
    assert client.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url)["X-Cache"] == "HIT"

    # A plain model write, as a script or another web process makes it.
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302  # to the login page, not the cached copy


@override_settings(PAGE_CACHE_SECONDS=300)
def test_after_a_bulk_write_the_command_empties_the_page_cache(client, home):
    page = ContentPageFactory(parent=home, slug="notitie", title="Notitie voor de raad")
    client.get("/")
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "HIT"

    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    call_command("bump_content_version", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert client.get(page.url).status_code == 302


def test_the_pdf_of_a_restricted_guide_is_not_for_shared_caches(guide, rf):
    """The view itself says so (signed-in responses are also made private by middleware, but a
    password-restricted guide may be read without an account)."""
    from handreikingen.views.guides import guide_pdf

    assert guide_pdf(rf.get(guide.url + "pdf/"), guide)["Cache-Control"].startswith("public")
    PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = guide_pdf(rf.get(guide.url + "pdf/"), guide)
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
