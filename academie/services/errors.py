"""Refusals of the academy rules: each carries a Dutch message that is safe to show."""


class AcademieError(Exception):
    """An action was refused; `message` explains why, in Dutch."""

    status = 400

    def __init__(self, message, code=""):
        super().__init__(message)
        self.message = message
        self.code = code


class AccessDenied(AcademieError):
    status = 403


class EnrolmentRefused(AcademieError):
    pass


class QuizRefused(AcademieError):
    pass


class RegistrationRefused(AcademieError):
    """A masterclass registration, confirmation or cancellation was refused."""
