"""The raadsledentool points council members to the full beleidsscan of their municipality:
on the start page, on the result page and in the Word document."""

import io

import pytest
from docx import Document

pytestmark = pytest.mark.django_db

ANSWERS = "rol=antennerol&onderzoek=ja&adv-afspraken=nee&beleid-vastgesteld=deels&evaluatie=ja"
HEADING = "Vraag de beleidsscan van uw gemeente op"


@pytest.mark.parametrize("url", ["/raadsleden/", f"/raadsleden/resultaat/?{ANSWERS}"])
def test_start_and_result_page_link_to_the_beleidsscan(client, tool, url):
    html = client.get(url).content.decode()
    assert HEADING in html
    assert 'href="/beleidsscan/"' in html
    assert "college" in html and "PDF of als Word-bestand" in html


def test_the_word_document_has_the_same_line(client, tool, settings):
    response = client.get(f"/raadsleden/resultaat/word/?{ANSWERS}")
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert HEADING in text
    assert f"{settings.SITE_URL}/beleidsscan/" in text
    assert "college" in text and "PDF of als Word-bestand" in text
