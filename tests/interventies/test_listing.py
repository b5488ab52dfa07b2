"""The intervention listing: facets, counts, text search, sorting, bad input, query count."""

import pytest
from wagtail.search.index import insert_or_update_object

from hub.models import DiscriminationGround, Domain, EvidenceLevel, PolicyStep
from interventies.models import InterventionPage
from interventies.search import InterventionSearch
from tests.interventies.conftest import generate_interventions

pytestmark = pytest.mark.django_db


def run_search(rf, query=""):
    request = rf.get("/interventies/" + (f"?{query}" if query else ""))
    return InterventionSearch(request).run()


def titles(state):
    return {item.title for item in state.results}


def test_listing_page_shows_total_and_results(client, catalogue):
    response = client.get("/interventies/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "20 interventies" in html
    assert "Aanpak 0" in html
    assert "Risico op averechts effect" in html  # backfire is marked, never hidden


@pytest.mark.parametrize("param", ["grond", "domein", "stap", "erkenning", "kosten"])
def test_facet_count_equals_results_after_selecting_the_value(rf, catalogue, param):
    state = run_search(rf, "")
    group = next(g for g in state.facets if g.param == param)
    assert group.values
    for value in group.values:
        selected = run_search(rf, f"{param}={value.value}")
        assert selected.total == value.count, (param, value.value)


def test_counts_are_disjunctive_within_a_facet_and_conjunctive_across(rf, catalogue):
    domain = Domain.objects.first()
    before = {
        v.value: v.count
        for v in next(g for g in run_search(rf).facets if g.param == "domein").values
    }
    state = run_search(rf, f"domein={domain.slug}")
    after = {v.value: v.count for v in next(g for g in state.facets if g.param == "domein").values}
    assert before == after  # selecting a domain does not change the counts of other domains

    ground = DiscriminationGround.objects.first()
    both = run_search(rf, f"domein={domain.slug}&grond={ground.slug}")
    expected = (
        InterventionPage.objects.filter(domains=domain).filter(grounds=ground).distinct().count()
    )
    assert both.total == expected
    grond_counts = {
        v.value: v.count for v in next(g for g in state.facets if g.param == "grond").values
    }
    assert grond_counts.get(ground.slug, 0) == expected


def test_values_within_a_facet_are_combined_with_or(rf, catalogue):
    first, second = Domain.objects.all()[:2]
    state = run_search(rf, f"domein={first.slug}&domein={second.slug}")
    expected = InterventionPage.objects.filter(domains__in=[first, second]).distinct().count()
    assert state.total == expected


def test_selected_value_with_zero_results_stays_visible(rf, catalogue):
    step = PolicyStep.objects.get(slug="evalueren")
    level = EvidenceLevel.objects.get(slug="effectief-sterke")
    InterventionPage.objects.filter(policy_steps=step).update(evidence_level=level)
    other_level = EvidenceLevel.objects.get(slug="niet-beoordeeld")
    state = run_search(rf, f"stap={step.slug}&erkenning={other_level.slug}")
    group = next(g for g in state.facets if g.param == "erkenning")
    chosen = next(v for v in group.visible_values if v.value == other_level.slug)
    assert chosen.selected and chosen.count == 0


def test_chips_and_clear_all(client, catalogue):
    domain = Domain.objects.first()
    html = client.get(f"/interventies/?domein={domain.slug}&q=aanpak").content.decode()
    assert f"{domain.name}" in html
    assert "Wis alle filters" in html
    assert 'href="?q=aanpak"' in html  # the chip removes only the domain


def test_text_search_finds_title_and_summary(rf, make_intervention):
    make_intervention(title="Praktijktest bij verhuurders", summary="Testen met fictieve huurders.")
    make_intervention(title="Gastles op school", summary="Leerlingen praten over vooroordelen.")
    assert titles(run_search(rf, "q=verhuurders")) == {"Praktijktest bij verhuurders"}
    assert titles(run_search(rf, "q=vooroordelen")) == {"Gastles op school"}
    assert run_search(rf, "q=verhuurders").sort == "relevantie"


def test_text_search_combines_with_facets(rf, make_intervention):
    wonen = Domain.objects.get(slug="wonen")
    make_intervention(title="Praktijktest huur", summary="Testen", taxonomy={"domains": [wonen]})
    make_intervention(
        title="Praktijktest werk", summary="Testen", taxonomy={"domains": ["arbeidsmarkt"]}
    )
    state = run_search(rf, "q=praktijktest&domein=wonen")
    assert titles(state) == {"Praktijktest huur"}
    counts = {v.value: v.count for v in next(g for g in state.facets if g.param == "domein").values}
    assert counts["wonen"] == 1 and counts["arbeidsmarkt"] == 1


def test_sort_by_strongest_evidence(rf, make_intervention):
    weak = make_intervention(
        title="Zwak", evidence_level=EvidenceLevel.objects.get(slug="niet-beoordeeld")
    )
    strong = make_intervention(
        title="Sterk", evidence_level=EvidenceLevel.objects.get(slug="effectief-sterke")
    )
    state = run_search(rf, "sort=bewijs")
    assert [p.pk for p in state.results] == [strong.pk, weak.pk]
    assert [p.title for p in run_search(rf, "sort=titel").results] == ["Sterk", "Zwak"]


def test_pagination(rf, index):
    generate_interventions(45)
    state = run_search(rf, "page=3")
    assert state.total == 45
    assert len(state.results) == 5
    assert state.page.number == 3
    assert state.previous_url == "?page=2" and state.next_url == ""


def test_a_search_of_several_words_without_results_offers_each_word_alone(client, catalogue):
    html = client.get("/interventies/?q=verhuurders+ruimtevaart&domein=wonen").content.decode()
    assert "Geen resultaten gevonden" in html
    assert 'href="?q=verhuurders&amp;domein=wonen"' in html
    assert html.count("Zoek alleen op ‘verhuurders’") == 1  # in the empty state, not the chips
    assert "Zoek alleen op ‘ruimtevaart’" in html
    # One word, or a search with results: nothing to offer.
    assert "Zoek alleen op" not in client.get("/interventies/?q=ruimtevaart").content.decode()
    assert "Zoek alleen op" not in client.get("/interventies/?q=verhuurders").content.decode()


@pytest.mark.parametrize("page", ["0", "-3"])
def test_page_below_one_shows_the_first_page(rf, index, page):
    generate_interventions(45)
    state = run_search(rf, f"page={page}")
    assert state.page.number == 1
    assert f"Paginanummer ‘{page}’ bestaat niet; we tonen de eerste pagina." in state.notices


def test_relevance_sort_without_search_words_falls_back_silently(rf, index):
    generate_interventions(3)
    state = run_search(rf, "sort=relevantie")
    assert state.notices == []
    assert state.sort == InterventionSearch.default_sort == "bewijs"


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("onzin=1", "Het filter ‘onzin’ kennen we niet"),
        ("grond=bestaat-niet", "‘bestaat-niet’ is geen bekende keuze bij discriminatiegrond"),
        ("page=abc", "Paginanummer ‘abc’ bestaat niet"),
        ("page=999", "Er is maar 1 pagina"),
        ("sort=evil", "Sorteren op ‘evil’ kan niet"),
        ("q=" + "woning " * 2000, "Uw zoekvraag was te lang"),
        ("q=%22%27%3B--", "geen letters of cijfers"),
    ],
)
def test_bad_input_is_explained_never_an_error(client, catalogue, query, notice):
    response = client.get(f"/interventies/?{query}")
    assert response.status_code == 200
    assert notice in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=<script>alert(1)</script>",
        "q=%27%3B DROP TABLE wagtailcore_page; --",
        'q="huur" OR 1=1',
        "q=AND OR NOT ( ) * ^",
        "grond=<img src=x onerror=alert(1)>",
        "onzin<b>=1",
    ],
)
def test_hostile_input_is_escaped_and_harmless(client, catalogue, query):
    response = client.get(f"/interventies/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "<b>=1" not in html
    assert InterventionPage.objects.count() == 20


def test_drafts_and_private_pages_never_appear(client, index, make_intervention):
    from wagtail.models import PageViewRestriction

    make_intervention(title="Zichtbaar voorbeeld")
    make_intervention(title="Concept voorbeeld", live=False)
    private = make_intervention(title="Besloten voorbeeld")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    for url in ["/interventies/", "/interventies/?q=voorbeeld"]:
        html = client.get(url).content.decode()
        assert "Zichtbaar voorbeeld" in html
        assert "Concept voorbeeld" not in html
        assert "Besloten voorbeeld" not in html


@pytest.mark.parametrize("count", [10, 300])
def test_listing_query_count_is_flat(client, index, django_assert_max_num_queries, count):
    generate_interventions(count)
    client.get("/interventies/")  # warm the taxonomy cache
    url = "/interventies/?q=aanpak&grond=herkomst&domein=wonen&stap=verkennen&sort=titel"
    with django_assert_max_num_queries(15):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get("/interventies/?page=2").status_code == 200


def html_and_sql_ids(rf, query):
    """The ids the HTML listing (in-memory index, one page of 1000) and the SQL path (export,
    API) give for `query`, each in its own order."""
    request = rf.get(f"/interventies/?{query}&page=1")
    search = InterventionSearch(request)
    search.page_size = 1000
    state = search.run()
    sql_ids = list(InterventionSearch(request).filtered_queryset().values_list("pk", flat=True))
    return [page.pk for page in state.results], sql_ids


@pytest.mark.parametrize(
    "query",
    [
        "",
        "domein=wonen",
        "grond=herkomst&grond=leeftijd&stap=verkennen",
        "q=aanpak&erkenning=goed-beschreven",
        "kosten=laag&sort=titel",
        "q=aanpak&sort=nieuwste&domein=onderwijs",
    ],
)
def test_html_listing_and_sql_filter_agree(rf, catalogue, query):
    """The in-memory index (HTML listing) and the SQL path (export, API) give the same results."""
    html_ids, sql_ids = html_and_sql_ids(rf, query)
    assert html_ids == sql_ids


def test_index_follows_publish_and_unpublish(rf, make_intervention):
    page = make_intervention(title="Wordt ingetrokken")
    assert run_search(rf).total == 1
    page.unpublish()
    assert run_search(rf).total == 0


def test_text_search_covers_body_tags_and_taxonomy_names(rf, make_intervention):
    page = make_intervention(
        title="Buurtgesprekken",
        summary="Gesprekken in de wijk.",
        approach=[("paragraph", "<p>Een vaste gespreksleider met een draaiboek.</p>")],
        research="<p>Evaluatie door een hogeschool.</p>",
        taxonomy={"grounds": ["antiziganisme"]},
    )
    page.tags.add("dialoogtafel")
    page.save()
    # In production the index update runs after commit, when the tags are saved too; tests
    # run the update inside save(), before modelcluster writes the tags, so index once more.
    insert_or_update_object(InterventionPage.objects.get(pk=page.pk))
    for word in ["gespreksleider", "hogeschool", "dialoogtafel", "antiziganisme"]:
        assert titles(run_search(rf, f"q={word}")) == {"Buurtgesprekken"}, word


@pytest.mark.skipif(
    not __import__("django.conf").conf.settings.IS_POSTGRES,
    reason="Dutch stemming needs PostgreSQL's 'dutch' text search configuration (SQLite FTS5 has none)",
)
def test_dutch_stemming_on_postgresql(rf, make_intervention):
    make_intervention(
        title="Eerlijk toewijzen van woningen", summary="Verhuurders huren eerlijk uit."
    )
    assert titles(run_search(rf, "q=woning")) == {"Eerlijk toewijzen van woningen"}
    assert titles(run_search(rf, "q=verhuurder")) == {"Eerlijk toewijzen van woningen"}


def test_listing_and_search_forms_have_a_real_action(client, catalogue):
    """No `action=""` (invalid HTML): the forms send to the page they are on."""
    for url in ("/interventies/", "/zoeken/"):
        html = client.get(url).content.decode()
        assert 'action=""' not in html, url
        assert 'method="get" action="/' in html, url
