"""Quizzes: checking posted answers, grading, attempts, and when the right answers show.

The rules (issue 19, point 5):
- a quiz has a number of attempts (`QuizPage.max_attempts`, 0 = unlimited) and may ask the
  participant to wait after a failed attempt (`QuizPage.retry_wait_minutes`); both are
  enforced here, so a post beyond the limit or before the wait is over records nothing;
- the right answers, the explanations and the feedback per answer show only once the
  participant passed or used their last attempt: before that, a retry would be a matter
  of copying them.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie.models import QuizAttempt, QuizPage
from academie.services.enrolment import check_completion
from academie.services.errors import AccessDenied, QuizRefused
from academie.services.structure import check_can_work_on, lock_enrolment, touch


@dataclass
class QuizState:
    attempts: list
    max_attempts: int
    retry_wait_minutes: int = 0
    now: datetime = field(default_factory=timezone.now)

    @property
    def passed(self):
        return any(attempt.passed for attempt in self.attempts)

    @property
    def used(self):
        return len(self.attempts)

    @property
    def attempts_left(self):
        """None means unlimited."""
        if not self.max_attempts:
            return None
        return max(self.max_attempts - self.used, 0)

    @property
    def out_of_attempts(self):
        """Failed, and no attempts left: the participant must ask the academy."""
        return not self.passed and self.attempts_left == 0

    @property
    def retry_at(self):
        """When the next attempt may start, while that is still in the future; else None."""
        latest = self.latest
        if not self.retry_wait_minutes or latest is None or self.passed or self.out_of_attempts:
            return None
        moment = latest.submitted_at + timedelta(minutes=self.retry_wait_minutes)
        return moment if moment > self.now else None

    @property
    def waiting(self):
        return self.retry_at is not None

    @property
    def can_attempt(self):
        return not self.passed and not self.out_of_attempts and not self.waiting

    @property
    def reveals_answers(self):
        """The right answers, explanations and feedback show after passing or after the
        last attempt, never while another attempt is possible."""
        return self.passed or self.out_of_attempts

    @property
    def latest(self):
        return self.attempts[-1] if self.attempts else None

    def retry_text(self):
        """When the participant may try again, in a sentence ("" when they may now)."""
        if not self.waiting:
            return ""
        moment = timezone.localtime(self.retry_at)
        return _("U kunt de toets opnieuw maken op %(date)s om %(time)s uur.") % {
            "date": date_format(moment, "j F Y"),
            "time": date_format(moment, "H:i"),
        }

    def attempts_left_text(self):
        """How many attempts are left, in a sentence ("" when unlimited or none)."""
        if not self.attempts_left:
            return ""
        return ngettext(
            "U heeft nog %(n)s poging.", "U heeft nog %(n)s pogingen.", self.attempts_left
        ) % {"n": self.attempts_left}


def quiz_state(enrolment, quiz, now=None):
    attempts = list(QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz).order_by("number"))
    return QuizState(attempts, quiz.max_attempts, quiz.retry_wait_minutes, now or timezone.now())


FORGED = "forged"


def clean_answers(questions, answers):
    """Check posted answers against the quiz: {question id: [answer ids]} or QuizRefused."""
    by_id = {question.id: question for question in questions}
    forged = QuizRefused(
        _(
            "Deze antwoorden horen niet bij deze toets. Er is niets opgeslagen; "
            "laad de toets opnieuw en probeer het nog eens."
        ),
        code=FORGED,
    )
    cleaned = {}
    for question_id, chosen in answers.items():
        question = by_id.get(question_id)
        if question is None:
            raise forged
        chosen = list(dict.fromkeys(str(answer) for answer in chosen if answer))
        if any(answer not in question.answer_ids for answer in chosen):
            raise forged
        if not question.multiple and len(chosen) > 1:
            raise forged
        cleaned[question_id] = chosen
    if any(not cleaned.get(question.id) for question in questions):
        raise QuizRefused(
            _("Beantwoord alle vragen. Uw antwoorden zijn nog niet ingeleverd."),
            code="incomplete",
        )
    return cleaned


def grade(questions, answers):
    """Returns (score in percent, review). A question is right when exactly the right
    answers are chosen."""
    right = 0
    review = []
    for question in questions:
        chosen = set(answers[question.id])
        is_correct = chosen == question.correct_ids
        right += is_correct
        review.append(
            {
                "id": question.id,
                "text": question.text,
                "multiple": question.multiple,
                "correct": is_correct,
                "explanation": question.explanation,
                "answers": [
                    {
                        "id": answer.id,
                        "text": answer.text,
                        "chosen": answer.id in chosen,
                        "correct": answer.correct,
                        "feedback": answer.feedback,
                    }
                    for answer in question.answers
                ],
            }
        )
    score = round(100 * right / len(questions)) if questions else 0
    return score, review


class AlreadySubmitted(QuizRefused):
    """The form was shown for an attempt that has been handed in since (a double click, or a
    second tab): `attempt` is that attempt, or the latest one."""

    status = 409

    def __init__(self, message, attempt):
        super().__init__(message, code=ALREADY_SUBMITTED)
        self.attempt = attempt


ALREADY_SUBMITTED = "already_submitted"


def submit_quiz(enrolment, quiz, answers, attempt_number=None):
    """Grade and record one attempt. Refused (nothing recorded) when the participant is not
    enrolled, the quiz is of another course or locked, an answer does not exist, no
    attempts are left, or the wait after a failed attempt is not over yet.

    `attempt_number` is the attempt the form was shown for (a hidden field). When it is no
    longer the next attempt, the form was sent before (a double click): nothing is recorded
    and AlreadySubmitted points to the attempt that was.
    """
    if not isinstance(quiz, QuizPage):
        raise AccessDenied(_("Dit is geen toets."), code="not_a_quiz")
    with transaction.atomic():
        enrolment = lock_enrolment(enrolment) if enrolment else None
        check_can_work_on(enrolment, quiz)
        state = quiz_state(enrolment, quiz)
        if attempt_number is not None and attempt_number != state.used + 1 and state.attempts:
            shown = next((a for a in state.attempts if a.number == attempt_number), None)
            raise AlreadySubmitted(
                _(
                    "U had deze toets al ingeleverd. Er is niets dubbel opgeslagen; hieronder "
                    "ziet u uw resultaat."
                ),
                attempt=shown or state.latest,
            )
        if state.passed:
            raise QuizRefused(
                _("U bent al geslaagd voor deze toets. Er is niets opgeslagen."), code="passed"
            )
        if state.out_of_attempts:
            raise QuizRefused(
                ngettext(
                    "U heeft uw enige poging voor deze toets gebruikt.",
                    "U heeft alle %(n)s pogingen voor deze toets gebruikt.",
                    quiz.max_attempts,
                )
                % {"n": quiz.max_attempts}
                + " "
                + _(
                    "Er is niets opgeslagen. Neem contact op met de ADV Academie als u nog een "
                    "poging wilt."
                ),
                code="no_attempts",
            )
        if state.waiting:
            raise QuizRefused(
                _("U moet nog even wachten. %(when)s Er is niets opgeslagen.")
                % {"when": state.retry_text()},
                code="wait",
            )
        questions = quiz.get_questions()
        cleaned = clean_answers(questions, answers)
        score, review = grade(questions, cleaned)
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    enrolment=enrolment,
                    quiz=quiz,
                    number=state.used + 1,
                    answers=cleaned,
                    review=review,
                    score=score,
                    passed=score >= quiz.pass_mark,
                )
        except IntegrityError:
            raise QuizRefused(
                _("Deze toets is net al ingeleverd. Er is niets dubbel opgeslagen."),
                code="duplicate",
            ) from None
        touch(enrolment, quiz)
        if attempt.passed:
            check_completion(enrolment)
    return attempt
