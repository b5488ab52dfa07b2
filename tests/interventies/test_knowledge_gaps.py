"""Issue 17, item 8: the evidence gap map at /interventies/kennislacunes/ — discrimination
ground × domain, per cell the live interventions per group of evidence levels, empty cells
marked as a knowledge gap, filters `doelgroep` and `stap` as on the listing, links that lead
to a listing with exactly the cell's interventions, a fixed number of queries."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from hub.models import DiscriminationGround, Domain, EvidenceLevel
from interventies.services import gaps
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db

URL = "/interventies/kennislacunes/"


def level(slug):
    return EvidenceLevel.objects.get(slug=slug)


@pytest.fixture
def hand_built(make_intervention, index, home):
    """Herkomst × Wonen: 1 effectief (sterke), 1 effectief (eerste, rating expired),
    2 goed onderbouwd, 1 niet beoordeeld = 5. Leeftijd × Arbeidsmarkt: 1 goed beschreven.
    Not counted: a draft, a page behind a password, one of another site."""
    today = timezone.localdate()
    wonen = {"grounds": ["herkomst"], "domains": ["wonen"]}
    make_intervention(
        title="Sterk",
        evidence_level=level("effectief-sterke"),
        taxonomy={**wonen, "audiences": ["werkgever"], "policy_steps": ["uitvoering"]},
    )
    make_intervention(
        title="Verlopen",
        evidence_level=level("effectief-eerste"),
        evidence_valid_until=today - timedelta(days=1),
        taxonomy=wonen,
    )
    make_intervention(
        title="Onderbouwd 1",
        evidence_level=level("goed-onderbouwd"),
        taxonomy={**wonen, "audiences": ["werkgever"]},
    )
    make_intervention(title="Onderbouwd 2", evidence_level=level("goed-onderbouwd"), taxonomy=wonen)
    make_intervention(title="Niet", evidence_level=level("niet-beoordeeld"), taxonomy=wonen)
    make_intervention(
        title="Beschreven",
        evidence_level=level("goed-beschreven"),
        taxonomy={"grounds": ["leeftijd"], "domains": ["arbeidsmarkt"]},
    )
    # No ground: counted in the total, not in a cell.
    make_intervention(title="Zonder grond", taxonomy={"domains": ["wonen"]})

    draft = make_intervention(title="Concept", taxonomy=wonen)
    draft.unpublish()
    private = make_intervention(title="Besloten", taxonomy=wonen)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    root = Page.objects.get(depth=1)
    other_home = root.add_child(instance=Page(title="Andere site", slug="andere-site"))
    Site.objects.create(hostname="ander.example", root_page=other_home, port=80)
    other_index = InterventionIndexPageFactory(parent=other_home, slug="interventies")
    InterventionPageFactory(parent=other_index, title="Elders", taxonomy=wonen)


def cell_html(html, ground, domain):
    """The <td> of one cell: row of `ground` (name), column of `domain` (name)."""
    headers = re.findall(r'<th scope="col">([^<]*)</th>', html)
    column = headers.index(domain)
    row = re.search(
        rf'<th scope="row">{re.escape(ground)}</th>(.*?)</tr>', html, flags=re.DOTALL
    ).group(1)
    cells = re.findall(r"<td.*?</td>", row, flags=re.DOTALL)
    return cells[column]


def the_map(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.context["gap_map"]


def cell(gap_map, ground_slug, domain_slug):
    for row in gap_map.rows:
        if row.ground.slug == ground_slug:
            return next(c for c in row.cells if c.domain.slug == domain_slug)
    raise AssertionError(ground_slug)


def counts(found):
    return {item.group.key: item.count for item in found.groups}


def test_counts_per_cell_and_per_evidence_group(client, hand_built):
    gap_map = the_map(client)
    wonen = cell(gap_map, "herkomst", "wonen")
    assert wonen.total == 5
    assert counts(wonen) == {"effectief": 2, "onderbouwd": 2, "niet-beoordeeld": 1}
    assert [item.group.key for item in wonen.groups] == [
        "effectief",
        "onderbouwd",
        "niet-beoordeeld",
    ]
    work = cell(gap_map, "leeftijd", "arbeidsmarkt")
    assert work.total == 1 and counts(work) == {"beschreven": 1}
    # Draft, private and the other site's intervention are nowhere.
    assert sum(c.total for row in gap_map.rows for c in row.cells) == 6
    assert gap_map.total == 7 and gap_map.unmapped == 1
    assert gap_map.cell_count == DiscriminationGround.objects.count() * Domain.objects.count()
    assert gap_map.gap_count == gap_map.cell_count - 2


def test_the_table_is_accessible_and_says_it_in_words(client, hand_built):
    html = client.get(URL).content.decode()
    assert "<caption" in html and 'aria-labelledby="gap-map-caption"' in html
    assert 'role="region"' in html and 'tabindex="0"' in html
    assert html.count('<th scope="col">') == Domain.objects.count()
    assert html.count('<th scope="row">') == DiscriminationGround.objects.count()
    text = " ".join(
        unescape(
            re.sub(r"<[^>]+>", " ", cell_html(html, "Herkomst / huidskleur (ras)", "Wonen"))
        ).split()
    )
    assert text.startswith("5 interventies")
    for words in ("2 effectief", "2 goed onderbouwd", "1 niet beoordeeld", "1 verlopen erkenning"):
        assert words in text, text
    assert "Kennislacune" not in text
    gap = cell_html(html, "Godsdienst", "Wonen")
    assert "gap-cell--gap" in gap and "Kennislacune" in gap
    total = DiscriminationGround.objects.count() * Domain.objects.count()
    assert f"{total - 2} van de {total} combinaties hebben nog geen interventie." in html
    assert "kennislacune" in html.lower() and "Laat het ons weten" in html


def test_expired_rating_counts_at_its_level_and_is_told(client, hand_built):
    """The rule (interventies.services.gaps): an expired rating counts at its level, as the
    listing's `erkenning` does; the cell says how many expired, with its own link."""
    wonen = cell(the_map(client), "herkomst", "wonen")
    assert counts(wonen)["effectief"] == 2
    assert wonen.expired == 1
    listing = client.get(wonen.expired_url)
    assert listing.context["search"].total == 1
    assert [r.title for r in listing.context["search"].results] == ["Verlopen"]


