"""Dutch search on the embedded default: word forms, compounds, typos, highlighting, messages
and autocomplete (the issue's "done when" list, on the demo content)."""

import re

import pytest

from hub.sitesearch import highlight, query_terms
from hub.textsearch import analysis
from hub.textsearch.analysis import Lexicon, split_compound

pytestmark = pytest.mark.django_db


def titles(client, query, path="/zoeken/"):
    html = client.get(path, {"q": query}).content.decode()
    return html, re.findall(r'class="result__title"[^>]*>\s*<a [^>]*>(.*?)</a>', html, re.S)


# --------------------------------------------------------------------------- analysis


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("woning", "woningen"),
        ("huur", "huren"),
        ("stage", "stages"),
        ("sollicitatie", "solliciteren"),
        ("discriminatie", "discrimineren"),
        ("evaluatie", "evalueren"),
        ("verhuurder", "verhuurders"),
    ],
)
def test_word_forms_share_a_search_key(a, b):
    assert analysis.key(a) == analysis.key(b)


def test_singular_in_s_finds_its_plural():
    assert analysis.key("gastlessen") in analysis.variant_keys("gastles")


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("arbeidsmarktdiscriminatie", ["arbeidsmarkt", "discriminatie"]),
        ("huurwoning", ["huur", "woning"]),
        ("huurwoningen", ["huur", "woningen"]),
        ("leeftijdsdiscriminatie", ["leeftijd", "discriminatie"]),
        ("samenwerken", ["samen", "werken"]),
        ("discriminatie", []),
        ("ruimtevaart", []),
    ],
)
def test_compounds_split_into_known_parts(word, parts):
    lexicon = Lexicon.of(
        "arbeidsmarkt markt arbeid discriminatie huur woning leeftijd samen werk".split()
    )
    assert split_compound(word, lexicon) == parts


def test_stop_words_and_fillers_are_left_out_of_queries():
    assert analysis.query_words("Welke aanpak werkt tegen discriminatie op de woningmarkt?") == [
        "discriminatie",
        "woningmarkt",
    ]


# --------------------------------------------------------------------------- on the demo


def test_stage_finds_the_chapter_about_stages(client, demo):
    _html, found = titles(client, "stage")
    assert "Verken wat er lokaal speelt" in found


def test_huurwoning_finds_at_least_what_huurwoningen_finds(client, demo):
    _html, singular = titles(client, "huurwoning")
    _html, plural = titles(client, "huurwoningen")
    assert plural and set(plural) <= set(singular)


def test_a_compound_finds_pages_about_its_parts(client, demo):
    _html, found = titles(client, "arbeidsmarktdiscriminatie")
    assert "Praktijktest bij uitzendbureaus en werkgevers" in found
    assert "Anoniem solliciteren bij de gemeente als werkgever" in found


def test_a_typo_is_corrected_and_the_page_says_so(client, demo):
    html, found = titles(client, "discrminatie")
    assert found
    assert "We vonden niets voor ‘discrminatie’" in html
    assert "‘discriminatie’" in html


def test_few_results_offer_did_you_mean_with_the_filters_kept(client, demo):
    html = client.get(
        "/interventies/", {"q": "praktijktest deurbelied", "domein": "wonen"}
    ).content.decode()
    suggestion = re.search(r'Bedoelde u:\s*<a href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert suggestion, html[-3000:]
    assert "deurbeleid" in suggestion.group(2)
    assert "domein=wonen" in suggestion.group(1)


def test_no_results_are_searched_again_with_the_correction_keeping_the_filters(client, demo):
    html = client.get(
        "/interventies/", {"q": "praktijktest deurbelied", "domein": "horeca-en-uitgaan"}
    ).content.decode()
    assert "We tonen de resultaten voor ‘praktijktest deurbeleid’" in html
    assert "Mystery guests bij het deurbeleid" in html


def test_housing_query_puts_a_housing_practice_test_in_the_top_three(client, demo):
    html, found = titles(client, "discriminatie op de woningmarkt")
    top = " ".join(found[:3])
    assert "Praktijktest" in top
    assert "<mark>de</mark>" not in html and "<mark>De</mark>" not in html


def test_highlighting_marks_whole_words_and_their_forms_never_stop_words():
    terms = query_terms("discriminatie op de woningmarkt")
    marked = str(highlight("Deze woningen: de discriminerende verhuurder op de woningmarkt", terms))
    assert "<mark>woningmarkt</mark>" in marked
    assert "<mark>De</mark>" not in marked and "<mark>de</mark>" not in marked
    assert "<mark>Deze</mark>" not in marked and "<mark>De</mark>ze" not in marked
    assert "<mark>op</mark>" not in marked


def test_highlighting_marks_other_forms_of_the_word():
    marked = str(
        highlight("Twee praktijktesten bij verhuurders", query_terms("verhuurder praktijktest"))
    )
    assert "<mark>praktijktesten</mark>" in marked and "<mark>verhuurders</mark>" in marked


def test_no_results_without_filters_gives_no_fewer_filters_advice(client, demo):
    html = client.get("/interventies/", {"q": "ruimtevaartorganisatie"}).content.decode()
    assert "Geen resultaten gevonden" in html
    assert "minder filters" not in html
    assert "Of begin bij een veelgebruikt onderwerp" in html


def test_no_results_with_filters_offers_to_drop_them(client, demo):
    html = client.get(
        "/interventies/", {"q": "ruimtevaartorganisatie", "domein": "horeca-en-uitgaan"}
    ).content.decode()
    assert "Probeer het met minder filters" in html and "Haal het filter" in html


def test_autocomplete_uses_word_forms(client, demo):
    data = client.get("/zoeken/suggesties/", {"q": "huurwoningen"}).json()
    assert any(
        "huurwoningen" in s["title"].lower() or "verhuur" in s["title"].lower()
        for s in data["suggestions"]
    )
    typo = client.get("/zoeken/suggesties/", {"q": "praktijtest"}).json()
    assert any("Praktijktest" in s["title"] for s in typo["suggestions"])


def test_ranking_reads_the_indexed_text_itself(demo):
    """Re-ranking reads the words as indexed, on every backend (on PostgreSQL the `title` and
    `body` columns are tsvectors; reading those ranked pages by their lexeme lists)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from hub.textsearch.ranking import index_texts, split_body

    page = Page.objects.get(slug="polderhaven-praktijktest-huurwoningen").specific
    content_type = ContentType.objects.get_for_model(page)
    title, body = index_texts([content_type.pk], [page.pk])[page.pk]
    assert title == page.title
    text, keys = split_body(body)
    assert analysis.key("huurwoningen") in keys
    assert "'" not in title and ":1" not in text[:200]
