"""The generic pages: home with its entry points, content pages, navigation, 404/500."""

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from hub.models import ContentPage, HomePage
from tests.factories import ContentPageFactory


@pytest.mark.django_db
def test_home_page_shows_the_three_user_entry_points(demo, client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    for audience in ["Voor gemeenteambtenaren", "Voor ADV-medewerkers", "Voor raadsleden"]:
        assert audience in html
    assert 'href="#inhoud"' in html and 'id="inhoud"' in html
    assert "35%" in html


@pytest.mark.django_db
def test_home_page_lists_latest_pages_that_opt_in(home, client):
    shown = ContentPageFactory(
        parent=home, title="Nieuwe publicatie over wonen", show_in_latest=True
    )
    ContentPageFactory(parent=home, title="Colofon", show_in_latest=False)
    draft = ContentPageFactory(parent=home, title="Nog niet klaar", show_in_latest=True, live=False)
    html = client.get("/").content.decode()
    assert shown.title in html
    assert "Colofon" not in html
    assert draft.title not in html


@pytest.mark.django_db
def test_content_page_renders_shared_blocks_and_breadcrumbs(demo, client):
    response = client.get("/over-de-kennishub/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Over de Kennishub</h1>" in html
    assert "<details" in html and "Veelgestelde vragen" in html  # accordion
    assert "<blockquote>" in html  # quote
    assert 'aria-label="Kruimelpad"' in html
    assert 'aria-current="page">Over de Kennishub' in html


@pytest.mark.django_db
def test_navigation_and_footer_come_from_site_settings(demo, client):
    html = client.get("/privacy/").content.decode()
    assert 'aria-label="Hoofdmenu"' in html
    assert 'href="/interventies/"' in html
    assert "Toegankelijkheid" in html


@pytest.mark.django_db
def test_unknown_url_gives_dutch_404_without_stack_trace(home, client):
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet (meer)" in html
    assert "Traceback" not in html


@pytest.mark.django_db
def test_server_error_gives_dutch_500_page(home, settings):
    """A view that crashes shows the Dutch 500 page, not a stack trace."""
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    from unittest import mock

    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("kapot")):
        response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "kapot" not in html


@pytest.mark.django_db
def test_content_page_escapes_editor_text(home, client):
    page = ContentPageFactory(parent=home, title="<script>alert(1)</script>", intro="<b>vet</b>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


class ContentPageAdminTests(WagtailPageTestCase):
    """Editors can create pages with the shared blocks through the admin.

    See https://docs.wagtail.org/en/stable/advanced_topics/testing.html
    """

    @classmethod
    def setUpTestData(cls):
        cls.home = Page.objects.get(depth=2).specific

    def setUp(self):
        self.login()

    def test_content_page_can_be_created_under_home(self):
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Over discriminatie op de woningmarkt",
                    "slug": "woningmarkt",
                    "intro": "Een korte inleiding.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Wat speelt er?", "level": "h2"}),
                            (
                                "paragraph",
                                rich_text("<p>Huurders met een migratieachtergrond...</p>"),
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_only_one_home_page(self):
        self.assertCanNotCreateAt(HomePage, HomePage)


@pytest.mark.django_db
def test_menu_changes_show_up_immediately(demo, client, site):
    from hub.models import NavigationSettings

    assert "Wat werkt" in client.get("/").content.decode()
    nav = NavigationSettings.for_site(site)
    nav.primary = [("link", {"page": None, "url": "/zoeken/", "text": "Zoeken op de site"})]
    nav.save()
    html = client.get("/").content.decode()
    assert "Zoeken op de site" in html and ">Wat werkt<" not in html


def test_reading_a_page_writes_nothing(client, home):
    """A GET must not create the navigation settings row: that write would count as a content
    change and empty the page cache and every facet index on the first visit."""
    from hub.faceting import memory
    from hub.models import NavigationSettings

    before = memory.current_version()
    assert client.get("/").status_code == 200
    assert not NavigationSettings.objects.exists()
    assert memory.current_version() == before
