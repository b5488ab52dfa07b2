"""The intervention detail page, the evidence rules and the mechanism pages."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from hub.models import EvidenceLevel, Mechanism
from interventies.models import (
    ChecklistAnswer,
    ChecklistQuestion,
    MechanismIndexPage,
    MechanismPage,
)

pytestmark = pytest.mark.django_db


def test_detail_explains_evidence_in_plain_dutch(client, make_intervention):
    level = EvidenceLevel.objects.get(slug="goed-onderbouwd")
    page = make_intervention(
        title="Buddyproject werkzoekenden",
        evidence_level=level,
        evidence_assessed_on=date(2024, 3, 12),
    )
    html = client.get(page.url).content.decode()
    assert "Wat betekent ‘Goed onderbouwd’?" in html
    assert level.description in html
    assert "Beoordeeld op 12 maart 2024" in html
    assert "Geldig tot 12 maart 2029" in html  # five years for this level


def test_expired_assessment_is_flagged(client, make_intervention):
    page = make_intervention(
        evidence_level=EvidenceLevel.objects.get(slug="goed-beschreven"),
        evidence_assessed_on=date(2019, 1, 1),
    )
    assert page.evidence_expires_on == date(2022, 1, 1)
    assert page.evidence_is_expired
    assert "Deze beoordeling is verlopen" in client.get(page.url).content.decode()


def test_backfire_warning_on_page_and_explanation_required(client, make_intervention):
    page = make_intervention(
        backfire_risk=True, backfire_explanation="<p>Deelnemers gaan zich verdedigen.</p>"
    )
    html = client.get(page.url).content.decode()
    assert "Let op: risico op averechts effect" in html
    assert "Deelnemers gaan zich verdedigen." in html

    page.backfire_explanation = ""
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "backfire_explanation" in error.value.message_dict


def test_checklist_shows_every_question_with_its_answer(client, make_intervention):
    page = make_intervention()
    question = ChecklistQuestion.objects.get(key="evaluatie")
    ChecklistAnswer.objects.create(
        page=page, question=question, answer="nee", note="Nog geen plan."
    )
    html = client.get(page.url).content.decode()
    for q in ChecklistQuestion.objects.all():
        assert q.question in html
    assert "Nog geen plan." in html
    assert html.count("Niet ingevuld") == ChecklistQuestion.objects.count() - 1


def test_related_interventions_in_both_directions_only_live(client, make_intervention):
    a = make_intervention(title="Eerste aanpak")
    b = make_intervention(title="Tweede aanpak")
    hidden = make_intervention(title="Verborgen concept", live=False)
    a.related_interventions.set([b, hidden])
    a.save()
    assert "Tweede aanpak" in client.get(a.url).content.decode()
    assert "Eerste aanpak" in client.get(b.url).content.decode()
    assert "Verborgen concept" not in client.get(a.url).content.decode()


def test_review_overdue_after_twelve_months(make_intervention):
    assert make_intervention(last_reviewed=date(2020, 1, 1)).review_overdue
    assert not make_intervention(last_reviewed=date.today()).review_overdue


def test_mechanism_page_lists_its_interventions(client, index, make_intervention):
    mechanism = Mechanism.objects.get(slug="contact-tussen-groepen")
    dossier = MechanismIndexPage(title="Wat werkt", slug="wat-werkt")
    index.add_child(instance=dossier)
    page = MechanismPage(
        title="Contact tussen groepen",
        slug="contact",
        mechanism=mechanism,
        when_it_fails="<p>Bij ongelijke status.</p>",
    )
    dossier.add_child(instance=page)
    make_intervention(title="Sportmaatjes", taxonomy={"mechanisms": [mechanism]})
    make_intervention(title="Los project")
    html = client.get(page.url).content.decode()
    assert "Sportmaatjes" in html and "Los project" not in html
    assert "Wanneer werkt het niet?" in html
    assert "Lees eerst: wat werkt" in client.get(index.url).content.decode()
