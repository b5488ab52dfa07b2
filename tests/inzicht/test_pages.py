"""The figures dashboard: /cijfers/ and /cijfers/<gemeente>/, their charts and CSVs.

The privacy rule (a municipal count of 1-4 is "minder dan 5" and gives no rate) is checked in
every output built here: the HTML table, the chart's SVG labels, the CSV and the comparison.
"""

import csv
import io
import re

import pytest

from hub.models import DiscriminationGround, Domain, Province
from inzicht.models import (
    Area,
    AreaKind,
    Dataset,
    FiguresPage,
    Nature,
    Observation,
    Population,
    Source,
)

pytestmark = pytest.mark.django_db


def _observe(dataset, area, year, count, source="adv", ground=None, domain=None, nature=None):
    return Observation.objects.create(
        dataset=dataset,
        area=area,
        year=year,
        source=Source.objects.get(slug=source),
        ground=DiscriminationGround.objects.get(slug=ground) if ground else None,
        domain=Domain.objects.get(slug=domain) if domain else None,
        nature=Nature.objects.get(slug=nature) if nature else None,
        count=count,
    )


def _municipality(name, inhabitants, province="utrecht", years=(2024, 2025)):
    area = Area.objects.create(
        kind=AreaKind.MUNICIPALITY,
        name=name,
        slug=name.lower(),
        province=Province.objects.get(slug=province),
    )
    for year in years:
        Population.objects.create(area=area, year=year, inhabitants=inhabitants)
    return area


@pytest.fixture
def figures(home):
    page = FiguresPage(title="Discriminatiecijfers", slug="cijfers")
    home.add_child(instance=page)
    page.save_revision().publish()
    dataset = Dataset.objects.create(
        title="Meldingen 2024-2025",
        slug="meldingen",
        organisation="Testbureau",
        year=2026,
        methodology="Elke melding telt één keer.",
        is_example=True,
    )
    national = Area.objects.national()
    Population.objects.create(area=national, year=2025, inhabitants=18_000_000)
    amersfoort = _municipality("Amersfoort", 60_000)
    baarn = _municipality("Baarn", 55_000)
    zeist = _municipality("Zeist", 70_000)
    _observe(dataset, amersfoort, 2024, 40)
    _observe(dataset, amersfoort, 2025, 50)
    _observe(dataset, amersfoort, 2025, 30, ground="herkomst")
    _observe(dataset, amersfoort, 2025, 3, ground="leeftijd")
    _observe(dataset, amersfoort, 2025, 0, domain="wonen")
    _observe(dataset, amersfoort, 2024, None, source="politie")
    _observe(dataset, amersfoort, 2025, 12, source="politie")
    _observe(dataset, baarn, 2025, 3)
    _observe(dataset, zeist, 2025, 14)
    _observe(dataset, national, 2025, 5000)
    _observe(dataset, national, 2025, 2000, ground="herkomst")
    _observe(dataset, national, 2025, 3, ground="leeftijd")
    return {"page": page, "dataset": dataset, "amersfoort": amersfoort}


def _table_cells(html, row_label):
    """The cells of every table row whose header is `row_label`."""
    pattern = re.compile(r'<th scope="row">' + re.escape(row_label) + r"</th>(.*?)</tr>", re.S)
    return [re.findall(r'<td class="number">(.*?)</td>', match) for match in pattern.findall(html)]


