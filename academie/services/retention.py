"""How long the personal data of masterclass participants is kept (AVG).

- Some months after a session (conf.retention_months) its participants are anonymised: the
  numbers stay (status, attendance, role, municipality, workshop choices), the people go.
- Someone who never confirmed their address never became a participant: their data goes a
  few days after the hold on a seat ended (conf.unconfirmed_retention_days).
- A deleted account cancels its upcoming registrations (the seats go to the waitlist) and
  anonymises all of them.

With the data go the emails it caused (they hold the same personal data).
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from academie import conf
from academie.models import ACTIVE_STATUSES, MasterclassRegistration, RegistrationStatus
from academie.services.certificates import add_months
from academie.services.registration import owned_by
from academie.services.seats import fill_seats, lock_session, seats_changed
from hub.models import OutboundEmail

logger = logging.getLogger(__name__)

Status = RegistrationStatus


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
    OutboundEmail.objects.related_to_queryset(registrations).delete()
    return registrations.update(anonymised_at=now, **PERSONAL_FIELDS)


def anonymise_old_registrations(now=None):
    """AVG: some months after a session, remove who took part; keep the numbers (status,
    attendance, role, municipality, workshop choices). Returns how many were anonymised.

    Every email a registration caused goes with it, also one sent after the session (the
    thank-you). Emails written before they were linked to their registration are found by
    address, category and date, as before."""
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
    now = now or timezone.now()
    mine = owned_by(user)
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
                fill_seats(session, now)
                seats_changed()
    return _anonymise(registrations, now)
