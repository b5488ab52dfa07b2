"""Emailing the private link, with double opt-in.

The owner gives an address; a confirmation email goes there with a signed code (it expires
after BELEIDSSCAN_CONFIRM_DAYS). Only when the code is opened is the address stored on the
scan as confirmed, and then a new owner link is made and emailed: the link itself never goes
to an address nobody confirmed. A confirmation code works once. Rate limits per client and per
scan keep the form from being used to send mail to strangers.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from beleidsscan.models import Scan
from beleidsscan.services import access
from hub.accounts import verified_addresses
from hub.outbox import queue_email
from hub.ratelimit import over_limit
from hub.siteurl import absolute_path

SALT = "beleidsscan.contact.confirm"
REQUESTS_PER_SCAN_PER_DAY = 5


class ContactError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def addresses(scan):
    """Where email about a scan may go: its confirmed contact address; else the account's own
    address when verified, or else every verified address of the account. Never an address
    nobody confirmed."""
    if scan.contact_email and scan.contact_confirmed_at:
        return [scan.contact_email]
    if not scan.owner_id:
        return []
    verified = verified_addresses(scan.owner)
    own = scan.owner.email or ""
    return [own] if own.lower() in verified else verified


def confirm_code(scan, email, now=None):
    moment = int((now or timezone.now()).timestamp())
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"s": scan.public_id.hex, "e": email, "t": moment}, compress=True
    )


def request_email(scan, email):
    """Queue the confirmation email for `email`."""
    if over_limit(f"beleidsscan-contact:{scan.public_id.hex}", REQUESTS_PER_SCAN_PER_DAY, 86400):
        raise ContactError(
            _(
                "Er zijn vandaag al veel e-mails voor deze scan aangevraagd. Probeer het morgen opnieuw."
            )
        )
    url = absolute_path(reverse("beleidsscan:confirm_email", args=[confirm_code(scan, email)]))
    context = {
        "scan": scan,
        "url": url,
        "days": settings.BELEIDSSCAN_CONFIRM_DAYS,
    }
    with translation.override("nl"):
        queue_email(
            to=email,
            subject=_("Bevestig uw e-mailadres voor de beleidsscan"),
            body_text=render_to_string("beleidsscan/email/confirm.txt", context),
            category="beleidsscan-bevestigen",
            related=scan,
        )


@transaction.atomic
def confirm(code):
    """Store the confirmed address and email a new owner link. Returns (scan, sent): `sent`
    is False when this code was used before (nothing is sent twice)."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(
            (code or "").strip(), max_age=settings.BELEIDSSCAN_CONFIRM_DAYS * 86400
        )
        public_id, email, moment = data["s"], data["e"], int(data["t"])
    except signing.SignatureExpired as error:
        raise ContactError(
            _("Deze bevestigingslink is verlopen. Vraag de e-mail opnieuw aan vanuit uw scan.")
        ) from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise ContactError(_("Deze bevestigingslink klopt niet.")) from error
    scan = Scan.objects.locked().filter(public_id=public_id).first()
    if scan is None:
        raise ContactError(_("Deze scan bestaat niet meer."))
    used = (
        scan.contact_email.lower() == email.lower()
        and scan.contact_confirmed_at is not None
        and scan.contact_confirmed_at.timestamp() >= moment
    )
    if used:
        return scan, False
    scan.contact_email = email
    scan.contact_confirmed_at = timezone.now()
    scan.last_activity_at = timezone.now()
    scan.save(update_fields=["contact_email", "contact_confirmed_at", "last_activity_at"])
    _access, link_code = access.new_link(
        scan, access.OWNER, label=_("Gemaild naar %(email)s") % {"email": email}
    )
    context = {"scan": scan, "url": absolute_path(reverse("beleidsscan:enter", args=[link_code]))}
    with translation.override("nl"):
        queue_email(
            to=email,
            subject=_("Uw link naar de beleidsscan van %(municipality)s")
            % {"municipality": scan.municipality.name},
            body_text=render_to_string("beleidsscan/email/link.txt", context),
            category="beleidsscan-link",
            related=scan,
        )
    return scan, True
