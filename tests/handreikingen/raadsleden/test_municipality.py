"""The municipality's name is asked once (`?gemeente=`) and fills "[naam gemeente]" in every
text of the result page, the print view and the Word document. It is user input in a URL:
escaped in HTML, one line, at most 80 characters."""

import io
import re
from urllib.parse import urlencode

import pytest
from docx import Document

from handreikingen.models import ScanQuestion
from handreikingen.raadsleden.texts import MAX_MUNICIPALITY_LENGTH, clean_municipality

pytestmark = pytest.mark.django_db

ANSWERS = "rol=antennerol&onderzoek=nee&adv-afspraken=ja&beleid-vastgesteld=deels&evaluatie=ja"
HOSTILE = '<script>alert("x")</script> \'s-Hertogenbosch'


def name(value):
    return urlencode({"gemeente": value})


@pytest.fixture
def placeholders(tool):
    question = ScanQuestion.objects.get(key="onderzoek")
    question.meaning_no = "<p>Niemand weet wat er speelt in [naam gemeente].</p>"
    question.college_questions = [("question", "Wat weet het college over [naam gemeente]?")]
    question.motion = (
        "De raad van [naam gemeente],\n\nverzoekt het college [naam gemeente] te verkennen."
    )
    question.written_questions = "Aan het college van [naam gemeente]\n1. Vraag?"
    question.save()
    return tool


def test_clean_municipality():
    assert clean_municipality("  Den   Haag ") == "Den Haag"
    assert clean_municipality("Ede\r\nX\x00") == "Ede X"
    assert clean_municipality(None) == ""
    assert len(clean_municipality("a" * 500)) == MAX_MUNICIPALITY_LENGTH


def test_the_scan_asks_the_name_once_and_carries_it_to_the_result(client, placeholders):
    html = client.get("/raadsleden/scan/?rol=antennerol").content.decode()
    assert re.search(r'<input[^>]*name="gemeente"[^>]*maxlength="80"', html)
    result = client.get(f"/raadsleden/resultaat/?{ANSWERS}&gemeente=Zwolle").content.decode()
    assert result.count("[naam gemeente]") == 1  # only in the explanation of the name field
    assert "Niemand weet wat er speelt in Zwolle." in result
    assert "Wat weet het college over Zwolle?" in result
    assert "De raad van Zwolle," in result and "Aan het college van Zwolle" in result
    # The name stays in the links to the print view, the Word file and the scan.
    assert "gemeente=Zwolle&amp;afdrukken=1" in result
    assert "resultaat/word/?rol=antennerol" in result and "gemeente=Zwolle" in result
    # The small form on the result page keeps the answers and shows the name.
    assert re.search(r'<input type="text" id="gemeente" name="gemeente" value="Zwolle"', result)
    assert '<input type="hidden" name="onderzoek" value="nee">' in result


def test_without_a_name_the_placeholder_stays(client, placeholders):
    html = client.get(f"/raadsleden/resultaat/?{ANSWERS}").content.decode()
    assert "De raad van [naam gemeente]," in html


@pytest.mark.parametrize("printing", ["", "&afdrukken=1"])
def test_a_hostile_name_is_escaped_everywhere(client, placeholders, printing):
    response = client.get(f"/raadsleden/resultaat/?{ANSWERS}{printing}&{name(HOSTILE)}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#x27;s-Hertogenbosch" in html
    # Also inside editor rich text, where the name is put into HTML before rendering.
    assert "Niemand weet wat er speelt in &lt;script&gt;" in html
    assert 'value="&lt;script&gt;' in html or printing  # the attribute cannot be broken out of


def test_a_too_long_name_is_cut_not_refused(client, placeholders):
    response = client.get(f"/raadsleden/resultaat/?{ANSWERS}&{name('Z' * 300)}")
    html = response.content.decode()
    assert "Niet alle vragen" not in html
    assert f"De raad van {'Z' * 80}," in html and "Z" * 81 not in html


def test_the_name_in_the_word_document(client, placeholders):
    response = client.get(f"/raadsleden/resultaat/word/?{ANSWERS}&{name(HOSTILE)}")
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "[naam gemeente]" not in text
    assert f"Gemeente: {HOSTILE}" in text  # plain text in Word: kept as typed
    assert f"De raad van {HOSTILE}," in text
    assert f"Niemand weet wat er speelt in {HOSTILE}." in text
    assert f"Wat weet het college over {HOSTILE}?" in text
