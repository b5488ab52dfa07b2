"""Masterclass registration: seats, double opt-in, waitlist, cancellation, attendance.

Every change to who holds a seat happens in `transaction.atomic()` with the session row
locked (`select_for_update`), so two requests for the last seat are served one after the
other and a session never overbooks. Arrival order is the `sequence` number handed out under
that lock; the waitlist is served in that order. The emails that belong to a change are
written to the outbox in the same transaction (academie.emails.masterclasses).

States of a registration:

- onbevestigd: the email address is not confirmed yet; a seat is held until `expires_at`.
- onbevestigd-wachtlijst: the same, but the session was full: no seat is held.
- aangemeld: confirmed, with a seat.  wachtlijst: confirmed, waiting for a seat.
- afgemeld (cancelled) and verlopen (never confirmed): no longer count; the address may
  register again.

After every change `_fill_seats` gives free seats to whoever waits longest: a confirmed
waitlist entry gets the seat and an email; an unconfirmed one gets a held seat (it still has
to confirm). So free seats and people waiting never exist at the same time.
"""

import hashlib
import hmac
import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie import conf
from academie.emails import masterclasses as emails
from academie.models import (
    ACTIVE_STATUSES,
    UNCONFIRMED_STATUSES,
    MasterclassRegistration,
    MasterclassSession,
    ParticipantMessage,
    RegistrationStatus,
)
from academie.services.certificates import add_months
from academie.services.errors import RegistrationRefused
from hub import pagecache

logger = logging.getLogger(__name__)

Status = RegistrationStatus

# A reminder is skipped for seats confirmed this recently: they just got the confirmation.
REMINDER_QUIET_PERIOD = timedelta(hours=12)


def reminder_window():
    return timedelta(hours=conf.reminder_hours())


def normalise_email(email):
    return (email or "").strip().lower()


def lock_session(session):
    """The session row, locked until the end of the current transaction."""
    pk = getattr(session, "pk", session)
    return (
        MasterclassSession.objects.select_for_update(of=("self",)).select_related("page").get(pk=pk)
    )


def _lock_registration(registration):
    pk = getattr(registration, "pk", registration)
    return MasterclassRegistration.objects.select_for_update().get(pk=pk)


def _fresh(session):
    session.__dict__.pop("seats_taken", None)
    return session


SEATS_VERSION_KEY = "masterclass-seats-version"


def masterclass_paths():
    """Where free seats are shown: under every live masterclass index (listing, series and
    session pages). The page cache keys those pages by the seats version as well."""
    from academie.models import MasterclassIndexPage

    paths = []
    for index_page in MasterclassIndexPage.objects.live():
        parts = index_page.get_url_parts()
        if parts:
            paths.append(parts[2])
    return paths


def seats_changed():
    """Listings and cached pages show the free seats of each session ("Nog 3 plaatsen vrij",
    "Bijna vol", "Vol: wachtlijst"): mark them outdated once the transaction commits (not
    before, or a request in between would cache the old numbers under the new version).

    Only the masterclass pages are affected (a scope of the page cache, hub.pagecache): the
    rest of the site stays cached during a registration rush. Seats are no facet, so the
    listing's facet index stays as it is.

    Every save or delete of a registration that touches its status does this itself
    (academie.signals); call it after a queryset .update() (which sends no signals) and
    after a change of capacity.
    """
    pagecache.bump_scope(SEATS_VERSION_KEY)


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
        from django.utils import formats

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
            _fill_seats(session, now)
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
    registration = _lock_registration(registration)
    registration.session = session
    emails.confirm_request(registration, waitlist=registration.status == Status.PENDING_WAITLIST)
    registration.confirmation_sent_at = now
    registration.save(update_fields=["confirmation_sent_at"])
    return True


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
        registration = _lock_registration(registration)
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
            _fill_seats(session, now)
            expired = True
        else:
            was_pending_seat = registration.status == Status.PENDING
            registration.status = Status.CONFIRMED if was_pending_seat else Status.WAITLISTED
            registration.confirmed_at = now
            registration.expires_at = None
            registration.client_key = ""
            registration.save(update_fields=["status", "confirmed_at", "expires_at", "client_key"])
            _fill_seats(session, now, quiet=registration.pk)
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
        registration = _lock_registration(registration)
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
        _fill_seats(session, now)
    return registration, True


