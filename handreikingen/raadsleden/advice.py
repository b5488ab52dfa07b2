"""The raadsledentool's advice: per policy step a traffic light, what goes well (the "ja"
answers), what every other answer means, with the interventions that help and the guide
chapters to read next.

The traffic light of a step (`step_status`):

- groen ("Gaat goed"): every answer of the step is "ja";
- rood ("Actie nodig"): at least one answer is "nee";
- oranje ("Aandacht nodig"): otherwise, so some answers are "deels" or "weet ik niet".

The page never shows the colour alone: each status has a text label and its own shape.
"""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from handreikingen.models import Answer, GuideChapterPage
from handreikingen.raadsleden.texts import fill, fill_html
from hub.querysets import public_filter
from interventies.models import InterventionPage

INTERVENTIONS_PER_STEP = 3

GREEN, ORANGE, RED = "groen", "oranje", "rood"
STATUS_LABELS = {
    GREEN: _("Gaat goed"),
    ORANGE: _("Aandacht nodig"),
    RED: _("Actie nodig"),
}


def step_status(answers):
    """The traffic light of a policy step from its answers ("ja", "deels", "nee", "onbekend")."""
    answers = list(answers)
    if any(answer == Answer.NO for answer in answers):
        return RED
    if all(answer == Answer.YES for answer in answers):
        return GREEN
    return ORANGE


@dataclass
class Advice:
    question: object
    answer: str
    answer_label: str
    meaning: str
    college_questions: list = field(default_factory=list)
    motion: str = ""
    written_questions: str = ""


@dataclass
class StepAdvice:
    step: object
    answers: list = field(default_factory=list)  # every question of the step, as Advice
    advice: list = field(default_factory=list)  # the answers that are not "ja"
    interventions: list = field(default_factory=list)
    chapters: list = field(default_factory=list)
    in_order: bool = False
    is_open: bool = False

    @property
    def strengths(self):
        """The questions answered with "ja": what goes well."""
        return [item for item in self.answers if item.answer == Answer.YES]

    @property
    def status(self):
        return step_status(item.answer for item in self.answers)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def to_do(self):
        """How much there is to do: "nee" weighs double, "deels" and "weet ik niet" once."""
        return sum(2 if item.answer == Answer.NO else 1 for item in self.advice)


def step_to_open(steps):
    """The step with the most to do (the first of equals), or None when all is "ja"."""
    needing = [step for step in steps if step.advice]
    return max(needing, key=lambda step: step.to_do) if needing else None


def build_result(page, answers, municipality=""):
    """Every answer per policy step with its traffic light; advice for every answer that is not
    "ja", plus what to read next. "[naam gemeente]" becomes `municipality` in all texts."""
    questions = list(
        page.questions.select_related("step", "domain").order_by("step__number", "sort_order")
    )
    labels = dict(Answer.choices)
    by_step = {}
    for question in questions:
        step_advice = by_step.setdefault(question.step_id, StepAdvice(step=question.step))
        answer = answers[question.key]
        item = Advice(question, answer, labels[answer], "")
        step_advice.answers.append(item)
        if answer != Answer.YES:
            item.meaning = fill_html(question.meaning(answer), municipality)
            item.college_questions = [
                fill(block.value, municipality) for block in question.college_questions
            ]
            item.motion = fill(question.motion, municipality)
            item.written_questions = fill(question.written_questions, municipality)
            step_advice.advice.append(item)
    steps = [by_step[key] for key in sorted(by_step, key=lambda key: by_step[key].step.number)]
    for step_advice in steps:
        step_advice.in_order = not step_advice.advice
    opened = step_to_open(steps)
    if opened:
        opened.is_open = True

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
