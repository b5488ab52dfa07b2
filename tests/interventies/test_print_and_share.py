"""One intervention on paper and in a link (issue 16, item 6): the PDF at <intervention>/pdf/,
the print stylesheet's hooks on the page and the share link."""

import io
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from hub.models import DiscriminationGround, Domain, EvidenceLevel
from tests.interventies.factories import InterventionPageFactory
from tests.pdfs import assert_accessible_pdf, outline_titles

pytestmark = pytest.mark.django_db

SITE_URL = "https://kennishub.example.nl"


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_url(page):
    return page.url + "pdf/"


@pytest.fixture
def flagged(make_intervention):
    return make_intervention(
        title="Verplichte training met nadruk op schuld",
        summary="Een verplichte training die schuldgevoel oproept.",
        evidence_level=EvidenceLevel.objects.get(slug="effectief-eerste"),
        evidence_assessed_on=date(2020, 6, 7),
        evidence_valid_until=date(2026, 6, 7),
        backfire_risk=True,
        backfire_explanation="<p>Deelnemers gaan zich verdedigen en worden bozer.</p>",
    )


def test_pdf_is_accessible(client, flagged):
    reader = assert_accessible_pdf(client.get(pdf_url(flagged)).content, flagged.title)
    bookmarks = outline_titles(reader.outline)
    assert bookmarks[0] == flagged.title
    assert "In het kort" in bookmarks


@override_settings(SITE_URL=SITE_URL)
def test_pdf_of_a_flagged_intervention_starts_with_the_warning(client, flagged):
    response = client.get(pdf_url(flagged))
    text = pdf_text(response)
    assert response["Content-Disposition"] == f'inline; filename="{flagged.slug}.pdf"'
    warning = text.index("Let op: risico op averechts effect")
    assert text.index("Deelnemers gaan zich verdedigen") > warning
    assert warning < text.index("Verplichte training met nadruk op schuld")
    assert "Deelnemers gaan zich verdedigen" not in text[: text.index("Let op")]
    # the rating with its validity: this one has expired
    assert "Effectief – eerste aanwijzingen" in text
    assert "Deze beoordeling is verlopen op 7 juni 2026" in text or (
        "Geldig tot 7 juni 2026" in text  # when this test runs before that day
    )
    assert "Beoordeeld op 7 juni 2020" in text
    # the source is the page's address under SITE_URL, not the request's host
    assert f"{SITE_URL}/interventies/{flagged.slug}/" in "".join(text.split())  # may wrap
    assert "testserver" not in text


@override_settings(SITE_URL=SITE_URL)
def test_pdf_has_the_facts_of_the_page(client, make_intervention):
    ground = DiscriminationGround.objects.get(slug="leeftijd")
    domain = Domain.objects.get(slug="wonen")
    page = make_intervention(
        title="Buddyproject woningzoekenden",
        summary="Koppelt woningzoekenden aan een buddy.",
        evidence_level=EvidenceLevel.objects.get(slug="goed-onderbouwd"),
        evidence_assessed_on=date(2024, 3, 12),
        cost_category="laag",
        duration="Zes maanden, één uur per week",
        taxonomy={"grounds": [ground], "domains": [domain]},
    )
    text = pdf_text(client.get(pdf_url(page)))
    assert "Let op" not in text  # no warning for an intervention without the flag
    assert text.index("Buddyproject woningzoekenden") < text.index("Koppelt woningzoekenden")
    for fact in [
        "Goed onderbouwd",
        "Geldig tot 12 maart 2029",
        "Leeftijd",
        "Wonen",
        "Zes maanden, één uur per week",
        "Bewijs en erkenning",
    ]:
        assert fact in text, fact


def test_pdf_link_on_the_page(client, flagged):
    soup = BeautifulSoup(client.get(flagged.url).content, "html.parser")
    link = soup.select_one(".page-actions a.page-actions__pdf")
    assert link["href"] == pdf_url(flagged)
    assert link.get_text(" ", strip=True).startswith("Print / PDF")


def test_draft_has_no_pdf(client, make_intervention):
    page = make_intervention(title="Nog niet af")
    page.unpublish()
    assert client.get(pdf_url(page)).status_code == 404


