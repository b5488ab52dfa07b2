"""Open data: the API and the CSV/XLSX export agree with the listing and hide drafts."""

import csv
import io

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from hub.models import Domain
from tests.interventies.conftest import generate_interventions
from tests.interventies.factories import InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed(make_intervention):
    wonen = Domain.objects.get(slug="wonen")
    live = make_intervention(title="Openbare aanpak wonen", taxonomy={"domains": [wonen]})
    make_intervention(title="Openbare aanpak werk", taxonomy={"domains": ["arbeidsmarkt"]})
    make_intervention(title="Concept aanpak", live=False, taxonomy={"domains": [wonen]})
    private = make_intervention(title="Besloten aanpak", taxonomy={"domains": [wonen]})
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return live


def api_titles(client, query=""):
    response = client.get(f"/api/v2/interventies/?{query}")
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_api_lists_only_live_public_interventions(client, mixed):
    assert api_titles(client) == {"Openbare aanpak wonen", "Openbare aanpak werk"}
    pages = client.get("/api/v2/pages/?type=interventies.InterventionPage").json()
    assert {item["title"] for item in pages["items"]} == {
        "Openbare aanpak wonen",
        "Openbare aanpak werk",
    }


def test_api_applies_facet_filters_and_text(client, mixed):
    assert api_titles(client, "domein=wonen") == {"Openbare aanpak wonen"}
    assert api_titles(client, "q=werk") == {"Openbare aanpak werk"}
    assert api_titles(client, "domein=onbekend") == {
        "Openbare aanpak wonen",
        "Openbare aanpak werk",
    }


def test_api_item_has_evidence_and_taxonomy(client, mixed):
    item = client.get(f"/api/v2/interventies/{mixed.pk}/").json()
    assert item["evidence"]["level"] == "goed-beschreven"
    assert item["taxonomy"]["domein"] == ["wonen"]
    assert client.get("/api/v2/interventies/999999/").status_code == 404


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, taxonomy)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(response.json()["items"]), len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/interventies/?limit={n}",
        "/api/v2/interventies/?fields=*&limit={n}",
        "/api/v2/pages/?type=interventies.InterventionPage&fields=*&limit={n}",
        "/api/v2/pages/?fields=*&limit={n}",
    ],
)
def test_api_listing_query_count_does_not_grow_with_the_page_size(
    client, index, url, django_assert_max_num_queries
):
    generate_interventions(30)
    few_items, few = count_queries(client, url.format(n=3))
    many_items, many = count_queries(client, url.format(n=30))
    assert (few_items, many_items) == (3, 30)
    assert many == few, f"{few} queries for 3 items, {many} for 30"
    with django_assert_max_num_queries(25):
        client.get(url.format(n=30))


def test_api_search_parameter_is_the_listing_text_search(client, mixed):
    assert api_titles(client, "search=werk") == {"Openbare aanpak werk"}
    assert api_titles(client, "search=wonen&domein=wonen") == {"Openbare aanpak wonen"}
    response = client.get("/api/v2/interventies/?search=werk&q=wonen").json()
    assert {item["title"] for item in response["items"]} == {"Openbare aanpak wonen"}
    assert response["meta"]["notices"] == ["U gaf zowel q als search op; we zoeken alleen op q."]


def test_api_says_what_it_ignored(client, mixed):
    meta = client.get("/api/v2/interventies/?domein=wonen").json()["meta"]
    assert meta == {"total_count": 1, "notices": []}
    meta = client.get("/api/v2/interventies/?domein=onbekend&grond=marsbewoners&sort=evil").json()[
        "meta"
    ]
    assert meta["total_count"] == 2
    assert meta["notices"] == [
        "‘marsbewoners’ is geen bekende keuze bij discriminatiegrond; we hebben die genegeerd.",
        "‘onbekend’ is geen bekende keuze bij domein; we hebben die genegeerd.",
        "Sorteren op ‘evil’ kan niet; we sorteren op sterkste bewijs eerst.",
    ]


