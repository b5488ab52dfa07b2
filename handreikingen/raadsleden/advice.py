"""The raadsledentool's advice: per policy step, what every answer that is not "ja" means,
with the interventions that help and the guide chapters to read next."""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from handreikingen.models import Answer, GuideChapterPage
from hub.querysets import public_filter
from interventies.models import InterventionPage

INTERVENTIONS_PER_STEP = 3


@dataclass
class Advice:
    question: object
    answer: str
    answer_label: str
    meaning: str


@dataclass
class StepAdvice:
    step: object
    advice: list = field(default_factory=list)
    interventions: list = field(default_factory=list)
    chapters: list = field(default_factory=list)
    in_order: bool = False


def build_result(page, answers):
    """Advice per policy step for every answer that is not "ja", plus what to read next."""
    questions = list(
        page.questions.select_related("step", "domain").order_by("step__number", "sort_order")
    )
    labels = dict(Answer.choices)
    by_step = {}
    for question in questions:
        step_advice = by_step.setdefault(question.step_id, StepAdvice(step=question.step))
        answer = answers[question.key]
        if answer != Answer.YES:
            step_advice.advice.append(
                Advice(question, answer, labels[answer], question.meaning(answer))
            )
    steps = [by_step[key] for key in sorted(by_step, key=lambda key: by_step[key].step.number)]
    for step_advice in steps:
        step_advice.in_order = not step_advice.advice

    needing = [s for s in steps if s.advice]
    if needing:
        chapters = (
            GuideChapterPage.objects.live()
            .filter(public_filter(), step__in=[s.step for s in needing])
            .select_related("step")
            .order_by("path")
        )
        for chapter in chapters:
            next(s for s in needing if s.step.pk == chapter.step_id).chapters.append(chapter)
        for step_advice in needing:
            domains = {a.question.domain_id for a in step_advice.advice if a.question.domain_id}
            candidates = (
                InterventionPage.objects.live()
                .filter(public_filter(), policy_steps=step_advice.step, backfire_risk=False)
                .select_related("evidence_level")
                .order_by("-evidence_level__sort_order", "title")
            )
            if domains:
                candidates = candidates.filter(domains__in=domains).distinct()
            step_advice.interventions = list(candidates[:INTERVENTIONS_PER_STEP])
        prefetch_related_objects([a.question for s in needing for a in s.advice], "step")
    return steps
