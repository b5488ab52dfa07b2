"""Signed codes for the links in masterclass emails: confirm (double opt-in) and cancel.

A code is the registration's random public id (32 hex characters) followed by an HMAC
signature (django.core.signing, salted per purpose), so a confirm code never works as a
cancel code and nobody can make one for someone else's registration. Codes hold only
characters that Wagtail page paths accept ([A-Za-z0-9_-]). Whether a confirmation link has
expired is decided by the registration itself (expires_at), not by the code.
"""

import re
import uuid

from django.core import signing

CONFIRM = "confirm"
CANCEL = "cancel"
_SHAPE = re.compile(r"[0-9a-f]{32}[A-Za-z0-9_-]{10,100}")


def _signer(purpose):
    return signing.Signer(salt=f"academie.masterclass.{purpose}")


def make(registration, purpose):
    value = registration.public_id.hex
    return value + _signer(purpose).signature(value)


def read(code, purpose):
    """The public id (UUID) in a valid code; raises signing.BadSignature otherwise."""
    code = (code or "").strip()
    if not _SHAPE.fullmatch(code):
        raise signing.BadSignature("Malformed code")
    value, signature = code[:32], code[32:]
    signer = _signer(purpose)
    signer.unsign(f"{value}{signer.sep}{signature}")
    return uuid.UUID(hex=value)
