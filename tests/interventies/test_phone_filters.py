"""Phone-first filters (issue 16, item 3) in the shared listing template
(templates/components/listing/listing.html): the "Filters (n)" toggle, "Toon N resultaten",
"Wis filters", and long facets collapsed to their top values with "Toon alle"."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from hub.faceting.state import FacetGroup, FacetValue
from hub.models import DiscriminationGround, Domain
from interventies.search import InterventionSearch

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel_of(soup):
    return soup.select_one("[data-filters-panel]")


def total_of(rf, query):
    return InterventionSearch(rf.get(f"/interventies/?{query}")).run().total


def test_toggle_counts_the_selected_values(client, catalogue):
    domain, ground = Domain.objects.first(), DiscriminationGround.objects.first()
    soup = soup_of(client, f"/interventies/?domein={domain.slug}&grond={ground.slug}&q=gesprek")
    toggle = panel_of(soup).select_one("summary.filters__toggle")
    assert " ".join(toggle.get_text(" ").split()) == "Filters (2 gekozen )"
    assert toggle.select_one(".filters__count").get_text("") == "(2 gekozen)"
    # the word "gekozen" is for screen readers; the button shows "Filters (2)"
    assert toggle.select_one(".filters__count .visually-hidden").get_text(strip=True) == "gekozen"


def test_toggle_without_filters_has_no_count_and_no_clear_link(client, catalogue):
    soup = soup_of(client, "/interventies/?q=gesprek")
    panel = panel_of(soup)
    assert panel.select_one("summary").get_text(strip=True) == "Filters"
    assert panel.select_one("[data-clear-filters]") is None


def test_show_results_button_gives_the_current_total(client, rf, catalogue):
    domain = Domain.objects.first()
    query = f"domein={domain.slug}"
    soup = soup_of(client, f"/interventies/?{query}")
    button = panel_of(soup).select_one("button[data-show-results]")
    expected = total_of(rf, query)
    assert 1 < expected < len(catalogue)
    assert button.select_one(".filters__apply-count").get_text(strip=True) == (
        f"Toon {expected} resultaten"
    )
    # without JavaScript the count could be stale after ticking boxes: that label is plain
    assert button.select_one(".filters__apply-plain").get_text(strip=True) == "Filters toepassen"
    # a plain GET submit lands on the results
    assert button["type"] == "submit"
    assert button["formaction"] == "/interventies/#resultaten"
    assert soup.select_one("#resultaten") is not None
    form = button.find_parent("form")
    assert form["method"] == "get"


def test_show_results_button_says_resultaat_for_one(client, make_intervention):
    make_intervention(title="Enige aanpak")
    soup = soup_of(client, "/interventies/")
    label = panel_of(soup).select_one(".filters__apply-count").get_text(strip=True)
    assert label == "Toon 1 resultaat"


def test_clear_filters_keeps_the_text_search_and_sort_but_drops_every_facet(client, catalogue):
    domain, ground = Domain.objects.first(), DiscriminationGround.objects.first()
    url = f"/interventies/?q=gesprek&domein={domain.slug}&grond={ground.slug}&sort=nieuwste"
    soup = soup_of(client, url)
    link = panel_of(soup).select_one("a[data-clear-filters]")
    assert link.get_text(strip=True) == "Wis filters"
    assert parse_qs(urlsplit(link["href"]).query) == {"q": ["gesprek"], "sort": ["nieuwste"]}
    # and the page it links to has no filters left
    cleared = soup_of(client, "/interventies/" + link["href"])
    assert panel_of(cleared).select_one("summary").get_text(strip=True) == "Filters"
    assert cleared.select_one("#listing-q")["value"] == "gesprek"


def test_results_count_can_take_the_focus(client, catalogue):
    soup = soup_of(client, "/interventies/")
    total = soup.select_one("[data-listing-total]")
    assert total["id"] == "resultaten-aantal"
    assert total["tabindex"] == "-1"


# --------------------------------------------------------------------------- long facets


def values(counts, selected=()):
    return [
        FacetValue(
            value=name, label=name, count=count, selected=name in selected, url=f"?tag={name}"
        )
        for name, count in counts
    ]


def test_long_facet_in_its_own_order_shows_the_first_values_and_a_selected_one():
    group = FacetGroup(
        "grond", "Grond", "", values([(f"g{n}", 1) for n in range(12)], selected=["g10"]), 8
    )
    assert [v.value for v in group.head_values] == [f"g{n}" for n in range(8)] + ["g10"]
    assert [v.value for v in group.tail_values] == ["g8", "g9", "g11"]


def test_keywords_show_the_most_used_first_then_the_rest_alphabetically():
    counts = [(f"tag{n:02d}", n % 5) for n in range(20)]  # A-Z, counts 0..4 repeating
    group = FacetGroup("tag", "Trefwoord", "", values(counts, selected=["tag05"]), 4, True)
    head = [v.value for v in group.head_values]
    assert head == ["tag04", "tag09", "tag14", "tag19", "tag05"]  # count 4 (A-Z), + selected
    tail = [v.value for v in group.tail_values]
    assert tail == sorted(tail)
    assert "tag00" not in tail  # zero results and not selected: not shown at all
    assert set(head) | set(tail) == {v.value for v in group.visible_values}
    assert not set(head) & set(tail)


def test_short_facet_is_not_collapsed():
    group = FacetGroup("tag", "Trefwoord", "", values([("a", 1), ("b", 3)]), 8, True)
    assert [v.value for v in group.head_values] == ["a", "b"]  # its own order when short
    assert group.tail_values == []


def test_keyword_facet_renders_top_values_toon_alle_and_a_filter(client, make_intervention):
    for n in range(12):
        page = make_intervention(title=f"Aanpak {n}")
        page.tags.add("populair")
        if n < 6:
            page.tags.add("halfpopulair")
        page.tags.add(f"zeldzaam-{n:02d}")
        page.save_revision().publish()
    soup = soup_of(client, "/interventies/?tag=zeldzaam-11")
    facet = soup.select_one("#facet-tag")
    head = facet.find("ul", class_="facet__options", recursive=False)
    head_values = [box["value"] for box in head.select("input[type=checkbox]")]
    assert head_values[:2] == ["populair", "halfpopulair"]  # most used first
    assert "zeldzaam-11" in head_values  # the selected one is never hidden
    assert head.select_one("input[value=zeldzaam-11]").has_attr("checked")
    more = facet.select_one("details[data-facet-more]")
    assert more.summary.get_text(strip=True) == "Toon alle 14 keuzes"
    tail_values = [box["value"] for box in more.select("input[type=checkbox]")]
    assert len(head_values) + len(tail_values) == 14
    assert tail_values == sorted(tail_values)
    # the text filter exists for JavaScript to show; without it, it stays hidden
    search = facet.select_one("[data-facet-search]")
    assert search.has_attr("hidden")
    assert search.label["for"] == search.input["id"] == "facet-zoek-tag"
    assert search.label.get_text(strip=True) == "Zoek een trefwoord"
    assert not search.input.has_attr("name")  # never sent with the form
    # a short facet has neither
    domain = soup.select_one("#facet-domein")
    assert domain is None or domain.select_one("[data-facet-search], [data-facet-more]") is None
