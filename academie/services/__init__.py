"""The rules of the academy, one module per job.

Courses: `structure` (course structure, progress, access), `enrolment` (enrolling, approval,
lessons, completion), `quizzes`, `certificates` (codes, issuing, PDF, verification, expiry).
Masterclasses: `registration` (register, confirm, cancel), `seats` (locks, waitlist,
capacity, expiry), `attendance` (reminders, check-in, thank-you), `participant_mail`,
`delete_guards`, `retention` (AVG). Both: `privacy` (data export, account deletion) and
`errors`. This package exports the course rules used most.

Views and admin screens call these functions; they never decide anything themselves. Every
action that changes data checks its own preconditions (enrolled, right course, not locked,
attempts left), so a forged request is refused here even if a view forgot to check.
Refusals raise an `AcademieError` with a Dutch message that is safe to show.
"""

from academie.services.certificates import (
    add_months,
    format_code,
    issue_certificate,
    new_certificate_code,
    normalise_code,
    revoke_certificate,
    verify_certificate,
)
from academie.services.enrolment import (
    approve,
    check_completion,
    complete_lesson,
    enrol,
    missing_prerequisites,
    refuse,
)
from academie.services.errors import (
    AcademieError,
    AccessDenied,
    EnrolmentRefused,
    QuizRefused,
    RegistrationRefused,
)
from academie.services.quizzes import (
    ALREADY_SUBMITTED,
    FORGED,
    AlreadySubmitted,
    QuizState,
    clean_answers,
    grade,
    quiz_state,
    submit_quiz,
)
from academie.services.structure import (
    Access,
    Module,
    Progress,
    access_to,
    course_for,
    course_structure,
    progress_for,
    record_visit,
)

__all__ = [
    "ALREADY_SUBMITTED",
    "FORGED",
    "AlreadySubmitted",
    "AcademieError",
    "Access",
    "AccessDenied",
    "EnrolmentRefused",
    "Module",
    "Progress",
    "QuizRefused",
    "RegistrationRefused",
    "QuizState",
    "access_to",
    "add_months",
    "approve",
    "check_completion",
    "clean_answers",
    "complete_lesson",
    "course_for",
    "course_structure",
    "enrol",
    "format_code",
    "grade",
    "issue_certificate",
    "missing_prerequisites",
    "new_certificate_code",
    "normalise_code",
    "progress_for",
    "quiz_state",
    "record_visit",
    "refuse",
    "revoke_certificate",
    "submit_quiz",
    "verify_certificate",
]
