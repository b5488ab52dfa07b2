"""Settings of the academy, each with a default; override them in the Django settings."""

from django.conf import settings


def reminder_days():
    """How many days before a certificate expires its holder gets a reminder."""
    return getattr(settings, "ACADEMIE_CERTIFICATE_REMINDER_DAYS", 30)


def certificate_issuer():
    """The organisation named on certificates and in emails."""
    return getattr(
        settings, "ACADEMIE_CERTIFICATE_ISSUER", "ADV Academie · Kennishub Antidiscriminatie"
    )


def certificate_folder():
    """The folder in the default storage where certificate PDFs are kept."""
    return getattr(settings, "ACADEMIE_CERTIFICATE_FOLDER", "academie/certificaten")


def manager_group():
    """The group whose members manage courses, enrolments and certificates."""
    return getattr(settings, "ACADEMIE_MANAGER_GROUP", "Academiebeheerder")


def site_url():
    return getattr(settings, "SITE_URL", "http://127.0.0.1:8000").rstrip("/")


def absolute_url(path):
    return f"{site_url()}{path}"
