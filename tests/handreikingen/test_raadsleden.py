"""The raadsledentool: role choice, scan, advice that matches the answers, bad URLs."""

import re

import pytest

from handreikingen.models import CouncilToolPage, ScanQuestion
from hub.models import CouncilRole, PolicyStep
from tests.handreikingen.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool(home):
    page = CouncilToolPage(
        title="Raadsledentool",
        slug="raadsleden",
        intro="Van rol naar actie.",
        roles=[
            (
                "role",
                {
                    "role": CouncilRole.objects.get(slug=slug),
                    "explanation": f"<p>Uitleg {slug}.</p>",
                    "examples": ["Voorbeeld"],
                    "actions": ["Actie"],
                    "instruments": ["motie", "werkbezoek"],
                },
            )
            for slug in ["antennerol", "controlerende-rol"]
        ],
        dos=[("item", "Praat met zelforganisaties")],
        donts=[("item", "Vertrouw niet alleen op meldcijfers")],
        conversation_starters=[("item", "Wat hebben jullie nodig van de ADV?")],
    )
    home.add_child(instance=page)
    for number, key in [
        (1, "onderzoek"),
        (2, "adv-afspraken"),
        (3, "beleid-vastgesteld"),
        (6, "evaluatie"),
    ]:
        ScanQuestion.objects.create(
            page=page,
            key=key,
            step=PolicyStep.objects.get(number=number),
            question=f"Vraag {key}?",
            meaning_no=f"<p>Nee bij {key} betekent iets.</p>",
            meaning_partly=f"<p>Deels bij {key}.</p>",
            meaning_unknown=f"<p>Zoek {key} uit.</p>",
            college_questions=[("question", f"Collegevraag {key}?")],
            motion=f"De raad ... verzoekt het college om {key}.",
            written_questions=f"1. Vraag over {key}?",
        )
    return page


ALL_YES = "rol=antennerol&onderzoek=ja&adv-afspraken=ja&beleid-vastgesteld=ja&evaluatie=ja"


def test_start_page_explains_roles_and_instruments(client, tool):
    html = client.get("/raadsleden/").content.decode()
    assert "Uitleg antennerol." in html and "Motie, Werkbezoek" in html
    assert 'href="scan/?rol=controlerende-rol"' in html


def test_scan_is_a_plain_get_form_grouped_by_step(client, tool):
    html = client.get("/raadsleden/scan/?rol=antennerol").content.decode()
    assert 'method="get"' in html and "csrfmiddlewaretoken" not in html
    assert "Stap 1: Verken wat er lokaal speelt" in html
    assert 'value="antennerol" ' in html and "checked" in html


def test_advice_only_for_steps_that_are_not_yes(client, tool):
    query = (
        "rol=antennerol&onderzoek=nee&adv-afspraken=deels&beleid-vastgesteld=ja&evaluatie=onbekend"
    )
    html = client.get(f"/raadsleden/resultaat/?{query}").content.decode()
    assert "Nee bij onderzoek betekent iets." in html
    assert "Deels bij adv-afspraken." in html
    assert "Zoek evaluatie uit." in html
    assert "Collegevraag onderzoek?" in html and "verzoekt het college om onderzoek" in html
    assert "beleid-vastgesteld" not in html.split("Stap 3")[1].split("Stap 6")[0]  # "ja": no advice
    assert "Op orde" in html
    assert "Praat met zelforganisaties" in html and "Wat hebben jullie nodig van de ADV?" in html


def test_all_yes_means_no_advice(client, tool):
    html = client.get(f"/raadsleden/resultaat/?{ALL_YES}").content.decode()
    assert "basis op orde" in html
    assert "Collegevraag" not in html


def test_recommended_interventions_are_live_public_and_match_the_step(client, tool, home):
    index = InterventionIndexPageFactory(parent=home)
    step1 = PolicyStep.objects.get(number=1)
    InterventionPageFactory(
        parent=index, title="Ervaringsonderzoek per grond", taxonomy={"policy_steps": [step1]}
    )
    InterventionPageFactory(
        parent=index, title="Concept onderzoek", live=False, taxonomy={"policy_steps": [step1]}
    )
    InterventionPageFactory(
        parent=index, title="Andere stap", taxonomy={"policy_steps": ["uitvoering"]}
    )
    InterventionPageFactory(
        parent=index,
        title="Averechtse campagne",
        backfire_risk=True,
        backfire_explanation="<p>x</p>",
        taxonomy={"policy_steps": [step1]},
    )
    guides = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=guides)
    GuideChapterPageFactory(parent=guide, title="Hoofdstuk verkennen", step=step1)
    query = ALL_YES.replace("onderzoek=ja", "onderzoek=nee")
    html = client.get(f"/raadsleden/resultaat/?{query}").content.decode()
    assert "Ervaringsonderzoek per grond" in html
    assert (
        "Concept onderzoek" not in html
        and "Andere stap" not in html
        and "Averechtse campagne" not in html
    )
    assert "Hoofdstuk verkennen" in html


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


def test_print_version(client, tool):
    html = client.get(
        f"/raadsleden/resultaat/?{ALL_YES.replace('evaluatie=ja', 'evaluatie=nee')}&afdrukken=1"
    ).content.decode()
    assert 'class="print-view"' in html
    assert "Printversie" not in html


def test_nothing_is_stored(client, tool, django_assert_max_num_queries):
    client.get(f"/raadsleden/resultaat/?{ALL_YES}")
    assert not client.cookies.get("sessionid")


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
    assert "Vraag onderzoek?" not in text and "Vraag evaluatie?" not in text
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
