"""The result of a finished scan: per policy step the score, what is in place, the most
important next actions, and what helps: the guide chapter, fitting interventions (with
backfiring ones only as a warning), good practices of municipalities of the same size and the
next masterclass or course. Plus the change since the baseline scan and the chart.

Built in a fixed number of queries: a few per policy step (six steps), however many
interventions, practices or sessions the site has.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from beleidsscan.models import AnswerChoice, Scan
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scoring import answer_label, clean_answers, step_score
from hub.querysets import public_filter, restricted_paths

MAX_ACTIONS = 3
INTERVENTIONS_PER_STEP = 3
WARNINGS_PER_STEP = 2
PRACTICES_PER_STEP = 2


@dataclass
class AnswerLine:
    question: object
    answer: str
    label: str
    advice: str


@dataclass
class StepResult:
    step: object
    score: object  # scoring.StepScore
    answers: list = field(default_factory=list)
    in_place: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    chapter: object = None
    interventions: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    practices: list = field(default_factory=list)
    masterclass: object = None  # a MasterclassSession
    course: object = None  # a CoursePage, when no masterclass session is planned
    baseline_score: int | None = None
    review_comment: str = ""

    @property
    def change(self):
        if self.baseline_score is None or self.score.score is None:
            return None
        return self.score.score - self.baseline_score

    @property
    def change_size(self):
        return abs(self.change) if self.change is not None else None

    @property
    def needs_work(self):
        return bool(self.actions)


@dataclass
class Result:
    scan: object
    version: Version
    steps: list
    baseline: object = None

    @property
    def average(self):
        values = [item.score.score for item in self.steps if item.score.score is not None]
        return round(sum(values) / len(values)) if values else None


def _answer_lines(step, answers):
    lines = []
    for question in step.questions:
        answer = answers.get(question.key, "")
        lines.append(
            AnswerLine(
                question=question,
                answer=answer,
                label=str(answer_label(answer)),
                advice=question.advice_for(answer) if answer != AnswerChoice.YES else "",
            )
        )
    return lines


def _actions(lines):
    """The most important next actions: answers that are not "ja", the heaviest question and
    the furthest from "ja" first (weight x missing points), then in questionnaire order."""
    open_lines = [
        (index, line)
        for index, line in enumerate(lines)
        if line.answer and line.answer != AnswerChoice.YES
    ]
    open_lines.sort(
        key=lambda item: (
            -item[1].question.weight * (100 - item[1].question.points(item[1].answer)),
            item[0],
        )
    )
    return [line for _index, line in open_lines[:MAX_ACTIONS]]


def baseline_for(scan):
    """The earlier scan this one is compared with: the scan it continues ("nieuwe versie"),
    or else the account's most recent earlier finished scan of the same municipality. Never
    someone else's scan."""
    if scan.previous_id:
        previous = (
            Scan.objects.select_related("version")
            .filter(pk=scan.previous_id, finished_at__isnull=False)
            .first()
        )
        if previous is not None:
            return previous
    if scan.owner_id:
        return (
            Scan.objects.select_related("version")
            .filter(
                owner_id=scan.owner_id,
                municipality_id=scan.municipality_id,
                finished_at__isnull=False,
                created_at__lt=scan.created_at,
            )
            .exclude(pk=scan.pk)
            .order_by("-finished_at")
            .first()
        )
    return None


def _baseline_scores(baseline):
    if baseline is None:
        return {}
    version = Version.of(baseline.version)
    answers = clean_answers(version, baseline.answers)
    return {step.number: step_score(step, answers).score for step in version.steps}


def _focus(step_result, focus_domains):
    domains = {line.question.domain_id for line in step_result.actions if line.question.domain_id}
    return domains | focus_domains


