"""The raadsledentool of the tests: two roles and four scan questions on steps 1, 2, 3 and 6."""

import pytest

from handreikingen.models import CouncilToolPage, ScanQuestion
from hub.models import CouncilRole, PolicyStep


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
