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
    from hub import versions
    from hub.models import NavigationSettings

    before = versions.content_version()
    assert client.get("/").status_code == 200
    assert not NavigationSettings.objects.exists()
    assert versions.content_version() == before


# --------------------------------------------------------------------------- error pages


def assert_dutch_page(response, *texts):
    html = response.content.decode()
    assert '<html lang="nl">' in html
    for text in texts:
        assert text in html, text
    assert "Traceback" not in html
    assert ' style="' not in html  # the CSP allows no inline styles


@pytest.mark.django_db
def test_bad_request_gives_dutch_400_page(home, settings):
    """A host that is not allowed is a 400; the page is rendered without asking for the host
    again (the site navigation would, and turn it into a 500)."""
    settings.ALLOWED_HOSTS = ["kennishub.example.nl"]
    response = Client().get("/", HTTP_HOST="aanvaller.example")
    assert response.status_code == 400
    assert_dutch_page(response, "Deze vraag kunnen we niet verwerken", "Ga naar de homepage")


@pytest.mark.django_db
def test_permission_denied_gives_dutch_403_page(client, home, settings):
    settings.ROOT_URLCONF = "tests.ops.forbidden_urls"
    response = client.get("/verboden/")
    assert response.status_code == 403
    assert_dutch_page(response, "U heeft geen toegang tot deze pagina", "Log dan in")


@pytest.mark.django_db
def test_expired_form_gives_dutch_csrf_page(home):
    """A form posted without (or with an old) CSRF token: explain it in Dutch, no Django
    page in English with inline styles."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/login/", {"login": "iemand@gemeente.example", "password": "geheim-123456"}
    )
    assert response.status_code == 403
    assert_dutch_page(
        response,
        "Het formulier is verlopen",
        "Het formulier is verlopen, laad de pagina opnieuw en probeer het nog eens.",
    )
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_too_many_attempts_gives_dutch_429_page(client, home, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "2/m/ip", "login": "2/m/ip"}
    for address in ("een@example.org", "twee@example.org"):
        assert client.post("/accounts/signup/", {"email": address}).status_code == 200
    response = client.post("/accounts/signup/", {"email": "drie@example.org"})
    assert response.status_code == 429
    assert_dutch_page(
        response,
        "Te veel pogingen, probeer het over een paar minuten opnieuw.",
        "Wachtwoord vergeten?",
    )
    for _ in range(2):
        client.post("/accounts/login/", {"login": "een@example.org", "password": "fout"})
    login = client.post("/accounts/login/", {"login": "een@example.org", "password": "fout"})
    assert login.status_code == 429
    assert "Te veel pogingen" in login.content.decode()


# --------------------------------------------------------------------------- titles, embeds


@pytest.mark.django_db
def test_home_page_title_names_the_site_once(home, client):
    html = client.get("/").content.decode()
    assert "<title>Kennishub Antidiscriminatie</title>" in html
    ContentPageFactory(parent=home, title="Over ons", slug="over")
    assert "<title>Over ons · Kennishub Antidiscriminatie</title>" in (
        client.get("/over/").content.decode()
    )
    home.seo_title = "Wat werkt tegen discriminatie"
    home.save_revision().publish()
    assert "<title>Wat werkt tegen discriminatie · Kennishub Antidiscriminatie</title>" in (
        client.get("/").content.decode()
    )


@pytest.mark.django_db
def test_video_embeds_have_no_inline_style(home, client):
    """The CSP (style-src 'self') blocks inline styles; the video is sized by site.css."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    url = "https://www.youtube.com/watch?v=voorbeeld"
    Embed.objects.create(  # a stored oEmbed answer: no request to YouTube
        url=url,
        hash=get_embed_hash(url),
        max_width=None,
        type="video",
        html='<iframe width="480" height="270" src="https://www.youtube-nocookie.com/embed/'
        'voorbeeld" title="Uitleg over de meldplicht" allowfullscreen></iframe>',
        width=480,
        height=270,
        title="Uitleg",
        provider_name="YouTube",
    )
    page = ContentPageFactory(parent=home, title="Met video", slug="video")
    page.body = [
        (
            "video",
            {"title": "Uitleg over de meldplicht", "video": url, "transcript": "<p>Tekst</p>"},
        )
    ]
    page.save_revision().publish()
    html = client.get("/video/").content.decode()
    assert "youtube-nocookie.com/embed/voorbeeld" in html
    assert "style=" not in html
    assert "responsive-object" not in html


# --------------------------------------------------------------------------- accessibility statement


@pytest.mark.django_db
def test_accessibility_statement_exists_on_a_fresh_site(client):
    """The footer links to /toegankelijkheid/; the migrations create it, without load_demo."""
    statement = ContentPage.objects.get(slug="toegankelijkheid")
    assert statement.live and statement.url == "/toegankelijkheid/"
    response = client.get("/toegankelijkheid/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Toegankelijkheidsverklaring</h1>" in html
    assert "WCAG 2.1" in html and "Wat nog niet goed werkt" in html
    # The page tree is consistent (treebeard paths, child counts).
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.django_db
def test_editors_can_edit_the_accessibility_statement(client, superuser):
    statement = ContentPage.objects.get(slug="toegankelijkheid")
    client.force_login(superuser)
    assert client.get(f"/admin/pages/{statement.pk}/edit/").status_code == 200
    statement.intro = "Aangepast door de redactie."
    statement.save_revision().publish()
    assert "Aangepast door de redactie." in client.get("/toegankelijkheid/").content.decode()


@pytest.mark.django_db
def test_load_demo_does_not_duplicate_the_accessibility_statement(demo, client):
    assert ContentPage.objects.filter(slug="toegankelijkheid").count() == 1
    assert client.get("/toegankelijkheid/").status_code == 200
