"""Open data (issue 17, item 7): /api/v2/cijfers/, the observations of a dataset and its CSV,
with the licence, the example warning and the privacy rule."""

import csv
import io

import pytest

from inzicht.models import Area, AreaKind, Dataset, Observation

pytestmark = pytest.mark.django_db


def csv_content(response):
    return b"".join(response.streaming_content).decode("utf-8")


def test_listing_gives_every_dataset_with_its_licence(client, figures):
    response = client.get("/api/v2/cijfers/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 2
    assert data["meta"]["voorbeeldcijfers"] is True
    assert "waarschuwing" in data["meta"]
    item = next(item for item in data["items"] if item["slug"] == "voorbeeld-adv")
    dataset = Dataset.objects.get(slug="voorbeeld-adv")
    assert item["titel"] == dataset.title
    assert item["licentie"] == {"naam": "CC0 1.0", "url": dataset.licence_url}
    assert item["voorbeeldcijfers"] is True
    assert item["versie"] == dataset.version
    assert item["aantal_waarnemingen"] == dataset.observations.count()
    assert item["links"]["csv"].endswith("/api/v2/cijfers/voorbeeld-adv/csv/")
    assert item["links"]["waarnemingen"].endswith("/api/v2/cijfers/voorbeeld-adv/")


def test_observations_are_paginated_and_filtered(client, figures):
    response = client.get(
        "/api/v2/cijfers/voorbeeld-adv/", {"gebied": "utrecht", "jaar": "2025", "limit": 5}
    )
    assert response.status_code == 200
    data = response.json()
    expected = Observation.objects.filter(
        dataset__slug="voorbeeld-adv", area__slug="utrecht", year=2025
    ).count()
    assert data["meta"]["total_count"] == expected
    assert len(data["items"]) == 5
    assert data["meta"]["licentie"]["naam"] == "CC0 1.0"
    assert data["meta"]["voorbeeldcijfers"] is True
    assert data["meta"]["waarschuwing"]
    assert {item["gebied"] for item in data["items"]} == {"utrecht"}
    assert {item["jaar"] for item in data["items"]} == {2025}
    assert set(data["items"][0]) == {
        "jaar",
        "gebied",
        "soort_gebied",
        "bron",
        "grond",
        "terrein",
        "aard",
        "aantal",
        "opmerking",
    }
    second = client.get(
        "/api/v2/cijfers/voorbeeld-adv/",
        {"gebied": "utrecht", "jaar": "2025", "limit": 5, "offset": 5},
    ).json()
    assert second["items"] != data["items"]
    assert client.get("/api/v2/cijfers/voorbeeld-adv/", {"bron": "politie"}).json()["items"] == []


def test_suppression_in_the_api_and_the_csv(client, suppressed_ground):
    utrecht, small = suppressed_ground
    data = client.get(
        "/api/v2/cijfers/voorbeeld-adv/", {"gebied": "utrecht", "jaar": "2025", "limit": 1000}
    ).json()
    cell = next(
        item
        for item in data["items"]
        if item["grond"] == small.ground.slug and item["terrein"] is None and item["aard"] is None
    )
    assert cell["aantal"] is None
    assert cell["opmerking"] == "minder dan 5"
    assert cell["soort_gebied"] == "gemeente"

    text = csv_content(client.get("/api/v2/cijfers/voorbeeld-adv/csv/"))
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows.index(
        [
            "jaar",
            "gebied",
            "soort_gebied",
            "bron",
            "grond",
            "terrein",
            "aard",
            "aantal",
            "opmerking",
        ]
    )
    [row] = [
        row
        for row in rows[header + 1 :]
        if row[:7] == ["2025", "utrecht", "gemeente", "adv", small.ground.slug, "", ""]
    ]
    assert row[7:] == ["", "minder dan 5"]
    assert "3" not in row


def test_national_counts_are_not_suppressed(client, figures):
    national = Area.objects.get(kind=AreaKind.NATIONAL)
    observation = Observation.objects.filter(
        dataset__slug="voorbeeld-adv", area=national, year=2025, ground__isnull=False
    ).first()
    observation.count = 3
    observation.save(update_fields=["count"])
    items = client.get(
        "/api/v2/cijfers/voorbeeld-adv/", {"gebied": "nederland", "jaar": "2025", "limit": 1000}
    ).json()["items"]
    cell = next(
        item
        for item in items
        if item["grond"] == observation.ground.slug
        and item["terrein"] is None
        and item["aard"] is None
    )
    assert cell["aantal"] == 3 and cell["opmerking"] is None
    text = csv_content(client.get("/api/v2/cijfers/voorbeeld-adv/csv/"))
    assert f"2025;nederland;nederland;adv;{observation.ground.slug};;;3;" in text


def test_unknown_count_is_null_and_onbekend(client, figures):
    observation = Observation.objects.filter(
        dataset__slug="voorbeeld-adv", area__slug="utrecht", year=2024
    ).first()
    observation.count = None
    observation.save(update_fields=["count"])
    items = client.get(
        "/api/v2/cijfers/voorbeeld-adv/", {"gebied": "utrecht", "jaar": "2024", "limit": 1000}
    ).json()["items"]
    assert {"aantal": None, "opmerking": "onbekend"}.items() <= next(
        item for item in items if item["opmerking"] == "onbekend"
    ).items()


def test_csv_has_bom_licence_and_example_line(client, figures):
    response = client.get("/api/v2/cijfers/voorbeeld-politie/csv/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="cijfers-voorbeeld-politie.csv"'
    )
    text = csv_content(response)
    assert text.startswith("\ufeff")
    assert "VOORBEELDCIJFERS" in text
    assert "Licentie;CC0 1.0;https://creativecommons.org/publicdomain/zero/1.0/deed.nl" in text
    lines = text.splitlines()
    observations = Observation.objects.filter(dataset__slug="voorbeeld-politie").count()
    header = lines.index("jaar;gebied;soort_gebied;bron;grond;terrein;aard;aantal;opmerking")
    assert len(lines) - header - 1 == observations


def test_csv_cells_are_safe_in_a_spreadsheet(client, figures):
    Dataset.objects.filter(slug="voorbeeld-adv").update(methodology="=HYPERLINK(1)")
    text = csv_content(client.get("/api/v2/cijfers/voorbeeld-adv/csv/"))
    assert "Methode;'=HYPERLINK(1)" in text


@pytest.mark.parametrize("limit", [10, 100])
def test_fixed_number_of_queries(client, figures, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(3):
        response = client.get("/api/v2/cijfers/voorbeeld-adv/", {"limit": limit})
    assert len(response.json()["items"]) == limit


@pytest.mark.parametrize(
    "query",
    [
        {"jaar": "twee"},
        {"jaar": "-1"},
        {"limit": "1001"},
        {"offset": "x"},
        {"limit": "1e3"},
        {"gebied": "utrecht\x00"},
        {"bron": "a b"},
    ],
)
def test_bad_parameters_are_a_dutch_400(client, figures, query):
    response = client.get("/api/v2/cijfers/voorbeeld-adv/", query)
    assert response.status_code == 400
    message = response.json()["message"]
    assert "moet" in message or "mag niet" in message


@pytest.mark.parametrize(
    "url", ["/api/v2/cijfers/bestaat-niet/", "/api/v2/cijfers/bestaat-niet/csv/"]
)
def test_unknown_dataset_is_a_dutch_404(client, figures, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "bestaat niet" in response.json()["message"]


def test_overview_links_to_the_open_data(client, figures, figures_page):
    page = client.get("/cijfers/").content.decode()
    assert "Open data" in page
    assert 'href="/api/v2/cijfers/voorbeeld-adv/csv/"' in page
    assert 'href="/api/v2/cijfers/voorbeeld-adv/"' in page