def test_newer_draft_is_not_in_the_pdf(client, make_intervention):
    page = make_intervention(title="Gepubliceerde aanpak")
    page.title = "Geheime concepttitel"
    page.save_revision()
    text = pdf_text(client.get(pdf_url(page)))
    assert "Gepubliceerde aanpak" in text
    assert "Geheime" not in text


@pytest.mark.parametrize("kind", ["login", "password"])
def test_private_intervention_has_no_pdf_not_even_when_signed_in(
    client, admin_user, make_intervention, kind
):
    page = make_intervention(title="Besloten aanpak")
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="geheim")
    assert client.get(pdf_url(page)).status_code == 404
    client.force_login(admin_user)
    assert client.get(pdf_url(page)).status_code == 404
    assert client.get(page.url).status_code == 200  # the page itself, for those allowed


def test_intervention_in_a_private_folder_has_no_pdf(client, index):
    folder = wagtail_factories.PageFactory(parent=index, title="Besloten map", slug="besloten")
    PageViewRestriction.objects.create(page=folder, restriction_type="login")
    page = InterventionPageFactory(parent=folder, title="Aanpak in besloten map")
    assert client.get(pdf_url(page)).status_code == 404


@override_settings(PAGE_CACHE_SECONDS=300)
def test_cached_pdf_is_dropped_when_the_page_becomes_private(client, make_intervention):
    page = make_intervention(title="Eerst openbaar")
    client.get("/")  # the first request creates the site settings: a content change
    first = client.get(pdf_url(page))
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]
    assert client.get(pdf_url(page))["X-Cache"] == "HIT"  # a public PDF may be kept
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    after = client.get(pdf_url(page))
    assert after.status_code == 404
    assert after.get("X-Cache") != "HIT"


def test_pdf_query_count_does_not_grow_with_related_items(client, index, make_intervention):
    grounds = list(DiscriminationGround.objects.all()[:5])
    domains = list(Domain.objects.all()[:4])

    def make(n, title):
        page = make_intervention(
            title=title, taxonomy={"grounds": grounds[:n], "domains": domains[: min(n, 4)]}
        )
        for other in [make_intervention(title=f"{title} verwant {k}") for k in range(n)]:
            page.related_interventions.add(other)
        for k in range(n):
            page.tags.add(f"{title} trefwoord {k}")
        page.save_revision().publish()
        return page

    small, large = make(1, "Klein"), make(5, "Groot")
    counts = []
    for page in (small, large):
        client.get(pdf_url(page))  # warm caches (taxonomy, site root)
        with CaptureQueriesContext(connection) as queries:
            text = pdf_text(client.get(pdf_url(page)))
        counts.append(len(queries))
    assert "Groot verwant 4" in text and "Groot trefwoord 4" in text
    assert counts[0] == counts[1], counts


# --------------------------------------------------------------------------- share


@override_settings(SITE_URL=SITE_URL)
def test_share_works_without_javascript(client, flagged):
    soup = BeautifulSoup(client.get(flagged.url).content, "html.parser")
    share = soup.select_one("details.share")
    assert share.summary.get_text(" ", strip=True).startswith("Deel")
    field = share.select_one("input#share-url")
    url = f"{SITE_URL}/interventies/{flagged.slug}/"
    assert field["value"] == url
    assert field.has_attr("readonly")
    assert soup.select_one("label[for=share-url]").get_text(strip=True) == "Link naar deze pagina"
    mail = share.select_one('a[href^="mailto:"]')
    query = parse_qs(urlsplit(mail["href"]).query)
    assert query == {"subject": [flagged.title], "body": [url]}
    # with JavaScript: a copy button that confirms in Dutch, in a live region
    button = share.select_one("button[data-copy=share-url]")
    assert "js-only" in button["class"]
    assert button["data-copy-message"] == "Link gekopieerd"
    assert share.select_one("[data-copy-status]")["role"] == "status"
    assert soup.find("script", src="/static/js/copy.js") is not None
    # the print stylesheet prints the address at the end
    assert soup.select_one(".print-only.print-source").get_text(strip=True) == f"Bron: {url}"
