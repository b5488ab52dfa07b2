"""The raadsledentool's result starts with a summary: a traffic light per policy step (a label
and a shape, never colour alone), every answer in short, the "ja" answers as strengths, and the
advice per step folded away in <details> with the step that needs most work open."""

import re

import pytest

from handreikingen.models import Answer
from handreikingen.raadsleden.advice import (
    GREEN,
    ORANGE,
    RED,
    StepAdvice,
    build_result,
    step_status,
    step_to_open,
)

ALL_YES = "rol=antennerol&onderzoek=ja&adv-afspraken=ja&beleid-vastgesteld=ja&evaluatie=ja"


@pytest.mark.parametrize(
    ("answers", "status"),
    [
        (["ja"], GREEN),
        (["ja", "ja", "ja"], GREEN),
        (["ja", "deels"], ORANGE),
        (["onbekend"], ORANGE),
        (["deels", "onbekend", "ja"], ORANGE),
        (["nee"], RED),
        (["ja", "deels", "nee"], RED),  # one "nee" is enough for red
        (["onbekend", "nee", "onbekend"], RED),
    ],
)
def test_traffic_light_rule(answers, status):
    assert step_status(answers) == status


@pytest.mark.django_db
def test_result_steps_carry_every_answer_status_and_the_step_to_open(tool):
    answers = {
        "onderzoek": Answer.YES,
        "adv-afspraken": Answer.PARTLY,
        "beleid-vastgesteld": Answer.NO,
        "evaluatie": Answer.UNKNOWN,
    }
    steps = build_result(tool, answers)
    assert [step.status for step in steps] == [GREEN, ORANGE, RED, ORANGE]
    assert [str(step.status_label) for step in steps] == [
        "Gaat goed",
        "Aandacht nodig",
        "Actie nodig",
        "Aandacht nodig",
    ]
    assert [item.question.key for item in steps[0].strengths] == ["onderzoek"]
    assert [len(step.answers) for step in steps] == [1, 1, 1, 1]
    # The "nee" step has the most to do; only that one is open.
    assert [step.is_open for step in steps] == [False, False, True, False]


def test_step_to_open_prefers_most_to_do_then_the_first():
    def step(*answers):
        item = StepAdvice(step=None)
        item.advice = [type("A", (), {"answer": answer})() for answer in answers]
        return item

    first, second, third = step("deels", "deels"), step("nee"), step("onbekend")
    assert step_to_open([first, second, third]) is first  # 2 == 2: the first one
    assert step_to_open([third, second]) is second
    assert step_to_open([step(), step()]) is None


@pytest.mark.django_db
def test_summary_comes_first_with_labels_shapes_and_yes_as_strength(client, tool):
    query = ALL_YES.replace("adv-afspraken=ja", "adv-afspraken=nee").replace(
        "evaluatie=ja", "evaluatie=deels"
    )
    html = client.get(f"/raadsleden/resultaat/?{query}").content.decode()
    summary = html.split('id="samenvatting-title"')[1].split("</section>")[0]
    assert html.index("samenvatting-title") < html.index('id="resultaat-stap-1"')
    for label in ["Gaat goed", "Actie nodig", "Aandacht nodig"]:
        assert label in summary
    assert 'class="light light--rood"' in summary and 'aria-hidden="true"' in summary
    # All four answers in short, the "ja" ones too.
    for key, label in [
        ("onderzoek", "Ja"),
        ("adv-afspraken", "Nee"),
        ("beleid-vastgesteld", "Ja"),
        ("evaluatie", "Deels"),
    ]:
        assert re.search(rf'<span class="answer__label">{label}</span> Vraag {key}\?', summary)
    assert "Dit gaat goed" in html


@pytest.mark.django_db
def test_advice_is_folded_with_the_busiest_step_open(client, tool):
    query = ALL_YES.replace("adv-afspraken=ja", "adv-afspraken=nee").replace(
        "evaluatie=ja", "evaluatie=deels"
    )
    html = client.get(f"/raadsleden/resultaat/?{query}").content.decode()
    details = re.findall(r'<details class="step-advice"( open)?>', html)
    assert details == [" open", ""]  # step 2 ("nee") open, step 6 ("deels") closed
    printed = client.get(f"/raadsleden/resultaat/?{query}&afdrukken=1").content.decode()
    assert re.findall(r'<details class="step-advice"( open)?>', printed) == [" open", " open"]


@pytest.mark.django_db
def test_all_yes_has_no_details_and_all_green(client, tool):
    html = client.get(f"/raadsleden/resultaat/?{ALL_YES}").content.decode()
    assert "<details" not in html.split('id="samenvatting-title"')[1].split("doen-title")[0]
    assert html.count('class="light light--groen"') == 8  # 4 in the summary, 4 at the steps
