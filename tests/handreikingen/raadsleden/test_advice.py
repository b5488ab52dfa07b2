"""The raadsledentool's result: advice that matches the answers, what to read next, the print
version, nothing stored."""

import pytest

from hub.models import PolicyStep
from tests.handreikingen.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


ALL_YES = "rol=antennerol&onderzoek=ja&adv-afspraken=ja&beleid-vastgesteld=ja&evaluatie=ja"


def test_advice_only_for_steps_that_are_not_yes(client, tool):
    query = (
        "rol=antennerol&onderzoek=nee&adv-afspraken=deels&beleid-vastgesteld=ja&evaluatie=onbekend"
    )
    html = client.get(f"/raadsleden/resultaat/?{query}").content.decode()
    assert "Nee bij onderzoek betekent iets." in html
    assert "Deels bij adv-afspraken." in html
    assert "Zoek evaluatie uit." in html
    assert "Collegevraag onderzoek?" in html and "verzoekt het college om onderzoek" in html
    # A "ja" gets no advice; since issue 19 it is shown as a strength instead of dropped.
    assert 'id="advies-beleid-vastgesteld"' not in html
    assert "Collegevraag beleid-vastgesteld?" not in html
    assert "Op orde" in html and "Dit gaat goed" in html
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


def test_print_version(client, tool):
    html = client.get(
        f"/raadsleden/resultaat/?{ALL_YES.replace('evaluatie=ja', 'evaluatie=nee')}&afdrukken=1"
    ).content.decode()
    assert 'class="print-view"' in html
    assert "Printversie" not in html


def test_nothing_is_stored(client, tool, django_assert_max_num_queries):
    client.get(f"/raadsleden/resultaat/?{ALL_YES}")
    assert not client.cookies.get("sessionid")
