"""Scores per policy step: 0-100 with a maturity label.

A step's score is the weighted average of its answers' points (ja 100, gedeeltelijk the
question's own points, nee and weet ik niet 0), with each question's weight (1-3). "Weet ik
niet" counts as 0 on purpose: what nobody knows is not in place yet. Unanswered questions
make a step incomplete; an incomplete step gets no score.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from beleidsscan.models import AnswerChoice

# Score from which a label applies (the highest matching one).
MATURITY = (
    (70, "stevig", _("Stevig")),
    (35, "op-weg", _("Op weg")),
    (0, "niet-gestart", _("Nog niet gestart")),
)
VALID_ANSWERS = frozenset(AnswerChoice.values)


NOT_ANSWERED = _("Niet beantwoord")


def answer_label(value, missing=NOT_ANSWERED):
    """The Dutch label of an answer; `missing` for no answer or a value that is not one."""
    return AnswerChoice(value).label if value in VALID_ANSWERS else missing


def maturity(score):
    """(slug, label) for a 0-100 score."""
    for threshold, slug, label in MATURITY:
        if score >= threshold:
            return slug, label
    return MATURITY[-1][1], MATURITY[-1][2]


@dataclass
class StepScore:
    step: object  # services.questionnaire.Step
    answered: int
    total: int
    score: int | None

    @property
    def complete(self):
        return self.answered == self.total

    @property
    def maturity_slug(self):
        return maturity(self.score)[0] if self.score is not None else ""

    @property
    def maturity_label(self):
        return maturity(self.score)[1] if self.score is not None else ""


def clean_answers(version, answers):
    """Only known question keys with a valid answer: anything else is dropped."""
    keys = version.question_keys()
    return {
        key: value
        for key, value in (answers or {}).items()
        if key in keys and value in VALID_ANSWERS
    }


def step_score(step, answers):
    answered = [q for q in step.questions if answers.get(q.key) in VALID_ANSWERS]
    score = None
    if step.questions and len(answered) == len(step.questions):
        weights = sum(q.weight for q in step.questions)
        points = sum(q.weight * q.points(answers[q.key]) for q in step.questions)
        score = round(points / weights) if weights else 0
    return StepScore(step=step, answered=len(answered), total=len(step.questions), score=score)


def scores(version, answers):
    """A StepScore per step of `version` (a services.questionnaire.Version), in order."""
    answers = clean_answers(version, answers)
    return [step_score(step, answers) for step in version.steps]


def is_complete(version, answers):
    return all(item.complete for item in scores(version, answers))
