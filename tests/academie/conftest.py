from dataclasses import dataclass, field

import pytest

from academie import services
from tests.academie.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModuleFactory,
    QuizPageFactory,
    make_user,
)


@dataclass
class Course:
    page: object
    modules: list = field(default_factory=list)
    lessons: list = field(default_factory=list)
    quizzes: list = field(default_factory=list)

    @property
    def items(self):
        return [*self.lessons, *self.quizzes]


@pytest.fixture
def index(home):
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def make_course(index):
    """A course with one module of lessons followed by a quiz (or no quiz)."""

    def make(lessons=2, quiz=True, optional=(), module_count=1, **fields):
        page = CoursePageFactory(parent=index, **fields)
        course = Course(page)
        for m in range(module_count):
            module = ModuleFactory(parent=page, title=f"Module {m + 1}")
            course.modules.append(module)
            for n in range(lessons):
                course.lessons.append(
                    LessonPageFactory(
                        parent=module,
                        title=f"{page.title} les {m + 1}.{n + 1}",
                        required=n not in optional,
                    )
                )
            if quiz:
                course.quizzes.append(
                    QuizPageFactory(parent=module, title=f"{page.title} toets {m + 1}")
                )
        return course

    return make


@pytest.fixture
def course(make_course):
    return make_course()


@pytest.fixture
def user(db):
    return make_user()


@pytest.fixture
def other_user(db):
    return make_user("ander@gemeente.example")


@pytest.fixture
def enrol():
    def do(user, course, **fields):
        fields.setdefault("participant_name", "Fatima Bakker")
        fields.setdefault("organisation", "Gemeente Zwolle")
        page = getattr(course, "page", course)
        enrolment, _created = services.enrol(user, page, **fields)
        return enrolment

    return do


@pytest.fixture
def enrolment(user, course, enrol):
    return enrol(user, course)


def answers_for(quiz, right=True):
    """{question id: [answer ids]}: all right, or all wrong."""
    answers = {}
    for question in quiz.get_questions():
        if right:
            answers[question.id] = sorted(question.correct_ids)
        else:
            answers[question.id] = [a.id for a in question.answers if not a.correct][:1]
    return answers


def quiz_post(quiz, right=True, attempt=None):
    """The same answers as form data, as the browser posts them (with the hidden attempt
    number of the form when `attempt` is given)."""
    data = {} if attempt is None else {"poging": str(attempt)}
    for question_id, answer_ids in answers_for(quiz, right).items():
        data[f"vraag-{question_id}"] = answer_ids
    return data


@pytest.fixture
def logged_in(client, user):
    client.force_login(user)
    return client


# Masterclass fixtures (mc_index, series, make_session, session, broker_down).
from tests.academie.masterclass_fixtures import (  # noqa: E402, F401
    broker_down,
    make_series,
    make_session,
    mc_index,
    series,
    session,
)
