"""Site-wide search at /zoeken/: all public types, never drafts or private pages."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction, Site

from hub.models import ContentPage, SearchSynonym, ZeroResultQuery
from hub.sitesearch import SNIPPET_LENGTH, highlight, snippet_text
from tests.factories import ContentPageFactory
from tests.handreikingen.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(home):
    interventions = InterventionIndexPageFactory(parent=home)
    practices = GoodPracticeIndexPageFactory(parent=home)
    private = ContentPageFactory(
        parent=home, title="Besloten notitie", intro="Intern over verhuurders."
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return {
        "intervention": InterventionPageFactory(
            parent=interventions,
            title="Praktijktest op de woningmarkt",
            summary="Testen bij verhuurders.",
        ),
        "practice": GoodPracticePageFactory(
            parent=practices,
            title="Eerlijke verhuur in Polderstad",
            summary="De gemeente sprak verhuurders aan.",
            taxonomy={"domains": ["wonen"]},
        ),
        "page": ContentPageFactory(
            parent=home, title="Over verhuurders", intro="Algemene informatie."
        ),
        "draft": ContentPageFactory(
            parent=home, title="Concept verhuurders", intro="Nog niet af.", live=False
        ),
        "index": interventions,
    } | {"private": private}


def result_titles(client, query, user=None):
    if user:
        client.force_login(user)
    response = client.get(f"/zoeken/?{query}")
    assert response.status_code == 200
    return response, {page.title for page in response.context["search"].results}


def test_finds_every_public_type_with_type_facet(client, content):
    response, titles = result_titles(client, "q=verhuurders")
    assert titles == {
        "Praktijktest op de woningmarkt",
        "Eerlijke verhuur in Polderstad",
        "Over verhuurders",
    }
    types = {v.value: v.count for v in response.context["search"].facets[0].values}
    assert types["interventie"] == 1 and types["praktijkvoorbeeld"] == 1 and types["pagina"] == 1
    _response, only = result_titles(client, "q=verhuurders&type=praktijkvoorbeeld")
    assert only == {"Eerlijke verhuur in Polderstad"}


def test_never_drafts_private_pages_or_other_sites(client, content, django_user_model):
    other_root = ContentPageFactory(
        parent=content["index"].get_parent().get_parent(), title="Andere site verhuurders"
    )
    Site.objects.create(hostname="andere.example", root_page=other_root, is_default_site=False)
    user = django_user_model.objects.create_user("u", "u@example.org", "wachtwoord-123")
    for who in (None, user):
        _r, titles = result_titles(client, "q=verhuurders", user=who)
        assert "Concept verhuurders" not in titles
        assert "Besloten notitie" not in titles
        assert "Andere site verhuurders" not in titles
    _r, titles = result_titles(client, "q=intern")
    assert titles == set()  # a word only in the private page's text finds nothing


def test_group_restricted_page_hidden_from_logged_in_user_without_access(
    client, content, django_user_model
):
    restriction = PageViewRestriction.objects.create(
        page=content["page"], restriction_type="groups"
    )
    restriction.groups.set([Group.objects.get(name="Eindredacteur")])
    user = django_user_model.objects.create_user("v", "v@example.org", "wachtwoord-123")
    _r, titles = result_titles(client, "q=verhuurders", user=user)
    assert "Over verhuurders" not in titles


def test_highlighting_and_noindex_and_no_cache(client, content):
    response, _titles = result_titles(client, "q=verhuurders")
    html = response.content.decode()
    assert "<mark>verhuurders</mark>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_synonyms_make_discrimineren_find_discriminatie(client, content):
    ContentPageFactory(
        parent=content["index"].get_parent(), title="Wat is discriminatie?", intro="Uitleg."
    )
    _r, titles = result_titles(client, "q=discrimineren")
    assert "Wat is discriminatie?" in titles
    SearchSynonym.objects.create(term="huizenjacht", alternatives="verhuurders")
    _r, titles = result_titles(client, "q=huizenjacht")
    assert "Praktijktest op de woningmarkt" in titles


def test_promoted_results_come_first(client, content):
    query = Query.get("verhuurders")
    SearchPromotion.objects.create(
        query=query, page=content["practice"], sort_order=0, description="Lees dit eerst"
    )
    SearchPromotion.objects.create(query=query, page=content["draft"], sort_order=1)
    html = client.get("/zoeken/?q=verhuurders").content.decode()
    assert "Aanbevolen door de redactie" in html and "Lees dit eerst" in html
    assert html.index("Lees dit eerst") < html.index("Praktijktest op de")
    assert "Concept verhuurders" not in html


def test_zero_results_are_logged(client, content):
    client.get("/zoeken/?q=ruimtevaart")
    client.get("/zoeken/?q=Ruimtevaart")
    assert ZeroResultQuery.objects.get(query="ruimtevaart").count == 2


def test_bad_input(client, content):
    for query in ["q=" + "a" * 10000, "q=%22%27<script>", "type=onzin", "page=zz", "sort=x"]:
        response = client.get(f"/zoeken/?{query}")
        assert response.status_code == 200
        assert "<script>" not in response.content.decode()


def test_suggestions_endpoint(client, content):
    data = client.get("/zoeken/suggesties/?q=praktijk").json()["suggestions"]
    assert [item["title"] for item in data] == ["Praktijktest op de woningmarkt"]
    assert data[0]["url"] == content["intervention"].url
    assert client.get("/zoeken/suggesties/?q=").json() == {"suggestions": []}
    assert client.get("/zoeken/suggesties/?q=" + "x" * 500).json() == {"suggestions": []}
    assert client.get("/zoeken/suggesties/?q=Concept").json() == {"suggestions": []}


def test_search_query_count_is_flat(client, home, django_assert_max_num_queries):
    for n in range(30):
        ContentPageFactory(parent=home, title=f"Pagina over verhuur {n}")
    client.get("/zoeken/?q=verhuur")
    with django_assert_max_num_queries(15):
        client.get("/zoeken/?q=verhuur&type=pagina")
    assert ContentPage.objects.filter(title__startswith="Pagina over verhuur").count() == 30


HOSTILE_TEXT = ["a%00b", "%EF%BB%BFverhuurders", "verhuurders%07", "%22", "verhuurders%22"]


@pytest.mark.parametrize("query", HOSTILE_TEXT)
def test_control_characters_and_lone_quotes_are_never_a_server_error(client, content, query):
    """NUL and other control characters are dropped before the query reaches the engine."""
    for url in (f"/zoeken/?q={query}", f"/zoeken/suggesties/?q={query}"):
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])


def test_query_with_a_control_character_still_finds_the_word(client, content):
    _response, titles = result_titles(client, "q=verhuurders%00")
    assert "Praktijktest op de woningmarkt" in titles
    titles = [
        s["title"] for s in client.get("/zoeken/suggesties/?q=%00Praktijk").json()["suggestions"]
    ]
    assert titles == ["Praktijktest op de woningmarkt"]


def test_normalize_text_drops_control_and_format_characters():
    from hub.faceting.text import clean_query, normalize_text

    assert normalize_text("a\x00b\ufeff  c\u200b\td") == "a b c d"
    assert normalize_text(None) == ""
    assert clean_query("  werk\x00  ") == ("werk", False)


def test_highlight_escapes_text_and_never_breaks_an_entity():
    html = str(highlight('Tom & "Jerry" <script>', ["amp", "quot", "tom"]))
    assert html == "<mark>Tom</mark> &amp; &quot;Jerry&quot; &lt;script&gt;"
    assert str(highlight("<b>vet</b>", [])) == "&lt;b&gt;vet&lt;/b&gt;"


def test_highlight_marks_whole_words_that_contain_a_term():
    html = str(highlight("Woningmarkt en woningcorporaties, en een buurthuis", ["woning"]))
    assert html == "<mark>Woningmarkt</mark> en <mark>woningcorporaties</mark>, en een buurthuis"


def test_snippet_shows_the_first_term_in_context():
    page = SimpleNamespace(
        listing_summary="Inleiding over beleid. " * 30 + "Hier staat het woord praktijktest.",
        search_description="",
    )
    snippet = snippet_text(page, ["praktijktest"])
    assert "praktijktest" in snippet
    assert snippet.startswith("…") and len(snippet) <= SNIPPET_LENGTH + 2
    assert snippet_text(page, []).startswith("Inleiding over beleid.")
