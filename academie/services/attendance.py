"""On and after the day of a masterclass session: the reminder shortly before it, check-in
(attendance), and the thank-you email to everyone who was there. Each email goes out once
per participant, however often this runs (row lock plus a "sent" timestamp)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academie import conf
from academie.emails import masterclasses as emails
from academie.models import MasterclassRegistration, MasterclassSession, RegistrationStatus
from academie.services.errors import RegistrationRefused
from academie.services.seats import lock_registration, lock_session

Status = RegistrationStatus

# A reminder is skipped for seats confirmed this recently: they just got the confirmation.
REMINDER_QUIET_PERIOD = timedelta(hours=12)


def reminder_window():
    """How long before a session its participants are reminded (conf.reminder_hours)."""
    return timedelta(hours=conf.reminder_hours())


def send_reminders(now=None):
    """Remind confirmed participants shortly before their session (conf.reminder_hours).
    Each participant is reminded once, also when two runs overlap (row lock + timestamp)."""
    now = now or timezone.now()
    horizon = now + reminder_window()
    sessions = MasterclassSession.objects.filter(
        date__gte=timezone.localdate(now), date__lte=horizon.date()
    ).select_related("page")
    sent = 0
    for session in sessions:
        if not (now < session.starts_at <= horizon):
            continue
        candidates = session.registrations.filter(
            status=Status.CONFIRMED, reminder_sent_at__isnull=True, anonymised_at__isnull=True
        ).values_list("pk", flat=True)
        for pk in list(candidates):
            with transaction.atomic():
                registration = (
                    MasterclassRegistration.objects.select_for_update()
                    .filter(pk=pk, status=Status.CONFIRMED, reminder_sent_at__isnull=True)
                    .first()
                )
                if registration is None:
                    continue
                seat_since = registration.promoted_at or registration.confirmed_at
                if seat_since and now - seat_since < REMINDER_QUIET_PERIOD:
                    continue
                registration.session = session
                emails.reminder(registration)
                registration.reminder_sent_at = now
                registration.save(update_fields=["reminder_sent_at"])
                sent += 1
    return sent


def mark_attendance(registration, present, now=None):
    """Check-in: mark a confirmed participant present (or not). From the day itself on."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = lock_registration(registration)
        session = registration.session
        if registration.status != Status.CONFIRMED:
            raise RegistrationRefused(
                _("Alleen aangemelde deelnemers kunt u aanwezig melden."), code="status"
            )
        if session.date > timezone.localdate(now):
            raise RegistrationRefused(
                _("Aanwezig melden kan vanaf de dag van de bijeenkomst."), code="early"
            )
        if registration.anonymised_at:
            raise RegistrationRefused(_("Deze aanmelding is al geanonimiseerd."), code="anonymous")
        registration.attended = bool(present)
        registration.checked_in_at = now if present else None
        registration.save(update_fields=["attended", "checked_in_at"])
    return registration


def send_thank_you(session, now=None):
    """After the session: thank everyone who was there, with slides and evaluation link.
    Each participant gets it once, however often this runs. Returns how many were queued."""
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session)
        if not session.is_past(now):
            raise RegistrationRefused(
                _("De bedankmail kunt u versturen als de bijeenkomst voorbij is."), code="early"
            )
        present = session.registrations.filter(status=Status.CONFIRMED, attended=True)
        if not present.exists():
            raise RegistrationRefused(
                _("Meld eerst op de aanwezigheidslijst wie er was."), code="nobody"
            )
        registrations = list(
            present.select_for_update().filter(
                thank_you_sent_at__isnull=True, anonymised_at__isnull=True
            )
        )
        for registration in registrations:
            registration.session = session
            emails.thank_you(registration)
            registration.thank_you_sent_at = now
            registration.save(update_fields=["thank_you_sent_at"])
        session.thank_you_sent_at = now
        session.save(update_fields=["thank_you_sent_at"])
    return len(registrations)
