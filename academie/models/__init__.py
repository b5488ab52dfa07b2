from .catalogue import (
    CourseFormat,
    CourseIndexPage,
    CourseLevel,
    CoursePage,
    CourseTrainer,
    DurationBand,
)
from .certificates import Certificate
from .content import Answer, CourseModulePage, LessonPage, Question, QuizPage
from .progress import Enrolment, LessonCompletion, QuizAttempt

__all__ = [
    "Answer",
    "Certificate",
    "CourseFormat",
    "CourseIndexPage",
    "CourseLevel",
    "CourseModulePage",
    "CoursePage",
    "CourseTrainer",
    "DurationBand",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "Question",
    "QuizAttempt",
    "QuizPage",
]
