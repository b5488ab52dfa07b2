"""Open data: the API and the CSV/XLSX export agree with the listing and hide drafts."""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from hub.models import Domain

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


def test_api_listing_query_count_is_flat(client, index, django_assert_max_num_queries):
    from django.core.management import call_command

    call_command("generate_interventions", 30, stdout=io.StringIO())
    with django_assert_max_num_queries(20):
        assert client.get("/api/v2/interventies/?limit=30").status_code == 200


def test_csv_export_of_filtered_listing(client, mixed):
    response = client.get("/interventies/export/?domein=wonen&format=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="interventies-')
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["extern_id", "titel", "samenvatting"]
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
