"""The seats of a masterclass session: the row lock that every change of seats takes, free
seats going to whoever waits longest, the capacity, unconfirmed holds that expire, and the
version of the free seats that listings and cached pages show.

Every change to who holds a seat happens in `transaction.atomic()` with the session row
locked (`select_for_update`), so two requests for the last seat are served one after the
other and a session never overbooks. Arrival order is the `sequence` number handed out under
that lock; the waitlist is served in that order.

After every change `fill_seats` gives free seats to whoever waits longest: a confirmed
waitlist entry gets the seat and an email; an unconfirmed one gets a held seat (it still has
to confirm). So free seats and people waiting never exist at the same time.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie.emails import masterclasses as emails
from academie.models import (
    UNCONFIRMED_STATUSES,
    MasterclassIndexPage,
    MasterclassRegistration,
    MasterclassSession,
    RegistrationStatus,
)
from academie.services.errors import RegistrationRefused
from hub import versions

Status = RegistrationStatus


def lock_session(session):
    """The session row, locked until the end of the current transaction."""
    pk = getattr(session, "pk", session)
    return (
        MasterclassSession.objects.select_for_update(of=("self",)).select_related("page").get(pk=pk)
    )


def lock_registration(registration):
    """The registration row, locked until the end of the current transaction."""
    pk = getattr(registration, "pk", registration)
    return MasterclassRegistration.objects.select_for_update().get(pk=pk)


def _fresh(session):
    session.__dict__.pop("seats_taken", None)
    return session


SEATS_VERSION_KEY = "masterclass-seats-version"


def masterclass_paths():
    """Where free seats are shown: under every live masterclass index (listing, series and
    session pages). The page cache keys those pages by the seats version as well."""
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
    versions.bump_scope(SEATS_VERSION_KEY)


def fill_seats(session, now, quiet=None):
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
        promoted = fill_seats(session, now)
        seats_changed()
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
            fill_seats(session, now)
            seats_changed()
    return expired