def _csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_municipality_page_shows_figures_sources_and_caveat(client, figures):
    response = client.get("/cijfers/amersfoort/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Discriminatiecijfers Amersfoort" in html
    assert "Voorbeeldcijfers." in html
    assert "Meldcijfers zeggen niet alles" in html
    assert "Praktijktesten" in html or "praktijktesten" in html
    # trend: both years; 2025 total and its rate per 10,000 (50 / 60,000)
    assert _table_cells(html, "2024")[0] == ["40"]
    assert _table_cells(html, "2025")[0] == ["50"]
    assert "8,3" in html
    # source, methodology and licence under the charts
    assert "Testbureau" in html and "Elke melding telt één keer." in html
    assert "CC BY 4.0" in html
    # a zero is a zero, and a missing breakdown is not shown as zero
    assert _table_cells(html, "Wonen")[0] == ["0"]
    assert "Bedreiging" not in html


def test_small_counts_are_suppressed_on_the_page_and_in_the_chart(client, figures):
    html = client.get("/cijfers/amersfoort/").content.decode()
    assert _table_cells(html, "Leeftijd")[0] == ["minder dan 5"]
    # the bar chart has no bar for it and says why in its label
    assert "Leeftijd (minder dan 5)" in html
    # Baarn (3 reports) in the comparison: no count, no rate
    assert _table_cells(html, "Baarn")[0] == ["minder dan 5", "–"]


def test_group_average_leaves_out_suppressed_municipalities(client, figures):
    html = client.get("/cijfers/amersfoort/").content.decode()
    # (50 + 14) / (60,000 + 70,000) * 10,000 = 4.9; with Baarn's 3 it would be 3.6
    average = next(
        cells
        for label, cells in [
            (label, _table_cells(html, label))
            for label in re.findall(r'<th scope="row">(Gemiddelde[^<]*)</th>', html)
        ]
    )
    assert average[0] == ["–", "4,9"]
    assert _table_cells(html, "Nederland")[0] == ["5.000", "2,8"]


def test_national_figures_are_not_suppressed(client, figures):
    html = client.get("/cijfers/").content.decode()
    assert _table_cells(html, "Leeftijd")[0] == ["3"]
    assert "Amersfoort" in html  # in the list of all municipalities


def test_unknown_is_not_zero(client, figures):
    html = client.get("/cijfers/amersfoort/?bron=politie").content.decode()
    assert _table_cells(html, "2024")[0] == ["onbekend"]
    assert _table_cells(html, "2025")[0] == ["12"]


def test_chart_csv_carries_suppression_source_licence_and_example_label(client, figures):
    response = client.get("/cijfers/amersfoort/csv/gronden/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "cijfers-amersfoort-adv-gronden.csv" in response["Content-Disposition"]
    rows = _csv_rows(response)
    assert ["Leeftijd", "minder dan 5"] in rows
    assert ["Herkomst / huidskleur (ras)", "30"] in rows
    flat = "\n".join(";".join(row) for row in rows)
    assert "VOORBEELDCIJFERS" in flat
    assert "Licentie;CC BY 4.0" in flat
    assert "Testbureau" in flat

    comparison = _csv_rows(client.get("/cijfers/amersfoort/csv/vergelijking/"))
    assert ["Baarn", "minder dan 5", ""] in comparison


def test_svg_is_accessible_and_fits_the_csp(client, figures):
    html = client.get("/cijfers/amersfoort/").content.decode()
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) >= 3
    for svg in svgs:
        if 'class="pygal-chart' not in svg:
            continue
        assert 'role="img"' in svg
        ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        for element_id in ids:
            assert f'id="{element_id}"' in svg
        assert "<title" in svg and "<desc" in svg
        assert "<script" not in svg and "<style" not in svg and " style=" not in svg


def test_unknown_municipality_and_chart_are_the_dutch_404(client, figures):
    response = client.get("/cijfers/atlantis/")
    assert response.status_code == 404
    assert "niet gevonden" in response.content.decode().lower()
    assert client.get("/cijfers/amersfoort/csv/taart/").status_code == 404
    assert client.get("/cijfers/atlantis/csv/trend/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "?bron=%3Cscript%3Ealert(1)%3C/script%3E",
        "?bron=" + "x" * 5000,
        "?bron=politie&bron=adv",
        "?bron=%00",
    ],
)
def test_hostile_source_parameter_gives_a_message(client, figures, query):
    response = client.get("/cijfers/amersfoort/" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    if "politie" not in query:
        assert "Voor deze bron zijn er geen cijfers" in html


@pytest.mark.parametrize(
    "query", ["?gemeente=" + "a" * 500, "?gemeente=%00%01", "?gemeente=%3Cb%3E", "?gemeente="]
)
def test_hostile_municipality_search(client, figures, query):
    response = client.get("/cijfers/" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="<b>"' not in html
    if "%3Cb%3E" in query:
        assert 'value="&lt;b&gt;"' in html
        assert 'We vinden geen gemeente met "&lt;b&gt;"' in html
    if query == "?gemeente=":
        assert "Typ eerst" in html


def test_municipality_search_finds_and_redirects(client, figures):
    response = client.get("/cijfers/?gemeente=amers")
    assert response.status_code == 302
    assert response["Location"] == "/cijfers/amersfoort/"
    html = client.get("/cijfers/?gemeente=a").content.decode()
    assert "gemeenten gevonden" in html
    html = client.get("/cijfers/?gemeente=atlantis").content.decode()
    assert "We vinden geen gemeente met" in html
    html = client.get("/cijfers/?gemeente=" + "a" * 500).content.decode()
    assert "Uw zoekwoord was te lang" in html


def test_municipality_page_query_count_does_not_grow(
    client, figures, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30):
        assert client.get("/cijfers/amersfoort/").status_code == 200
    dataset = figures["dataset"]
    for index in range(30):
        area = _municipality(f"Extra{index}", 60_000 + index)
        _observe(dataset, area, 2025, 20 + index)
        _observe(dataset, area, 2025, 4, ground="leeftijd")
    for year in range(2010, 2024):
        _observe(dataset, figures["amersfoort"], year, 30 + year % 7)
    with django_assert_max_num_queries(30):
        response = client.get("/cijfers/amersfoort/")
    assert response.status_code == 200
    assert "Extra29" in response.content.decode()
    with django_assert_max_num_queries(25):
        assert client.get("/cijfers/").status_code == 200


def test_reimport_bumps_version_and_redraws_the_chart(client, figures):
    first = client.get("/cijfers/amersfoort/").content.decode()
    assert _table_cells(first, "2025")[0] == ["50"]
    Observation.objects.filter(
        area=figures["amersfoort"], year=2025, ground=None, domain=None, source__slug="adv"
    ).update(count=77)
    dataset = figures["dataset"]
    dataset.version += 1
    dataset.save()
    second = client.get("/cijfers/amersfoort/").content.decode()
    assert _table_cells(second, "2025")[0] == ["77"]
    trend_svg = re.search(r'<svg[^>]*id="grafiek-trend".*?</svg>', second, re.S).group(0)
    assert "77" in trend_svg


def test_cached_figures_pages_are_refreshed_by_an_import(
    client, figures, settings, django_capture_on_commit_callbacks
):
    """Anonymous pages are cached (hub.pagecache); an import writes in bulk without model
    signals and must still make /cijfers/ pages outdated."""
    from inzicht.importing.observations import import_observations

    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_QUERY_SECONDS = 60
    client.get("/")  # the first request of a site creates its settings (a content change)
    assert _table_cells(client.get("/cijfers/amersfoort/").content.decode(), "2025")[0] == ["50"]
    assert client.get("/cijfers/amersfoort/").get("X-Cache") == "HIT"
    data = b"jaar;gebied;bron;aantal\n2025;Amersfoort;adv;61\n"
    with django_capture_on_commit_callbacks(execute=True):
        report = import_observations("nieuw.csv", data, figures["dataset"])
    assert report.ok, report.errors
    response = client.get("/cijfers/amersfoort/")
    assert response.get("X-Cache") == "MISS"
    assert _table_cells(response.content.decode(), "2025")[0] == ["61"]