def change_capacity(session, capacity, now=None):
    """Set the number of seats; raising it moves the waitlist up at once. Returns the
    registrations that got a seat from the waitlist."""
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session)
        if capacity < 1:
            raise RegistrationRefused(
                _("Een bijeenkomst heeft minstens één plaats."), code="capacity"
            )
        taken = _fresh(session).seats_taken
        if capacity < taken:
            raise RegistrationRefused(
                ngettext(
                    "Er is al %(taken)s plaats bezet. Kies minstens %(taken)s.",
                    "Er zijn al %(taken)s plaatsen bezet. Kies minstens %(taken)s.",
                    taken,
                )
                % {"taken": taken},
                code="capacity",
            )
        session.capacity = capacity
        session.save(update_fields=["capacity"])
        promoted = _fill_seats(session, now)
        seats_changed()
    return promoted


def _fill_seats(session, now, quiet=None):
    """Give free seats to whoever waits longest (call with the session locked).

    A confirmed waitlist entry gets the seat and the promotion email (except the
    registration `quiet`, which the caller emails itself); an unconfirmed one gets a held
    seat and keeps its confirmation deadline.
    Returns the registrations promoted from the confirmed waitlist.
    """
    free = session.capacity - _fresh(session).seats_taken
    if free <= 0:
        return []
    waiting = list(
        session.registrations.select_for_update()
        .filter(status__in=(Status.WAITLISTED, Status.PENDING_WAITLIST))
        .order_by("sequence")[:free]
    )
    promoted = []
    for registration in waiting:
        registration.session = session
        if registration.status == Status.WAITLISTED:
            registration.status = Status.CONFIRMED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at"])
            promoted.append(registration)
            if registration.pk != quiet:
                emails.promoted(registration)
        else:
            registration.status = Status.PENDING
            registration.save(update_fields=["status"])
    _fresh(session)
    return promoted


def expire_unconfirmed(now=None):
    """Unconfirmed registrations past their deadline expire and free their seat.
    Returns how many expired. Safe to run twice (and in parallel): each session is locked."""
    now = now or timezone.now()
    session_ids = set(
        MasterclassRegistration.objects.filter(
            status__in=UNCONFIRMED_STATUSES, expires_at__lte=now
        ).values_list("session_id", flat=True)
    )
    expired = 0
    for session_id in sorted(session_ids):
        with transaction.atomic():
            session = lock_session(session_id)
            expired += session.registrations.filter(
                status__in=UNCONFIRMED_STATUSES, expires_at__lte=now
            ).update(status=Status.EXPIRED, client_key="")
            _fill_seats(session, now)
            seats_changed()
    return expired


# --------------------------------------------------------------------------- on the day