def test_filters_change_the_counts(client, hand_built):
    by_audience = cell(the_map(client, "?doelgroep=werkgever"), "herkomst", "wonen")
    assert by_audience.total == 2
    assert counts(by_audience) == {"effectief": 1, "onderbouwd": 1}
    both = the_map(client, "?doelgroep=werkgever&stap=uitvoering")
    assert cell(both, "herkomst", "wonen").total == 1
    assert cell(both, "leeftijd", "arbeidsmarkt").total == 0
    assert both.selected == {"doelgroep": ["werkgever"], "stap": ["uitvoering"]}
    html = client.get(URL + "?doelgroep=werkgever").content.decode()
    assert 'value="werkgever" checked' in html
    assert "doelgroep=werkgever" in cell(both, "herkomst", "wonen").url


@pytest.mark.parametrize(
    "query", ["", "?doelgroep=werkgever", "?doelgroep=werkgever&stap=uitvoering"]
)
def test_every_link_leads_to_a_listing_with_the_cells_count(client, hand_built, query):
    gap_map = the_map(client, query)
    checked = 0
    for row in gap_map.rows:
        for found in row.cells:
            if found.is_gap:
                continue
            assert client.get(found.url).context["search"].total == found.total, found.url
            for item in found.groups:
                listing = client.get(item.url).context["search"]
                assert listing.total == item.count, item.url
                assert not listing.notices
            checked += 1
    assert checked >= 1


def test_link_of_a_cell_in_the_page(client, hand_built):
    html = client.get(URL).content.decode()
    td = cell_html(html, "Herkomst / huidskleur (ras)", "Wonen")
    href = unescape(re.search(r'class="gap-cell__total" href="([^"]+)"', td).group(1))
    assert href == "/interventies/?grond=herkomst&domein=wonen"
    assert client.get(href).context["search"].total == 5
    effectief = [unescape(h) for h in re.findall(r'href="([^"]+)"', td) if "effectief" in h][0]
    assert effectief == (
        "/interventies/?grond=herkomst&domein=wonen"
        "&erkenning=effectief-eerste&erkenning=effectief-goede&erkenning=effectief-sterke"
    )
    assert client.get(effectief).context["search"].total == 2