def _interventions(scan, step_result, domains, grounds):
    from interventies.models import InterventionPage

    through = InterventionPage.domains.through
    grounds_through = InterventionPage.grounds.through
    sizes_through = InterventionPage.suitable_sizes.through
    base = (
        InterventionPage.objects.live()
        .filter(public_filter(), policy_steps=step_result.step.id)
        .select_related("evidence_level")
        .annotate(
            domain_fit=Exists(
                through.objects.filter(interventionpage_id=OuterRef("pk"), domain_id__in=domains)
            ),
            ground_fit=Exists(
                grounds_through.objects.filter(
                    interventionpage_id=OuterRef("pk"), discriminationground_id__in=grounds
                )
            ),
            size_fit=Exists(
                sizes_through.objects.filter(
                    interventionpage_id=OuterRef("pk"), municipalitysize_id=scan.size_id
                )
            ),
        )
    )
    fitting = base.filter(backfire_risk=False).order_by(
        "-domain_fit", "-ground_fit", "-size_fit", "-evidence_level__sort_order", "title"
    )
    warnings = base.filter(backfire_risk=True).order_by("-domain_fit", "-ground_fit", "title")
    return list(fitting[:INTERVENTIONS_PER_STEP]), list(warnings[:WARNINGS_PER_STEP])


def _practices(scan, step_result):
    from handreikingen.models import GoodPracticePage

    if scan.size_id is None:
        return []
    return list(
        GoodPracticePage.objects.live()
        .filter(public_filter(), size_id=scan.size_id, policy_steps=step_result.step.id)
        .order_by("-year", "title")[:PRACTICES_PER_STEP]
    )


def _learning(step_result):
    from academie.models import CoursePage, MasterclassSession

    not_restricted = Q()
    for path in restricted_paths():
        not_restricted &= ~Q(page__path__startswith=path)
    session = (
        MasterclassSession.objects.upcoming(timezone.localdate())
        .filter(
            not_restricted,
            page__live=True,
            page__policy_steps=step_result.step.id,
            registration_closed=False,
        )
        .select_related("page")
        .order_by("date", "start_time")
        .first()
    )
    if session is not None:
        return session, None
    course = (
        CoursePage.objects.live()
        .filter(public_filter(), policy_steps=step_result.step.id)
        .order_by("title")
        .first()
    )
    return None, course


def _chapters(steps):
    from handreikingen.models import GuideChapterPage

    chapters = {}
    for chapter in (
        GuideChapterPage.objects.live()
        .filter(public_filter(), step_id__in=[item.step.id for item in steps])
        .order_by("path")
    ):
        chapters.setdefault(chapter.step_id, chapter)
    return chapters


def build(scan, *, with_suggestions=True):
    """The Result of `scan` (read with the questionnaire version it was made with)."""
    version = Version.of(scan.version)
    answers = clean_answers(version, scan.answers)
    baseline = baseline_for(scan)
    baseline_scores = _baseline_scores(baseline)
    comments = {comment.step_id: comment.text for comment in scan.review_comments.all()}
    steps = []
    for step in version.steps:
        lines = _answer_lines(step, answers)
        item = StepResult(
            step=step,
            score=step_score(step, answers),
            answers=lines,
            in_place=[line.question.in_place for line in lines if line.answer == AnswerChoice.YES],
            actions=_actions(lines),
            baseline_score=baseline_scores.get(step.number),
            review_comment=comments.get(step.id, ""),
        )
        steps.append(item)
    if with_suggestions:
        chapters = _chapters(steps)
        focus_domains = set(scan.focus_domains.values_list("pk", flat=True))
        grounds = set(scan.focus_grounds.values_list("pk", flat=True))
        for item in steps:
            item.chapter = chapters.get(item.step.id)
            if not item.needs_work:
                continue
            domains = _focus(item, focus_domains)
            item.interventions, item.warnings = _interventions(scan, item, domains, grounds)
            item.practices = _practices(scan, item)
            item.masterclass, item.course = _learning(item)
    return Result(scan=scan, version=version, steps=steps, baseline=baseline)
