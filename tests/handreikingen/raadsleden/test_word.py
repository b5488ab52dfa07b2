"""The raadsledentool's result as a Word document: the same advice, and bad URLs."""

import pytest

from handreikingen.models import ScanQuestion
from hub.models import PolicyStep
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


def docx_text(response):
    from io import BytesIO

    from docx import Document

    document = Document(BytesIO(response.content))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def test_result_as_word_document_has_the_same_advice(client, tool):
    InterventionPageFactory(
        parent=InterventionIndexPageFactory(parent=tool.get_parent()),
        title="Werkbezoek bij de ADV",
        taxonomy={"policy_steps": [PolicyStep.objects.get(number=2)]},
    )
    tool.motion_question = ScanQuestion.objects.get(key="adv-afspraken")
    tool.motion_question.motion = (
        "De raad,\nconstaterende dat ...\n\nverzoekt het college om de ADV."
    )
    tool.motion_question.save()
    answers = "rol=antennerol&onderzoek=ja&adv-afspraken=nee&beleid-vastgesteld=deels&evaluatie=ja"
    page = client.get(f"/raadsleden/resultaat/?{answers}").content.decode()
    assert f'href="/raadsleden/resultaat/word/?{answers.replace("&", "&amp;")}"' in page

    response = client.get(f"/raadsleden/resultaat/word/?{answers}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "raadsledentool-resultaat.docx" in response["Content-Disposition"]
    text = docx_text(response)
    assert "Uw rol: Antennerol" in text and "Uitleg antennerol." in text
    # Advice for "nee" and "deels", none for "ja".
    assert "Vraag adv-afspraken?" in text and "Nee bij adv-afspraken betekent iets." in text
    assert "Vraag beleid-vastgesteld?" in text and "Deels bij beleid-vastgesteld." in text
    # A "ja" is listed in the summary as going well (issue 19), but gets no advice.
    assert "Vraag onderzoek? Ja" in text and "Vraag evaluatie? Ja" in text
    assert "Collegevraag onderzoek?" not in text and "Collegevraag evaluatie?" not in text
    assert "verzoekt het college om onderzoek" not in text
    assert "Collegevraag adv-afspraken?" in text
    assert "De raad,\nconstaterende dat ..." in text  # line breaks kept within a paragraph
    assert "verzoekt het college om de ADV." in text
    assert "Werkbezoek bij de ADV (http://" in text
    assert "Praat met zelforganisaties" in text and "Wat hebben jullie nodig van de ADV?" in text


def test_word_document_with_tampered_answers_shows_the_scan(client, tool):
    response = client.get("/raadsleden/resultaat/word/?rol=antennerol&onderzoek=<script>")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet alle vragen zijn (goed) beantwoord" in html
    assert "<script>" not in html
