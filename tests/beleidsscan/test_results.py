"""What the result suggests per step: interventions that fit (backfiring ones only as a
warning), the guide chapter, good practices of the same size, the next masterclass or course;
never draft or private pages; a fixed number of queries. And old results after edits."""

from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academie.models import MasterclassSession
from beleidsscan.models import ScanQuestion
from beleidsscan.services import results
from beleidsscan.services.questionnaire import Version
from hub.models import Domain, MunicipalitySize, PolicyStep
from tests.academie.masterclasses.fixtures import (
    MasterclassIndexPageFactory,
    MasterclassPageFactory,
)
from tests.beleidsscan.conftest import all_answers
from tests.handreikingen.factories import (
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(scan, version):
    answers = all_answers(version, "ja")
    answers.update({"s1-1": "nee", "s1-2": "gedeeltelijk"})
    scan.answers = answers
    scan.finished_at = timezone.now()
    scan.size = MunicipalitySize.objects.get(slug="20000-50000")
    scan.save()
    return scan


@pytest.fixture
def interventions(home):
    return InterventionIndexPageFactory(parent=home)


def step(number):
    return PolicyStep.objects.get(number=number)


def intervention(parent, title, steps=(1,), **taxonomy):
    return InterventionPageFactory(
        parent=parent, title=title, taxonomy={"policy_steps": [step(n) for n in steps], **taxonomy}
    )


def test_interventions_fit_the_step_and_the_focus(finished, interventions):
    domain = Domain.objects.get(slug="onderwijs")
    finished.focus_domains.set([domain])
    intervention(interventions, "Algemeen")
    intervention(interventions, "Onderwijs", domains=[domain])
    intervention(interventions, "Andere stap", steps=(4,))
    risky = intervention(interventions, "Averechts")
    risky.backfire_risk = True
    risky.backfire_explanation = "<p>Werkt averechts.</p>"
    risky.save()
    outcome = results.build(finished)
    first = outcome.steps[0]
    assert [page.title for page in first.interventions] == ["Onderwijs", "Algemeen"]
    assert [page.title for page in first.warnings] == ["Averechts"]
    # Steps that are in order get no suggestions.
    assert outcome.steps[1].interventions == [] and not outcome.steps[1].needs_work


def test_draft_and_private_pages_are_never_suggested(finished, interventions):
    draft = intervention(interventions, "Concept")
    draft.unpublish()
    private = intervention(interventions, "Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    intervention(interventions, "Openbaar")
    titles = [page.title for page in results.build(finished).steps[0].interventions]
    assert titles == ["Openbaar"]


def test_chapter_practices_of_the_same_size_and_learning(finished, home):
    index = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=index)
    GuideChapterPageFactory(parent=guide, title="Hoofdstuk stap 1", step=step(1))
    practices = GoodPracticeIndexPageFactory(parent=home)
    GoodPracticePageFactory(
        parent=practices,
        title="Even groot",
        size=finished.size,
        taxonomy={"policy_steps": [step(1)]},
    )
    GoodPracticePageFactory(
        parent=practices,
        title="Te klein",
        size=MunicipalitySize.objects.get(slug="tot-20000"),
        taxonomy={"policy_steps": [step(1)]},
    )
    mc_index = MasterclassIndexPageFactory(parent=home)
    series = MasterclassPageFactory(parent=mc_index, title="Masterclass verkennen")
    series.policy_steps.set([step(1)])
    series.save_revision().publish()
    for days, city in ((-5, "Verleden"), (40, "Later"), (10, "Eerst")):
        MasterclassSession.objects.create(
            page=series,
            capacity=10,
            date=timezone.localdate() + timedelta(days=days),
            start_time=time(13),
            end_time=time(17),
            city=city,
            region="midden",
            session_format="op-locatie",
        )
    first = results.build(finished).steps[0]
    assert first.chapter.title == "Hoofdstuk stap 1"
    assert [page.title for page in first.practices] == ["Even groot"]
    assert first.masterclass.city == "Eerst"
    assert first.course is None


def test_result_page_query_count_does_not_grow(
    finished, interventions, client, django_assert_max_num_queries
):
    from tests.beleidsscan.conftest import open_link

    open_link(client, finished)
    for index in range(3):
        intervention(interventions, f"Eerste {index}")
    with django_assert_max_num_queries(45) as few:
        assert (
            client.get(reverse("beleidsscan:result", args=[finished.public_id])).status_code == 200
        )
    for index in range(15):
        intervention(interventions, f"Meer {index}", steps=(1, 2, 3))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("beleidsscan:result", args=[finished.public_id]))


def test_old_result_reads_the_same_after_the_questions_change(finished, questionnaire, client):
    from tests.beleidsscan.conftest import open_link

    open_link(client, finished)
    question = questionnaire.questions.get(key="s1-1")
    question.text = "Een nieuwe vraag?"
    question.advice_no = "Nieuw advies."
    question.save()
    questionnaire.save()
    assert questionnaire.versions.count() == 2
    html = client.get(reverse("beleidsscan:result", args=[finished.public_id])).content.decode()
    assert "Vraag s1-1?" in html and "Advies nee s1-1." in html
    assert "Een nieuwe vraag?" not in html
    # A new scan uses the new version.
    assert (
        Version.of(questionnaire.latest_version()).step(1).questions[0].text == "Een nieuwe vraag?"
    )


def test_removed_question_and_tampered_answers_are_ignored(finished, questionnaire):
    finished.answers = {**finished.answers, "weg": "ja", "s2-1": "<script>"}
    outcome = results.build(finished)
    step_two = outcome.steps[1]
    assert step_two.score.score is None  # s2-1 has no valid answer: the step is incomplete
    ScanQuestion.objects.filter(key="s6-1").delete()
    questionnaire.save()
    assert len(results.build(finished).steps[5].answers) == 2  # the old version still has both
