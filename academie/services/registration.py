"""Registering for a masterclass session: double opt-in, the waitlist, cancellation.

A registration's seat and its place on the waitlist are kept by academie.services.seats
(under the session's row lock); the emails that belong to a change are written to the outbox
in the same transaction (academie.emails.masterclasses).

States of a registration:

- onbevestigd: the email address is not confirmed yet; a seat is held until `expires_at`.
- onbevestigd-wachtlijst: the same, but the session was full: no seat is held.
- aangemeld: confirmed, with a seat.  wachtlijst: confirmed, waiting for a seat.
- afgemeld (cancelled) and verlopen (never confirmed): no longer count; the address may
  register again.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie import conf
from academie.emails import masterclasses as emails
from academie.models import (
    ACTIVE_STATUSES,
    UNCONFIRMED_STATUSES,
    MasterclassRegistration,
    RegistrationStatus,
)
from academie.services.errors import RegistrationRefused
from academie.services.seats import fill_seats, lock_registration, lock_session
from hub.accounts import verified_addresses

Status = RegistrationStatus


def normalise_email(email):
    return (email or "").strip().lower()


def check_open(session, now):
    """Refuse with a clear message when the session takes no registrations."""
    if not session.page.live:
        raise RegistrationRefused(
            _("Deze masterclass is niet meer beschikbaar. Kies een andere bijeenkomst."),
            code="unavailable",
        )
    if session.is_past(now):
        raise RegistrationRefused(_("Deze bijeenkomst is al geweest."), code="past")
    if session.has_started(now):
        raise RegistrationRefused(
            _("Deze bijeenkomst is al begonnen. Aanmelden kan niet meer."), code="started"
        )
    if session.registration_closed:
        raise RegistrationRefused(
            _("De aanmelding voor deze bijeenkomst is gesloten."), code="closed"
        )
    if now >= session.deadline:
        raise RegistrationRefused(
            _("De aanmelding voor deze bijeenkomst is gesloten sinds %(date)s.")
            % {
                "date": formats.date_format(
                    timezone.localtime(session.deadline), "j F Y \\o\\m H.i \\u\\u\\r"
                )
            },
            code="deadline",
        )


def _next_sequence(session):
    highest = session.registrations.aggregate(highest=Max("sequence"))["highest"]
    return (highest or 0) + 1


def _clean_choices(session, workshop_choices):
    """Keep only choices of rounds and workshops that exist in the programme (by id)."""
    rounds = {r.id: r for r in session.page.workshop_rounds()}
    cleaned = []
    chosen = dict(workshop_choices or {})
    for round_id, workshop_round in rounds.items():
        workshop_id = chosen.get(round_id)
        workshop = next((w for w in workshop_round.workshops if w.id == workshop_id), None)
        if workshop is None:
            raise RegistrationRefused(
                _("Kies een workshop voor %(round)s.") % {"round": workshop_round.label},
                code="workshop",
            )
        cleaned.append(
            {
                "round": round_id,
                "round_title": workshop_round.title,
                "workshop": workshop.id,
                "workshop_title": workshop.title,
            }
        )
    return cleaned


def register(
    session,
    *,
    name,
    email,
    organisation="",
    municipality="",
    role="",
    needs="",
    workshop_choices=None,
    user=None,
    client_key="",
    now=None,
):
    """Register someone for a session; returns (registration, created).

    The registration waits for the email address to be confirmed (double opt-in): it holds
    a seat until it expires, or, when the session is full, waits to join the waitlist.
    The same email twice returns the existing registration: a double submit sends nothing
    new; someone who registers again before confirming gets the link again (at most once
    per conf.confirm_resend_minutes).

    `client_key` (see `client_key()`) stands for the network the request came from: one
    network may hold at most conf.unconfirmed_per_network() unconfirmed registrations for a
    session, so nobody can hold many seats with made-up addresses.
    """
    now = now or timezone.now()
    email = normalise_email(email)
    try:
        validate_email(email)
    except ValidationError:
        raise RegistrationRefused(
            _("Dit e-mailadres klopt niet. Controleer het en probeer het opnieuw."),
            code="email",
        ) from None
    name = (name or "").strip()
    if not name:
        raise RegistrationRefused(_("Vul uw naam in."), code="name")
    if user is not None and not user.is_authenticated:
        user = None

    with transaction.atomic():
        session = lock_session(session)
        # Every check that can refuse comes before the address is looked up, so a known and
        # an unknown address get the same answer (nobody learns who registered).
        check_open(session, now)
        choices = _clean_choices(session, workshop_choices)
        _check_network_limit(session, client_key, now)
        existing = session.registrations.filter(email=email, status__in=ACTIVE_STATUSES).first()
        if existing is not None and existing.is_unconfirmed and _past_deadline(existing, now):
            # Expired, but the periodic task has not marked it yet: start afresh.
            _expire(existing)
            fill_seats(session, now)
            existing = None
        if existing is not None:
            _resend_confirmation(existing, session, now)
            return existing, False
        holds_seat = session.seats_left > 0
        try:
            with transaction.atomic():
                registration = MasterclassRegistration.objects.create(
                    session=session,
                    user=user,
                    status=Status.PENDING if holds_seat else Status.PENDING_WAITLIST,
                    sequence=_next_sequence(session),
                    name=name[:200],
                    email=email,
                    organisation=(organisation or "").strip()[:200],
                    municipality=(municipality or "").strip()[:100],
                    role=role or "",
                    needs=(needs or "").strip()[:2000],
                    workshop_choices=choices,
                    privacy_consent_at=now,
                    client_key=client_key or "",
                    confirmation_sent_at=now,
                    created_at=now,
                    expires_at=min(
                        now + timedelta(minutes=conf.confirm_minutes()), session.starts_at
                    ),
                )
        except IntegrityError:
            # Only possible without a working row lock: the constraint still allows one.
            existing = session.registrations.filter(email=email, status__in=ACTIVE_STATUSES).first()
            if existing is None:
                raise
            return existing, False
        registration.session = session
        emails.confirm_request(registration, waitlist=not holds_seat)
    return registration, True


def client_key(ip_address):
    """A key for the network a request came from: an HMAC of the IP address, so the address
    itself is never stored. Kept only while a registration is unconfirmed."""
    if not ip_address:
        return ""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"masterclass-network:{ip_address}".encode(), hashlib.sha256
    )
    return digest.hexdigest()[:32]


def _past_deadline(registration, now):
    return registration.expires_at is not None and now >= registration.expires_at


def _expire(registration):
    registration.status = Status.EXPIRED
    registration.client_key = ""
    registration.save(update_fields=["status", "client_key"])


def _check_network_limit(session, key, now):
    if not key:
        return
    limit = conf.unconfirmed_per_network()
    waiting = session.registrations.filter(
        client_key=key, status__in=UNCONFIRMED_STATUSES, expires_at__gt=now
    ).count()
    if waiting >= limit:
        raise RegistrationRefused(
            ngettext(
                "Vanaf uw netwerk is al %(count)s aanmelding voor deze bijeenkomst nog niet "
                "bevestigd. Bevestig die eerst met de link in de e-mail, of probeer het over "
                "%(minutes)s minuten opnieuw.",
                "Vanaf uw netwerk zijn al %(count)s aanmeldingen voor deze bijeenkomst nog niet "
                "bevestigd. Bevestig die eerst met de link in de e-mail, of probeer het over "
                "%(minutes)s minuten opnieuw.",
                waiting,
            )
            % {"count": waiting, "minutes": conf.confirm_minutes()},
            code="network_limit",
        )


def _resend_confirmation(registration, session, now):
    """Someone registers again with an address that is not confirmed yet: the first email
    may be lost in a spam folder, so send the link again, at most once per a few minutes.
    Returns True when it was sent."""
    if not registration.is_unconfirmed:
        return False
    last = registration.confirmation_sent_at or registration.created_at
    if last and now - last < timedelta(minutes=conf.confirm_resend_minutes()):
        return False
    registration = lock_registration(registration)
    registration.session = session
    emails.confirm_request(registration, waitlist=registration.status == Status.PENDING_WAITLIST)
    registration.confirmation_sent_at = now
    registration.save(update_fields=["confirmation_sent_at"])
    return True


def owned_by(user):
    """The condition for the registrations of an account: made with it, or with one of the
    addresses it has verified (hub.accounts.verified_addresses)."""
    return Q(user=user) | Q(email__in=verified_addresses(user))


def find_by_public_id(public_id):
    return (
        MasterclassRegistration.objects.select_related("session", "session__page")
        .filter(public_id=public_id)
        .first()
    )


def confirm(registration, now=None):
    """Confirm the email address (the link in the first email); returns (registration,
    changed). An expired registration is marked so and refused with a message."""
    now = now or timezone.now()
    expired = False
    with transaction.atomic():
        session = lock_session(registration.session_id)
        registration = lock_registration(registration)
        registration.session = session
        if registration.status in (Status.CONFIRMED, Status.WAITLISTED):
            return registration, False
        if registration.status == Status.CANCELLED:
            raise RegistrationRefused(
                _(
                    "U heeft zich voor deze bijeenkomst afgemeld. Wilt u toch komen? Meld u opnieuw aan."
                ),
                code="cancelled",
            )
        if registration.status == Status.EXPIRED:
            raise RegistrationRefused(
                _("Deze bevestigingslink is verlopen. Meld u opnieuw aan voor de bijeenkomst."),
                code="expired",
            )
        if session.has_started(now):
            raise RegistrationRefused(
                _("Deze bijeenkomst is al begonnen of geweest."), code="started"
            )
        if _past_deadline(registration, now):
            _expire(registration)
            fill_seats(session, now)
            expired = True
        else:
            was_pending_seat = registration.status == Status.PENDING
            registration.status = Status.CONFIRMED if was_pending_seat else Status.WAITLISTED
            registration.confirmed_at = now
            registration.expires_at = None
            registration.client_key = ""
            registration.save(update_fields=["status", "confirmed_at", "expires_at", "client_key"])
            fill_seats(session, now, quiet=registration.pk)
            registration.refresh_from_db(fields=["status", "promoted_at"])
            if registration.status == Status.CONFIRMED:
                emails.confirmed(registration)
            else:
                emails.waitlisted(registration)
    if expired:
        raise RegistrationRefused(
            _("Deze bevestigingslink is verlopen. Meld u opnieuw aan voor de bijeenkomst."),
            code="expired",
        )
    return registration, True


def cancel(registration, now=None, by_organiser=False):
    """Cancel a registration (signed link, Mijn academie or the organiser); the seat goes
    to whoever waits longest. Returns (registration, changed)."""
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(registration.session_id)
        registration = lock_registration(registration)
        registration.session = session
        if registration.status in (Status.CANCELLED, Status.EXPIRED):
            return registration, False
        if session.has_started(now):
            raise RegistrationRefused(
                _(
                    "De bijeenkomst is al begonnen of geweest; afmelden kan niet meer. "
                    "Laat het de organisatie weten als u niet kon komen."
                ),
                code="started",
            )
        was_confirmed = registration.status in (Status.CONFIRMED, Status.WAITLISTED)
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.cancelled_by_organiser = by_organiser
        registration.expires_at = None
        registration.client_key = ""
        registration.save(
            update_fields=[
                "status",
                "cancelled_at",
                "cancelled_by_organiser",
                "expires_at",
                "client_key",
            ]
        )
        # An address that never confirmed gets no further email (double opt-in).
        if was_confirmed:
            emails.cancelled(registration)
        fill_seats(session, now)
    return registration, True
