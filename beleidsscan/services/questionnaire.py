"""Freezing a questionnaire into a version, and reading a version back.

A version's content is plain JSON: the title, the introduction and every question with its
step, texts, weight, points and advice. Reading a version never touches the editable
questionnaire, so a result looks the same however the questions were edited later.
"""

from dataclasses import dataclass, field

from django.db.models import Max

from beleidsscan.models.questionnaire import AnswerChoice, QuestionnaireVersion


def snapshot(questionnaire):
    questions = questionnaire.questions.select_related("step", "domain").order_by(
        "step__number", "sort_order", "pk"
    )
    return {
        "title": questionnaire.title,
        "intro": questionnaire.intro,
        "questions": [
            {
                "key": question.key,
                "step": {
                    "id": question.step_id,
                    "number": question.step.number,
                    "name": question.step.name,
                },
                "text": question.text,
                "why": question.why,
                "weight": question.weight,
                "partly_points": question.partly_points,
                "in_place": question.in_place,
                "action": question.action,
                "advice": {
                    AnswerChoice.NO: question.advice_no,
                    AnswerChoice.PARTLY: question.advice_partly,
                    AnswerChoice.UNKNOWN: question.advice_unknown,
                },
                "domain_id": question.domain_id,
            }
            for question in questions
        ],
    }


def freeze(questionnaire):
    """The newest version of `questionnaire`, made now if its content changed."""
    content = snapshot(questionnaire)
    latest = questionnaire.latest_version()
    if latest is not None and latest.content == content:
        return latest
    number = (questionnaire.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    return QuestionnaireVersion.objects.create(
        questionnaire=questionnaire, number=number, content=content
    )


@dataclass(frozen=True)
class Question:
    key: str
    step_id: int
    step_number: int
    text: str
    why: str
    weight: int
    partly_points: int
    in_place: str
    action: str
    advice: dict
    domain_id: int | None

    def points(self, answer):
        """0-100 for an answer: ja 100, gedeeltelijk the question's points, else 0."""
        if answer == AnswerChoice.YES:
            return 100
        if answer == AnswerChoice.PARTLY:
            return self.partly_points
        return 0

    def advice_for(self, answer):
        return self.advice.get(answer, "")


@dataclass
class Step:
    id: int
    number: int
    name: str
    questions: list = field(default_factory=list)

    @property
    def slug(self):
        return f"stap-{self.number}"


@dataclass
class Version:
    """A questionnaire version, read: its steps in order, each with its questions."""

    pk: int
    number: int
    title: str
    intro: str
    steps: list

    @classmethod
    def of(cls, version):
        steps = {}
        for item in version.content.get("questions", []):
            step = item["step"]
            target = steps.setdefault(
                step["number"], Step(id=step["id"], number=step["number"], name=step["name"])
            )
            advice = item.get("advice") or {}
            target.questions.append(
                Question(
                    key=item["key"],
                    step_id=step["id"],
                    step_number=step["number"],
                    text=item["text"],
                    why=item.get("why", ""),
                    weight=int(item.get("weight") or 1),
                    partly_points=int(item.get("partly_points") or 0),
                    in_place=item.get("in_place", ""),
                    action=item.get("action", ""),
                    advice=advice,
                    domain_id=item.get("domain_id"),
                )
            )
        return cls(
            pk=version.pk,
            number=version.number,
            title=version.content.get("title", ""),
            intro=version.content.get("intro", ""),
            steps=[steps[number] for number in sorted(steps)],
        )

    @property
    def questions(self):
        return [question for step in self.steps for question in step.questions]

    def question_keys(self):
        return {question.key for question in self.questions}

    def step(self, number):
        for step in self.steps:
            if step.number == number:
                return step
        return None
