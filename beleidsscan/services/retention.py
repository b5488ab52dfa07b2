"""How long a scan is kept (AVG): two years after it was last used.

- A scan nobody opened for BELEIDSSCAN_RETENTION_DAYS (730) is deleted, with its answers,
  review comments, private links, its uploaded document (the file goes on commit, see
  beleidsscan.signals) and the emails it caused (the outbox rows `related` to it).
- BELEIDSSCAN_WARNING_DAYS (30) before that, one email goes to the scan's confirmed contact
  address, or else to the verified addresses of the account that keeps the scan. It says how
  to keep the scan: open it. Any visit resets the clock (services.access.touch clears
  `last_activity_at` and `retention_warned_at`).
- A warned scan is deleted only when both the two years have passed and the warning is at
  least BELEIDSSCAN_WARNING_DAYS old, so nobody gets less notice than promised. A scan with
  no address to warn is deleted at two years without warning.

`apply` is safe to run twice or in parallel: every scan is locked while it is warned or
deleted, and `retention_warned_at` makes sure the warning goes once.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from beleidsscan.models import Scan
from beleidsscan.services.contact import addresses
from beleidsscan.services.scans import delete_scans
from hub.outbox import queue_email

logger = logging.getLogger(__name__)

WARNING_CATEGORY = "beleidsscan:bewaartermijn"


def retention():
    return timedelta(days=settings.BELEIDSSCAN_RETENTION_DAYS)


def warning_period():
    return timedelta(days=settings.BELEIDSSCAN_WARNING_DAYS)


def recipients(scan):
    """Where the warning goes: the confirmed contact address, else the verified addresses
    of the owner account (its own address only, when that one is verified)."""
    found = addresses(scan)
    if found == [scan.contact_email] and scan.contact_confirmed_at:
        return found
    # An account that was switched off gets no mail about its scans.
    return found if scan.owner_id and scan.owner.is_active else []


def deletion_date(scan, now):
    """When a scan warned at `now` goes: two years after its last use, and never sooner than
    the warning period after the warning."""
    return max(scan.last_activity_at + retention(), now + warning_period())


def warning_text(scan, now):
    values = {
        "municipality": scan.municipality.name,
        "date": date_format(timezone.localtime(deletion_date(scan, now)).date(), "j F Y"),
        "started": date_format(timezone.localtime(scan.created_at).date(), "j F Y"),
        "site": settings.SITE_URL,
    }
    subject = _("Uw beleidsscan van %(municipality)s wordt binnenkort verwijderd") % values
    parts = [
        _("Beste lezer,"),
        _(
            "U heeft een beleidsscan voor de gemeente %(municipality)s (gestart op "
            "%(started)s). Niemand heeft deze scan de laatste twee jaar geopend. Wij bewaren "
            "een scan niet langer dan twee jaar na het laatste gebruik."
        )
        % values,
        _(
            "Op %(date)s verwijderen wij de scan. Dan zijn de antwoorden, de uitslag, het "
            "advies en het document dat u heeft geüpload weg. Dat kunnen wij niet meer "
            "terugzetten."
        )
        % values,
        _(
            "Wilt u de scan houden? Open de scan vóór %(date)s. Dat is genoeg: dan bewaren wij "
            "de scan weer twee jaar."
        )
        % values,
    ]
    if scan.owner_id:
        parts.append(
            _(
                "De scan staat in uw account. Log in op %(site)s/mijn/ en open de scan daar. "
                "U kunt de scan ook openen met de eigen link die u kreeg."
            )
            % values
        )
    else:
        parts.append(
            _(
                "Open de scan met de eigen link die u kreeg toen u de scan startte. Deze link "
                "sturen wij niet mee: alleen u heeft hem."
            )
        )
    parts.append(_("Wilt u de scan niet houden? Dan hoeft u niets te doen."))
    parts.append(_("Met vriendelijke groet,\nKennishub lokaal antidiscriminatiebeleid"))
    return subject, "\n\n".join(parts)


def _locked(pk):
    return Scan.objects.locked().filter(pk=pk).first()


def warn_or_delete(now):
    """Scans inactive for (retention - warning period) and not warned yet: warn them; those
    without an address and past the retention are deleted. Returns (warned, deleted)."""
    warn_from = now - retention() + warning_period()
    delete_before = now - retention()
    candidates = Scan.objects.filter(
        last_activity_at__lte=warn_from, retention_warned_at__isnull=True
    ).values_list("pk", flat=True)
    warned = deleted = 0
    for pk in list(candidates):
        with transaction.atomic():
            scan = _locked(pk)
            if scan is None or scan.retention_warned_at is not None:
                continue  # deleted or warned meanwhile
            if scan.last_activity_at > warn_from:
                continue  # opened meanwhile
            addresses = recipients(scan)
            if addresses:
                subject, body = warning_text(scan, now)
                for address in addresses:
                    queue_email(
                        to=address,
                        subject=subject,
                        body_text=body,
                        category=WARNING_CATEGORY,
                        related=scan,
                    )
                scan.retention_warned_at = now
                scan.save(update_fields=["retention_warned_at"])
                warned += 1
            elif scan.last_activity_at <= delete_before:
                deleted += delete_scans(Scan.objects.filter(pk=scan.pk))
    return warned, deleted


def delete_expired(now):
    """Warned scans whose two years have passed and whose warning is old enough."""
    expired = Scan.objects.filter(
        last_activity_at__lte=now - retention(),
        retention_warned_at__isnull=False,
        retention_warned_at__lte=now - warning_period(),
    ).values_list("pk", flat=True)
    deleted = 0
    for pk in list(expired):
        with transaction.atomic():
            scan = _locked(pk)
            if scan is None or scan.retention_warned_at is None:
                continue  # gone, or opened meanwhile (touch clears the warning)
            if scan.last_activity_at > now - retention():
                continue
            deleted += delete_scans(Scan.objects.filter(pk=scan.pk))
    return deleted


def apply(now=None):
    """The daily run: warn, then delete. Returns {"warned": n, "deleted": n}."""
    now = now or timezone.now()
    deleted = delete_expired(now)
    warned, deleted_unwarned = warn_or_delete(now)
    deleted += deleted_unwarned
    if warned or deleted:
        logger.info("Beleidsscan retention: %s scans warned, %s deleted", warned, deleted)
    return {"warned": warned, "deleted": deleted}
