"""The questionnaire that migration 0003 seeds: its questions, and a version 1 that equals what
the code would freeze from the live models."""

import importlib
from collections import Counter

import pytest

from beleidsscan.models import Questionnaire, QuestionnaireVersion
from beleidsscan.services.questionnaire import Version, snapshot
from hub.models import Domain, PolicyStep

TITLE = "Beleidsscan lokaal antidiscriminatiebeleid"
LIMITED = {"text": 300, "in_place": 300, "action": 300, "why": 600}
TEXTS = ("why", "advice_no", "advice_partly", "advice_unknown")


@pytest.fixture
def seeded(db):
    return Questionnaire.objects.get(title=TITLE)


def test_the_seeded_questionnaire_is_the_current_one(seeded):
    assert Questionnaire.objects.current() == seeded
    assert seeded.intro
    assert "20 minuten" in seeded.intro


def test_thirty_questions_five_per_step_with_unique_keys(seeded):
    questions = list(seeded.questions.select_related("step"))
    assert len(questions) == 30
    per_step = Counter(question.step.number for question in questions)
    assert per_step == {number: 5 for number in range(1, 7)}
    keys = [question.key for question in questions]
    assert len(set(keys)) == 30


def test_every_text_is_filled_in_and_within_its_limit(seeded):
    for question in seeded.questions.all():
        for name, limit in LIMITED.items():
            value = getattr(question, name)
            assert value.strip(), (question.key, name)
            assert len(value) <= limit, (question.key, name, len(value))
        for name in TEXTS:
            assert getattr(question, name).strip(), (question.key, name)
        assert 1 <= question.weight <= 3
        assert 0 < question.partly_points < 100
        question.full_clean()


def test_domains_resolve(seeded):
    with_domain = seeded.questions.exclude(domain=None).select_related("domain")
    slugs = {question.domain.slug for question in with_domain}
    assert {"arbeidsmarkt", "onderwijs", "wonen", "veiligheid-en-politie"} <= slugs
    assert all(Domain.objects.filter(pk=q.domain_id).exists() for q in with_domain)


def test_version_one_equals_the_snapshot_of_the_live_models(seeded):
    version = seeded.latest_version()
    assert version.number == 1
    assert seeded.versions.count() == 1
    version.refresh_from_db()
    assert version.content == snapshot(seeded)
    read = Version.of(version)
    assert [step.number for step in read.steps] == [1, 2, 3, 4, 5, 6]
    assert all(len(step.questions) == 5 for step in read.steps)
    steps = {step.pk: step.name for step in PolicyStep.objects.all()}
    assert all(step.name == steps[step.id] for step in read.steps)


def test_saving_unchanged_makes_no_new_version(seeded):
    seeded.save()
    assert seeded.versions.count() == 1


def test_changing_a_question_makes_version_two_and_version_one_keeps_the_old_text(seeded):
    question = seeded.questions.get(key="lokaal-beeld")
    old_text = question.text
    question.text = "Weet de gemeente welke discriminatie inwoners meemaken?"
    question.save()
    seeded.save()
    assert list(seeded.versions.order_by("number").values_list("number", flat=True)) == [1, 2]
    first = Version.of(QuestionnaireVersion.objects.get(questionnaire=seeded, number=1))
    second = Version.of(seeded.latest_version())
    by_key = {q.key: q for q in first.questions}
    assert by_key["lokaal-beeld"].text == old_text
    assert {q.key: q for q in second.questions}["lokaal-beeld"].text == question.text


def test_the_migration_reverses_and_seeds_again(seeded):
    """With the historical models, as `migrate` runs it (they have no freezing save())."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    apps = (
        MigrationLoader(connection).project_state(("beleidsscan", "0003_seed_questionnaire")).apps
    )
    migration = importlib.import_module("beleidsscan.migrations.0003_seed_questionnaire")
    migration.unseed(apps, None)
    assert not Questionnaire.objects.filter(title=TITLE).exists()
    assert not QuestionnaireVersion.objects.exists()
    migration.seed(apps, None)
    migration.seed(apps, None)  # a second run leaves the seeded questionnaire alone
    again = Questionnaire.objects.get(title=TITLE)
    assert again.questions.count() == 30
    assert again.latest_version().content == snapshot(again)
