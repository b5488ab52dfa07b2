"""Good practices: detail page, faceted listing with correct counts, link with interventions."""

import pytest

from handreikingen.search import GoodPracticeSearch
from hub.models import MunicipalitySize, Province
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(make_practice):
    provinces = list(Province.objects.all()[:4])
    sizes = list(MunicipalitySize.objects.all())
    made = []
    for n in range(12):
        made.append(
            make_practice(
                title=f"Aanpak {n}",
                province=provinces[n % 4],
                size=sizes[n % 4],
                year=2018 + n % 7,
                taxonomy={
                    "domains": [["wonen", "onderwijs", "zorg"][n % 3]],
                    "policy_steps": [["verkennen", "uitvoering"][n % 2]],
                },
            )
        )
    return made


def run(rf, query=""):
    return GoodPracticeSearch(rf.get(f"/praktijkvoorbeelden/?{query}")).run()


@pytest.mark.parametrize("param", ["provincie", "grootte", "domein", "stap"])
def test_facet_counts_match_results(rf, practices, param):
    state = run(rf)
    group = next(g for g in state.facets if g.param == param)
    assert sum(1 for v in group.values if v.count)
    for value in group.values:
        assert run(rf, f"{param}={value.value}").total == value.count


def test_listing_page_and_detail(client, practices):
    html = client.get("/praktijkvoorbeelden/").content.decode()
    assert "12 praktijkvoorbeelden" in html
    detail = client.get(practices[0].url).content.decode()
    assert "Wat deed de gemeente?" in detail and practices[0].municipality in detail


def test_practice_and_intervention_link_both_ways(client, home, make_practice):
    index = InterventionIndexPageFactory(parent=home)
    intervention = InterventionPageFactory(parent=index, title="Praktijktest huur")
    practice = make_practice(title="Polderstad test verhuurders")
    practice.interventions.set([intervention])
    practice.save()
    assert "Praktijktest huur" in client.get(practice.url).content.decode()
    assert "Polderstad test verhuurders" in client.get(intervention.url).content.decode()


def test_bad_input_never_breaks_the_listing(client, practices):
    for query in ["provincie=atlantis", "page=-1", "sort=';drop", "q=" + "x" * 5000, "grootte=<b>"]:
        response = client.get(f"/praktijkvoorbeelden/?{query}")
        assert response.status_code == 200
        assert "<b>" not in response.content.decode().split("<main", 1)[1]


def test_practices_listing_query_count_is_flat(
    client, make_practice, django_assert_max_num_queries
):
    for n in range(25):
        make_practice(title=f"Voorbeeld {n}", taxonomy={"domains": ["wonen"]})
    client.get("/praktijkvoorbeelden/")
    with django_assert_max_num_queries(15):
        client.get("/praktijkvoorbeelden/?domein=wonen&provincie=utrecht&q=voorbeeld")
