"""Edges of issue 19: the admin in formal Dutch ("u") and without broken avatars, a page
behind a password on a page of the site, and only recent items under "Nieuw op de Kennishub"."""

import shutil
import subprocess
from datetime import time, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academie.models import MasterclassSession, Region, SessionFormat
from tests.academie.masterclasses.fixtures import (
    MasterclassIndexPageFactory,
    MasterclassPageFactory,
)
from tests.factories import ContentPageFactory
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

LOCALE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES"

pytestmark = pytest.mark.django_db


# --------------------------------------------------------------------------- admin


def test_admin_page_listing_counts_and_confirms_in_u_form(client, superuser, home):
    """Wagtail's Dutch translation reads "1-2van 2 ..." and "Weet je zeker ..."; locale/nl
    overrides both (tests/interventies/test_admin.py: the intervention listing)."""
    index = InterventionIndexPageFactory(parent=home)
    page = InterventionPageFactory(parent=index, title="Buurtgesprekken")
    InterventionPageFactory(parent=index, title="Gastlessen")
    client.force_login(superuser)

    listing = " ".join(client.get(f"/admin/pages/{index.pk}/").content.decode().split())
    assert "1–2 van 2 pagina&#x27;s" in listing

    delete = client.get(f"/admin/pages/{page.pk}/delete/").content.decode()
    assert "Weet u zeker dat u deze pagina wilt verwijderen?" in delete
    assert "Weet je zeker" not in delete


def test_no_gravatar_in_the_admin(client, superuser):
    """Gravatar images come from another host: the CSP (img-src 'self') blocks them, which left
    a broken image. Without a provider Wagtail shows its own default avatar."""
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "wagtailadmin/images/default-user-avatar" in html


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_compiled_translations_are_up_to_date(tmp_path):
    """locale/nl/LC_MESSAGES/django.mo is committed (no compile step at install): it must be
    what msgfmt makes of django.po."""
    compiled = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(LOCALE / "django.po")], check=True
    )
    assert compiled.read_bytes() == (LOCALE / "django.mo").read_bytes(), (
        "Run: msgfmt -o locale/nl/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.po"
    )


def test_overrides_address_the_editor_as_u():
    po = (LOCALE / "django.po").read_text()
    wagtail_part = po[po.index("Wagtail admin strings") :]
    msgstrs = [line for line in wagtail_part.splitlines() if not line.startswith("msgid")]
    text = " ".join(msgstrs).lower()
    for informal in (" je ", " jij ", " jouw "):
        assert informal not in text


# --------------------------------------------------------------------------- page privacy


def test_password_protected_page_asks_on_a_page_of_the_site(client, home):
    page = ContentPageFactory(parent=home, title="Verslag werkgroep", slug="verslag")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim-123"
    )
    response = client.get("/verslag/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Wachtwoord nodig</h1>" in html
    assert "De pagina ‘Verslag werkgroep’ is afgeschermd" in html
    assert 'class="skip-link" href="#inhoud"' in html and "site-footer" in html
    assert "Wachtwoord" in html and 'type="password"' in html

    form = html[html.index("<form action=") :]
    action = form[len('<form action="') : form.index('"', len('<form action="'))]
    wrong = client.post(action, {"password": "fout", "return_url": "/verslag/"})
    assert "Het wachtwoord is niet juist. Probeer het opnieuw." in wrong.content.decode()

    right = client.post(action, {"password": "geheim-123", "return_url": "/verslag/"})
    assert right.status_code == 302
    assert "Verslag werkgroep" in client.get("/verslag/").content.decode()


# --------------------------------------------------------------------------- home: latest


def test_home_latest_shows_recent_and_upcoming_items_only(client, home):
    recent = ContentPageFactory(parent=home, title="Nieuwe publicatie", show_in_latest=True)
    old = ContentPageFactory(parent=home, title="Oude publicatie", show_in_latest=True)
    old.first_published_at = timezone.now() - timedelta(days=800)
    old.save()

    index = MasterclassIndexPageFactory(parent=home)
    today = timezone.localdate()

    def masterclass(title, days):
        page = MasterclassPageFactory(parent=index, title=title)
        MasterclassSession.objects.create(
            page=page,
            capacity=10,
            date=today + timedelta(days=days),
            start_time=time(12, 30),
            end_time=time(17, 30),
            city="Goes",
            region=Region.SOUTH_WEST,
            session_format=SessionFormat.ON_SITE,
        )
        return page

    masterclass("Masterclass van 2019", days=-6 * 365)  # published today, held long ago
    masterclass("Masterclass volgende maand", days=30)
    masterclass("Masterclass van vorige maand", days=-30)

    html = client.get("/").content.decode()
    latest = html[html.index("Nieuw op de Kennishub") :]
    assert recent.title in latest
    assert "Masterclass volgende maand" in latest
    assert "Masterclass van vorige maand" in latest
    assert "Oude publicatie" not in latest
    assert "Masterclass van 2019" not in latest


def test_home_latest_is_one_query(home, django_assert_num_queries):
    ContentPageFactory(parent=home, title="Nieuwe publicatie", show_in_latest=True)
    # The view restrictions (public()), the pages, then their specific fields.
    with django_assert_num_queries(3):
        assert len(list(home.latest_pages())) == 1


# --------------------------------------------------------------------------- long words


def test_body_text_hyphenates_dutch_words():
    """ "antidiscriminatiebeleid" broke without a hyphen on a phone: the body hyphenates (by
    lang="nl" in base.html) and long words still wrap; tests/e2e/test_read_aloud.py checks the
    computed style in Chromium."""
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    body = css[css.index("body {") : css.index("}", css.index("body {"))]
    assert "hyphens: auto;" in body and "overflow-wrap: break-word;" in body
    base = (Path(settings.BASE_DIR) / "templates" / "base.html").read_text()
    assert '<html lang="nl">' in base
