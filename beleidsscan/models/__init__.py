from beleidsscan.models.questionnaire import (
    AnswerChoice,
    Questionnaire,
    QuestionnaireVersion,
    ScanQuestion,
)
from beleidsscan.models.reviews import ReviewComment, ScanDocument
from beleidsscan.models.scans import Scan, ScanAccess, ScanRole, ScanStatus

__all__ = [
    "AnswerChoice",
    "Questionnaire",
    "QuestionnaireVersion",
    "ReviewComment",
    "Scan",
    "ScanAccess",
    "ScanDocument",
    "ScanQuestion",
    "ScanRole",
    "ScanStatus",
]
