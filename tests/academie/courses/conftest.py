"""Fixtures of the course tests: a catalogue with courses of modules, lessons and quizzes,
and enrolments in them."""

from dataclasses import dataclass, field

import pytest

from academie import services
from tests.academie.courses.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModuleFactory,
    QuizPageFactory,
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


@pytest.fixture
def logged_in(client, user):
    client.force_login(user)
    return client