def test_unknown_filters_and_values_are_ignored_with_a_message(client, hand_built):
    response = client.get(URL + "?doelgroep=marsmannetjes&stap=uitvoering&grond=leeftijd&x=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert "‘marsmannetjes’ is geen bekende keuze bij doelgroep" in html
    assert "Het filter ‘grond’ gebruiken we op deze pagina niet" in html
    assert "Het filter ‘x’ gebruiken we op deze pagina niet" in html
    gap_map = response.context["gap_map"]
    assert gap_map.selected == {"stap": ["uitvoering"]}
    assert cell(gap_map, "herkomst", "wonen").total == 1


@pytest.mark.parametrize(
    "query",
    [
        {"doelgroep": "x" * 100_000},
        {"doelgroep": ["werkgever"] * 2_000},
        {"stap": [f"s{n}" for n in range(500)]},
        {"doelgroep": "<script>alert(1)</script>"},
        {"stap": "\x00"},
        {"doelgroep": "１２"},
        {"q": "a" * 5_000, "sort": "x", "page": "-1"},
    ],
)
def test_hostile_params_do_not_break_the_page(client, hand_built, query):
    response = client.get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert len(html) < 400_000
    assert cell(response.context["gap_map"], "leeftijd", "arbeidsmarkt").total in (0, 1)


def test_many_values_are_cut_short(client, hand_built):
    html = client.get(URL, {"stap": [f"s{n}" for n in range(500)]}).content.decode()
    assert f"we lazen de eerste {gaps.MAX_VALUES_READ}" in html
    assert html.count("is geen bekende keuze bij beleidsstap") == gaps.MAX_VALUES_READ


def test_the_listing_links_to_the_map(client, hand_built):
    html = client.get("/interventies/").content.decode()
    assert f'href="{URL}">Bekijk waar kennis ontbreekt</a>' in html


def test_breadcrumbs_lead_back_to_the_database(client, hand_built):
    html = client.get(URL).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, flags=re.DOTALL).group(0)
    assert 'href="/interventies/">Interventies</a>' in crumbs
    assert '<span aria-current="page">Kennislacunes</span>' in crumbs


def test_an_editor_s_new_level_counts_as_not_assessed(client, make_intervention):
    extra = EvidenceLevel.objects.create(slug="in-beoordeling", name="In beoordeling", sort_order=1)
    make_intervention(
        evidence_level=extra, taxonomy={"grounds": ["leeftijd"], "domains": ["wonen"]}
    )
    found = cell(the_map(client), "leeftijd", "wonen")
    assert counts(found) == {"niet-beoordeeld": 1}
    assert "erkenning=in-beoordeling" in found.groups[0].url
    assert client.get(found.groups[0].url).context["search"].total == 1


def test_group_of_level():
    assert gaps.group_of_level("effectief-goede") == "effectief"
    assert gaps.group_of_level("goed-onderbouwd") == "onderbouwd"
    assert gaps.group_of_level("goed-beschreven") == "beschreven"
    assert gaps.group_of_level("niet-beoordeeld") == "niet-beoordeeld"


def test_the_map_without_filters_is_cached_like_the_comparison(client, hand_built, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(URL)
    assert client.get(URL).get("X-Cache") == "HIT"
    filtered = URL + "?doelgroep=werkgever"
    client.get(filtered)
    assert client.get(filtered).get("X-Cache") != "HIT"


# Routing (site, page tree, view restrictions), the restricted paths of public_filter, the
# map's three (levels and rating dates, grounds, domains) and the breadcrumbs: 11 here.
QUERY_BOUND = 11


def test_query_count_does_not_grow(client, make_intervention, django_assert_max_num_queries):
    def add(count):
        for n in range(count):
            make_intervention(
                evidence_level=level(["goed-beschreven", "effectief-goede"][n % 2]),
                taxonomy={
                    "grounds": ["herkomst", "leeftijd"][: 1 + n % 2],
                    "domains": ["wonen", "onderwijs"][: 1 + n % 2],
                    "audiences": ["werkgever"],
                    "policy_steps": ["uitvoering"],
                },
            )

    url = URL + "?doelgroep=werkgever&stap=uitvoering"
    add(3)
    client.get(url)  # warm the taxonomy cache
    with django_assert_max_num_queries(QUERY_BOUND):
        assert client.get(url).status_code == 200
    add(20)
    with django_assert_max_num_queries(QUERY_BOUND):
        response = client.get(url)
    assert cell(response.context["gap_map"], "herkomst", "wonen").total == 23
