"""Texts edited on the result page go with the visitor: the motion and written-question boxes
are one form that POSTs (with a CSRF token) to the print view or the Word export. Works
without JavaScript; nothing is stored; the posted texts are limited in size."""

import io
import re

import pytest
from django.test import Client
from docx import Document

from handreikingen.raadsleden.texts import MAX_TEXT_LENGTH

pytestmark = pytest.mark.django_db

ANSWERS = "rol=antennerol&onderzoek=nee&adv-afspraken=ja&beleid-vastgesteld=deels&evaluatie=ja"
EDITED = "De raad van Ede,\n\nverzoekt het college <b>nu</b> te verkennen & te melden."


def docx_text(response):
    return "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)


def csrf_client_and_token(url):
    client = Client(enforce_csrf_checks=True)
    html = client.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return client, token, html


def test_result_page_has_one_post_form_with_both_buttons(client, tool):
    html = client.get(f"/raadsleden/resultaat/?{ANSWERS}").content.decode()
    form = re.search(r'<form method="post"[^>]*id="bewerkingen">(.*?)</form>', html, re.S)
    assert form, "the boxes are in one POST form"
    body = form.group(0)
    assert "csrfmiddlewaretoken" in body
    assert 'action="?rol=antennerol&amp;' in body and "afdrukken=1" in body
    assert '<textarea id="motie-onderzoek" name="motie-onderzoek"' in body
    assert 'name="vragen-beleid-vastgesteld"' in body
    assert "Printversie met mijn aanpassingen" in body
    assert re.search(r'formaction="/raadsleden/resultaat/word/\?rol=antennerol[^"]*"', body)
    assert "Download als Word met mijn aanpassingen" in body


def test_edited_text_ends_up_in_the_word_document(tool):
    url = f"/raadsleden/resultaat/?{ANSWERS}"
    client, token, _ = csrf_client_and_token(url)
    response = client.post(
        f"/raadsleden/resultaat/word/?{ANSWERS}",
        {
            "csrfmiddlewaretoken": token,
            "motie-onderzoek": EDITED.replace("\n", "\r\n"),
            "vragen-beleid-vastgesteld": "",  # emptied by mistake: the original text stays
            "motie-onbekende-vraag": "genegeerd",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Cache-Control"] == "no-store"
    text = docx_text(response)
    assert "De raad van Ede," in text
    assert "verzoekt het college <b>nu</b> te verkennen & te melden." in text
    assert "verzoekt het college om onderzoek" not in text  # the original motion is replaced
    assert "1. Vraag over beleid-vastgesteld?" in text
    assert "genegeerd" not in text
    assert not client.cookies.get("sessionid")


def test_edited_text_ends_up_in_the_print_view_escaped(tool):
    client, token, _ = csrf_client_and_token(f"/raadsleden/resultaat/?{ANSWERS}")
    response = client.post(
        f"/raadsleden/resultaat/?{ANSWERS}&afdrukken=1",
        {"csrfmiddlewaretoken": token, "motie-onderzoek": EDITED + "</pre><script>x</script>"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="print-view"' in html and "<textarea" not in html
    assert "De raad van Ede," in html
    assert "&lt;b&gt;nu&lt;/b&gt; te verkennen &amp; te melden." in html
    assert "<script>x</script>" not in html
    assert "verzoekt het college om onderzoek" not in html


def test_a_post_without_csrf_token_is_refused(tool):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/raadsleden/resultaat/word/?{ANSWERS}", {"motie-onderzoek": "Vervalst"}
    )
    assert response.status_code == 403


def test_a_too_long_text_is_given_back_with_a_message(tool):
    client, token, _ = csrf_client_and_token(f"/raadsleden/resultaat/?{ANSWERS}")
    long_text = "Lange motie. " + "x" * MAX_TEXT_LENGTH
    for target in ["/raadsleden/resultaat/word/", "/raadsleden/resultaat/"]:
        response = client.post(
            f"{target}?{ANSWERS}&afdrukken=1",
            {"csrfmiddlewaretoken": token, "motie-onderzoek": long_text},
        )
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        html = response.content.decode()
        assert "Deze tekst is te lang" in html and 'href="#motie-onderzoek"' in html
        assert 'class="print-view"' not in html  # back on the page to shorten it
        assert long_text in html  # nothing lost


def test_plain_get_word_export_still_has_the_original_texts(client, tool):
    response = client.get(f"/raadsleden/resultaat/word/?{ANSWERS}")
    assert response.status_code == 200
    assert "verzoekt het college om onderzoek" in docx_text(response)


def test_other_methods_are_not_allowed(client, tool):
    assert client.put(f"/raadsleden/resultaat/?{ANSWERS}").status_code == 405
    assert client.delete(f"/raadsleden/resultaat/word/?{ANSWERS}").status_code == 405


def test_back_to_the_scan_keeps_answers_and_name(client, tool):
    html = client.get(f"/raadsleden/scan/?{ANSWERS}&gemeente=Ede").content.decode()
    assert re.search(r'<input[^>]*name="onderzoek" value="nee"[^>]*checked', html)
    assert re.search(r'<input[^>]*name="gemeente"[^>]*value="Ede"', html)
