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
from .masterclasses.choices import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    UNCONFIRMED_STATUSES,
    ParticipantRole,
    Region,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
)
from .masterclasses.pages import MasterclassIndexPage, MasterclassPage
from .masterclasses.registrations import MasterclassRegistration, ParticipantMessage
from .masterclasses.sessions import MasterclassSession, attach_counts
from .progress import Enrolment, LessonCompletion, QuizAttempt

__all__ = [
    "ACTIVE_STATUSES",
    "SEAT_STATUSES",
    "UNCONFIRMED_STATUSES",
    "MasterclassIndexPage",
    "MasterclassPage",
    "MasterclassRegistration",
    "MasterclassSession",
    "ParticipantMessage",
    "ParticipantRole",
    "Region",
    "RegistrationStatus",
    "SessionFormat",
    "SessionStatus",
    "attach_counts",
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
