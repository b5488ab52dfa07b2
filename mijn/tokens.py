"""Signed codes in the alert emails: confirm (double opt-in) and unsubscribe.

Each purpose has its own salt, so a confirm code never works as an unsubscribe code. A
confirm code carries its moment and expires after ALERTS_CONFIRM_DAYS; an unsubscribe code
never expires (old emails must keep working) and stops working once the alert is gone.
Codes hold only URL-safe characters ([A-Za-z0-9_:-]); the log redaction of
/bevestigen/<code>/ and /afmelden/<code>/ (hub.ops.redact) keeps them out of the logs.
"""

import re
import uuid

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "mijn.alerts.confirm"
UNSUBSCRIBE_SALT = "mijn.alerts.unsubscribe"
_SHAPE = re.compile(r"[0-9a-f]{32}(:[A-Za-z0-9_-]{1,20})?:[A-Za-z0-9_-]{10,100}")


def confirm_code(alert):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(alert.public_id.hex)


def unsubscribe_code(alert):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(alert.public_id.hex)


def _checked(code):
    code = (code or "").strip()
    if not _SHAPE.fullmatch(code):
        raise signing.BadSignature("Malformed code")
    return code


def read_confirm(code):
    """The alert's public id; signing.SignatureExpired for an old code, BadSignature for a
    forged or malformed one."""
    value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
        _checked(code), max_age=settings.ALERTS_CONFIRM_DAYS * 24 * 60 * 60
    )
    return uuid.UUID(hex=value)


def read_unsubscribe(code):
    value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(_checked(code))
    return uuid.UUID(hex=value)
