"""Business rules of the raadsledentool: reading answers from the URL and building advice."""

from dataclasses import dataclass, field

from django import forms
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from handreikingen.models import Answer, GuideChapterPage, Instrument
from hub.models import PolicyStep
from hub.querysets import public_filter

INTERVENTIONS_PER_STEP = 3


def roles(page):
    """[(slug, block value)] of the roles on the tool page, in editor order."""
    return [(block.value["role"].slug, block.value) for block in page.roles if block.value["role"]]


class ScanForm(forms.Form):
    """The quick scan as a GET form: the role plus one radio group per question."""

    def __init__(self, page, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.questions = list(
            page.questions.select_related("step", "domain").order_by("step__number", "sort_order")
        )
        self.fields["rol"] = forms.ChoiceField(
            label=_("Uw rol"),
            choices=[(slug, value["role"].name) for slug, value in roles(page)],
            widget=forms.RadioSelect,
            error_messages={"required": _("Kies de rol waarmee u naar het beleid kijkt.")},
        )
        for question in self.questions:
            self.fields[question.key] = forms.ChoiceField(
                label=question.question,
                help_text=question.help_text,
                choices=Answer.choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _(
                        "Beantwoord deze vraag (kies ‘weet ik niet’ als u het niet weet)."
                    ),
                    "invalid_choice": _("Kies ja, deels, nee of weet ik niet."),
                },
            )

    def steps(self):
        """Bound fields grouped by policy step, for the template."""
        grouped = []
        for question in self.questions:
            if not grouped or grouped[-1][0] != question.step:
                grouped.append((question.step, []))
            grouped[-1][1].append(self[question.key])
        return grouped


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
    from interventies.models import InterventionPage

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


def instrument_labels(values):
    labels = dict(Instrument.choices)
    return [labels[value] for value in values if value in labels]


def all_steps():
    return list(PolicyStep.objects.all())
