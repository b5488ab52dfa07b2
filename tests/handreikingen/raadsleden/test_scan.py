"""The raadsledentool's start page and quick scan: roles, the GET form, bad URLs."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_start_page_explains_roles_and_instruments(client, tool):
    html = client.get("/raadsleden/").content.decode()
    assert "Uitleg antennerol." in html and "Motie, Werkbezoek" in html
    assert 'href="scan/?rol=controlerende-rol"' in html


def test_scan_is_a_plain_get_form_grouped_by_step(client, tool):
    html = client.get("/raadsleden/scan/?rol=antennerol").content.decode()
    assert 'method="get"' in html and "csrfmiddlewaretoken" not in html
    assert "Stap 1: Verken wat er lokaal speelt" in html
    assert 'value="antennerol" ' in html and "checked" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "rol=antennerol",
        "rol=dictator&onderzoek=ja&adv-afspraken=ja&beleid-vastgesteld=ja&evaluatie=ja",
        "rol=antennerol&onderzoek=misschien&adv-afspraken=ja",
        "rol=antennerol&onderzoek=<script>&onbekend=1",
    ],
)
def test_tampered_or_incomplete_answers_show_the_scan_with_valid_answers(client, tool, query):
    response = client.get(f"/raadsleden/resultaat/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet alle vragen zijn (goed) beantwoord" in html
    assert "<script>" not in html
    if "adv-afspraken=ja" in query:  # the valid answer is kept
        assert re.search(r'<input[^>]*name="adv-afspraken" value="ja"[^>]*checked', html)
    if "onderzoek=ja" not in query:  # an invalid answer is not kept
        assert not re.search(r'<input[^>]*name="onderzoek" value="[^"]*"[^>]*checked', html)


def test_start_page_has_a_start_button_before_the_explanation(client, tool):
    """On a phone the role cards are thousands of pixels long: a start button comes right
    under the title (the e2e test measures it within the first screen at 360x800)."""
    html = client.get("/raadsleden/").content.decode()
    assert '<a class="button" href="scan/">Start de quickscan</a>' in html
    assert html.index('href="scan/"') < html.index("Welke rol past bij wat u wilt doen?")
    assert "4 vragen" in html