def mark_attendance(registration, present, now=None):
    """Check-in: mark a confirmed participant present (or not). From the day itself on."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = _lock_registration(registration)
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


AUDIENCES = {
    "aangemeld": (Status.CONFIRMED,),
    "wachtlijst": (Status.WAITLISTED,),
    "allen": (Status.CONFIRMED, Status.WAITLISTED),
}


def mail_participants(session, *, audience, subject, message, token=None, sent_by=None):
    """An organiser's message to the participants of one session (through the outbox).

    Returns (recipients, sent). `token` comes from the form (a hidden field): the same
    token twice (a double click on "E-mail versturen") sends nothing the second time and
    returns the number of recipients of the first.
    """
    statuses = AUDIENCES.get(audience)
    if statuses is None:
        raise RegistrationRefused(_("Kies aan wie u de e-mail stuurt."), code="audience")
    subject, message = (subject or "").strip(), (message or "").strip()
    if not subject or not message:
        raise RegistrationRefused(_("Vul een onderwerp en een bericht in."), code="empty")
    with transaction.atomic():
        session = lock_session(session)  # one message at a time per session
        if token is not None:
            earlier = ParticipantMessage.objects.filter(token=token).first()
            if earlier is not None:
                return earlier.recipients, False
        registrations = list(
            session.registrations.filter(status__in=statuses, anonymised_at__isnull=True)
            .exclude(email="")
            .select_related("session__page")
            .order_by("sequence")
        )
        for registration in registrations:
            emails.organiser_message(registration, subject, message)
        if token is not None:
            ParticipantMessage.objects.create(
                session=session,
                token=token,
                audience=audience,
                subject=subject[:200],
                recipients=len(registrations),
                sent_by=sent_by if getattr(sent_by, "is_authenticated", False) else None,
            )
    return len(registrations), True


def session_delete_refusal(session, now=None):
    """Why a session cannot be deleted, or "" when it can. A session that has not ended
    keeps its participants: deleting it would drop their registrations without a word."""
    now = now or timezone.now()
    if session.is_past(now):
        return ""
    active = session.registrations.filter(status__in=ACTIVE_STATUSES).count()
    if not active:
        return ""
    return ngettext(
        "Deze bijeenkomst heeft nog %(count)s aanmelding. Meld die eerst af op de "
        "deelnemerspagina (de deelnemer krijgt dan een e-mail). Wilt u alleen geen nieuwe "
        "aanmeldingen? Zet dan ‘Aanmelding gesloten’ aan.",
        "Deze bijeenkomst heeft nog %(count)s aanmeldingen. Meld die eerst af op de "
        "deelnemerspagina (de deelnemers krijgen dan een e-mail). Wilt u alleen geen nieuwe "
        "aanmeldingen? Zet dan ‘Aanmelding gesloten’ aan.",
        active,
    ) % {"count": active}


def pages_delete_refusal(pages, now=None):
    """Why deleting these pages is refused, or "" when it may go ahead.

    Deleting a page deletes its subtree: every masterclass series under it and their sessions
    and registrations. The first session (anywhere in the subtree) that still has
    participants blocks the delete, with the same reason as deleting that session itself.
    """
    subtree = Q()
    for page in pages:
        subtree |= Q(page__path__startswith=page.path)
    if not subtree:
        return ""
    sessions = (
        MasterclassSession.objects.filter(subtree)
        .filter(registrations__status__in=ACTIVE_STATUSES)
        .distinct()
        .select_related("page")
    )
    for session in sessions:
        reason = session_delete_refusal(session, now=now)
        if reason:
            return f"{session}: {reason}"
    return ""


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


# --------------------------------------------------------------------------- privacy


PERSONAL_FIELDS = {
    "name": "",
    "email": "",
    "organisation": "",
    "needs": "",
    "user": None,
    "client_key": "",
}


def _anonymise(registrations, now):
    """Remove who took part from `registrations` (a queryset) and delete the emails they
    caused (the emails held the same personal data). Returns how many were anonymised."""
    from hub.models import OutboundEmail

    OutboundEmail.objects.related_to_queryset(registrations).delete()
    return registrations.update(anonymised_at=now, **PERSONAL_FIELDS)


def anonymise_old_registrations(now=None):
    """AVG: some months after a session, remove who took part; keep the numbers (status,
    attendance, role, municipality, workshop choices). Returns how many were anonymised.

    Every email a registration caused goes with it, also one sent after the session (the
    thank-you). Emails written before they were linked to their registration are found by
    address, category and date, as before."""
    from hub.models import OutboundEmail

    now = now or timezone.now()
    cutoff = add_months(timezone.localdate(now), -conf.retention_months())
    old = MasterclassRegistration.objects.filter(
        session__date__lt=cutoff, anonymised_at__isnull=True
    )
    with transaction.atomic():
        addresses = set(old.exclude(email="").values_list("email", flat=True))
        count = _anonymise(old, now)
        if addresses:
            OutboundEmail.objects.filter(
                to__in=addresses,
                category__startswith="masterclass:",
                related_id__isnull=True,
                created_at__date__lt=cutoff,
            ).exclude(status=OutboundEmail.Status.PENDING).delete()
    if count:
        logger.info("Anonymised %s masterclass registrations older than %s", count, cutoff)
    return count


def never_confirmed(now=None):
    """Registrations whose address was never confirmed and whose hold ended more than
    conf.unconfirmed_retention_days() ago: expired ones, and ones cancelled before they
    were confirmed."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=conf.unconfirmed_retention_days())
    return MasterclassRegistration.objects.filter(
        Q(status=Status.EXPIRED, expires_at__lt=cutoff)
        | Q(status=Status.CANCELLED, confirmed_at__isnull=True, cancelled_at__lt=cutoff),
        anonymised_at__isnull=True,
    )


def purge_never_confirmed(now=None):
    """AVG: someone who never confirmed their address did not become a participant (and
    the address may not even be theirs). Their name, address and wishes (possibly about
    health) go a few days after the hold ended, not months after the session."""
    now = now or timezone.now()
    with transaction.atomic():
        count = _anonymise(never_confirmed(now), now)
    if count:
        logger.info("Anonymised %s never confirmed masterclass registrations", count)
    return count


def forget_user(user, now=None):
    """The account is deleted: cancel its upcoming registrations (by account or by one of
    its verified addresses) without email, so the seats go to the waitlist, and anonymise
    all of them."""
    from hub.accounts import verified_addresses

    now = now or timezone.now()
    mine = Q(user=user) | Q(email__in=verified_addresses(user))
    registrations = MasterclassRegistration.objects.filter(mine)
    sessions = set(
        registrations.filter(status__in=ACTIVE_STATUSES).values_list("session_id", flat=True)
    )
    for session_id in sorted(sessions):
        with transaction.atomic():
            session = lock_session(session_id)
            if not session.has_started(now):
                session.registrations.filter(mine, status__in=ACTIVE_STATUSES).update(
                    status=Status.CANCELLED, cancelled_at=now, expires_at=None, client_key=""
                )
                _fill_seats(session, now)
                seats_changed()
    return _anonymise(registrations, now)