HOSTILE_QUERIES = [
    "sort=evil",
    "q=" + "woning " * 1500,
    "q=%22huur%22%20OR%201%3D1",
    "q=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B%20--",
    "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "q=AND%20OR%20NOT%20(%20)%20*%20%5E%20%22",
    "q=a%00b",
    "search=a%00b",
    "grond=%3Cimg%20src%3Dx%3E&domein=onbekend",
    "stap=" + "x" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_api_bad_input_is_never_a_server_error(client, mixed, query):
    response = client.get(f"/api/v2/interventies/?{query}")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response.json()["meta"]["total_count"] <= 2


@pytest.mark.parametrize("query", [*HOSTILE_QUERIES, "format=evil", "format=xlsx&q=a%00b"])
def test_export_bad_input_is_never_a_server_error(client, mixed, query):
    response = client.get(f"/interventies/export/?{query}")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="interventies-')
    if "xlsx" not in query:
        text = response.content.decode("utf-8-sig")
        assert text.startswith("Extern ID;Titel;Samenvatting")  # unknown format: CSV
        assert "Concept aanpak" not in text and "Besloten aanpak" not in text


def test_long_query_is_shortened_the_same_way_in_listing_api_and_export(client, mixed):
    """API and export clean `q` like the listing does (hub.faceting.text.clean_query)."""
    query = "werk " + "x" * 300
    response = client.get(f"/api/v2/interventies/?q={query}").json()
    assert "Uw zoekvraag was te lang" in response["meta"]["notices"][0]
    assert {item["title"] for item in response["items"]} == {"Openbare aanpak werk"}
    text = client.get(f"/interventies/export/?q={query}").content.decode("utf-8-sig")
    assert "Openbare aanpak werk" in text and "Openbare aanpak wonen" not in text


def test_csv_export_of_filtered_listing(client, mixed):
    response = client.get("/interventies/export/?domein=wonen&format=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="interventies-')
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Extern ID", "Titel", "Samenvatting"]
    assert [row[1] for row in rows[1:]] == ["Openbare aanpak wonen"]


def test_xlsx_export_and_formula_injection_is_neutralised(client, make_intervention):
    make_intervention(title='=HYPERLINK("http://evil")', summary="@SUM(A1)")
    response = client.get("/interventies/export/?format=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for cell in sheet[2]]
    assert values[1].startswith("'=")
    assert values[2].startswith("'@")


def test_listing_offers_export_links_with_current_filters(client, mixed):
    html = client.get("/interventies/?domein=wonen").content.decode()
    assert "/interventies/export/?domein=wonen&amp;format=csv" in html


# ---------------------------------------------------------------------- drafts and private pages


@pytest.fixture
def hidden(index, make_intervention):
    """One visible intervention and three kinds that must never show: withdrawn (published,
    then unpublished), under an ancestor with a view restriction, and a newer draft."""
    make_intervention(title="Zichtbare aanpak", summary="Openbaar.")
    withdrawn = make_intervention(title="Ingetrokken aanpak", summary="Was openbaar.")
    withdrawn.unpublish()
    folder = wagtail_factories.PageFactory(parent=index, title="Besloten map", slug="besloten")
    PageViewRestriction.objects.create(page=folder, restriction_type="password", password="x")
    restricted = InterventionPageFactory(
        parent=folder, title="Aanpak in besloten map", summary="Alleen met wachtwoord."
    )
    drafted = make_intervention(title="Gepubliceerde aanpak", summary="Gepubliceerde tekst.")
    drafted.title = "Geheime concepttitel"
    drafted.summary = "Geheime conceptsamenvatting"
    drafted.save_revision()
    return {"withdrawn": withdrawn, "restricted": restricted, "drafted": drafted}


HIDDEN_WORDS = ["Ingetrokken", "besloten map", "wachtwoord", "Geheime"]
VISIBLE_TITLES = {"Zichtbare aanpak", "Gepubliceerde aanpak"}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/interventies/",
        "/api/v2/interventies/?fields=*",
        "/api/v2/interventies/?q=aanpak",
        "/api/v2/interventies/?search=aanpak",
        "/api/v2/pages/?type=interventies.InterventionPage&fields=*",
        "/api/v2/pages/?fields=*&limit=50",
        "/api/v2/pages/?search=aanpak",
    ],
)
def test_api_listings_hide_withdrawn_private_and_draft_content(client, hidden, url):
    response = client.get(url)
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles & VISIBLE_TITLES == VISIBLE_TITLES
    text = response.content.decode()
    for word in HIDDEN_WORDS:
        assert word not in text, word


@pytest.mark.parametrize("query", ["q=geheime", "q=ingetrokken", "q=wachtwoord", "search=geheime"])
def test_api_text_search_does_not_find_hidden_content(client, hidden, query):
    assert client.get(f"/api/v2/interventies/?{query}").json()["items"] == []


def test_api_detail_hides_withdrawn_private_and_draft_content(client, hidden):
    for name in ["withdrawn", "restricted"]:
        pk = hidden[name].pk
        assert client.get(f"/api/v2/interventies/{pk}/").status_code == 404, name
        assert client.get(f"/api/v2/pages/{pk}/").status_code == 404, name
    pk = hidden["drafted"].pk
    for url in [f"/api/v2/interventies/{pk}/", f"/api/v2/pages/{pk}/?fields=*"]:
        response = client.get(url)
        assert response.json()["title"] == "Gepubliceerde aanpak"
        assert "Geheime" not in response.content.decode()


@pytest.mark.parametrize("query", ["format=csv", "format=xlsx", "q=aanpak&format=csv"])
def test_export_hides_withdrawn_private_and_draft_content(client, hidden, query):
    response = client.get(f"/interventies/export/?{query}")
    assert response.status_code == 200
    if "xlsx" in query:
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    else:
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert {row[1] for row in rows[1:]} == VISIBLE_TITLES
    text = "\n".join(";".join(row) for row in rows)
    for word in HIDDEN_WORDS:
        assert word not in text, word


def test_export_text_search_does_not_find_hidden_content(client, hidden):
    for query in ["geheime", "ingetrokken", "wachtwoord"]:
        text = client.get(f"/interventies/export/?q={query}").content.decode("utf-8-sig")
        assert text.count("\n") == 1, query  # the header only
