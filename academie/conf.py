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


# --------------------------------------------------------------------------- masterclasses


def confirm_minutes():
    """How long an unconfirmed masterclass registration keeps its seat (double opt-in)."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_CONFIRM_MINUTES", 30)


def confirm_resend_minutes():
    """Registering again before confirming sends the link again, at most once this often."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_CONFIRM_RESEND_MINUTES", 5)


def unconfirmed_per_network():
    """How many unconfirmed registrations for one session may come from one IP address."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_UNCONFIRMED_PER_IP", 3)


def min_fill_seconds():
    """A registration form sent back faster than this was filled in by a bot."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS", 3)


def form_max_age_seconds():
    """A registration form older than this must be reloaded (its timestamp has expired)."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_FORM_MAX_AGE_SECONDS", 4 * 60 * 60)


def rate_limit():
    """(attempts, seconds): registration posts allowed per IP address in that window."""
    return (
        getattr(settings, "ACADEMIE_MASTERCLASS_RATE_LIMIT", 20),
        getattr(settings, "ACADEMIE_MASTERCLASS_RATE_WINDOW_SECONDS", 60 * 60),
    )


def reminder_hours():
    """Participants get a reminder this many hours before the session starts."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_REMINDER_HOURS", 48)


def retention_months():
    """Personal data of participants is anonymised this many months after the session."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_RETENTION_MONTHS", 6)


def unconfirmed_retention_days():
    """Registrations that were never confirmed are anonymised this many days after their
    hold on a seat ended (the address may not even belong to the person who typed it)."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_UNCONFIRMED_RETENTION_DAYS", 3)


def privacy_url():
    """The privacy statement that the registration form links to."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_PRIVACY_URL", "/privacy/")


def almost_full_seats():
    """With this many seats or fewer left, a session shows "Bijna vol"."""
    return getattr(settings, "ACADEMIE_MASTERCLASS_ALMOST_FULL_SEATS", 5)
