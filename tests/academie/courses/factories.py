"""Factories for the course pages (wagtail-factories)."""

from decimal import Decimal

import factory
import wagtail_factories

from academie.models import CourseIndexPage, CourseModulePage, CoursePage, LessonPage, QuizPage

SECRET_LESSON_WORD = "schildpadvleugel"  # a word that only occurs in lesson content


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "ADV Academie"
    slug = "academie"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cursus nummer {n}")
    intro = factory.Faker("sentence", nb_words=12, locale="nl_NL")
    duration_hours = Decimal("2")

    class Meta:
        model = CoursePage


class ModuleFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")

    class Meta:
        model = CourseModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Les {n}")
    body = factory.LazyFunction(
        lambda: [("paragraph", f"<p>Lesinhoud met het woord {SECRET_LESSON_WORD}.</p>")]
    )

    class Meta:
        model = LessonPage


def choice_question(kind, text, answers):
    return (
        kind,
        {
            "question": text,
            "answers": [
                {"text": answer, "correct": correct, "feedback": f"Feedback bij {answer}"}
                for answer, correct in answers
            ],
            "explanation": "<p>Uitleg bij de vraag.</p>",
        },
    )


DEFAULT_QUESTIONS = [
    choice_question(
        "single_choice",
        "Welke kleur heeft de lucht op een heldere dag?",
        [("Blauw", True), ("Groen", False), ("Paars", False)],
    ),
    choice_question(
        "multiple_choice",
        "Welke dieren zijn zoogdieren?",
        [("Walvis", True), ("Hond", True), ("Haai", False)],
    ),
]


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toets {n}")
    questions = factory.LazyFunction(lambda: list(DEFAULT_QUESTIONS))
    pass_mark = 100
    max_attempts = 3

    class Meta:
        model = QuizPage
