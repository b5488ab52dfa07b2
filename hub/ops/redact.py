"""Secret codes stay out of the logs.

Some links carry a code that works as a key: confirming or cancelling a masterclass
registration (no login needed), verifying a certificate, resetting a password, verifying an
email address. Whoever reads an access log must not be able to use them. `redact` replaces
the codes in a path (or a full request line, or a Referer URL) with `***`; it is used by
gunicorn's access log (hub.ops.access_log), by Django's own request log (`RedactingFilter`
on every log handler) and by the request log middleware.
"""

import logging
import re

MASK = "***"

_PATTERNS = [
    # /masterclasses/bevestigen/<code>/, /masterclasses/afmelden/<code>/
    re.compile(r"(/(?:bevestigen|afmelden)/)[^/?#\s]+"),
    # /beleidsscan/toegang/<code>/ (the private link to a scan)
    re.compile(r"(/beleidsscan/toegang/)[^/?#\s]+"),
    # /academie/certificaat/<code>/ and /academie/mijn/certificaten/<code>/pdf/
    re.compile(r"(/academie/certificaat/)[^/?#\s]+"),
    re.compile(r"(/academie/mijn/certificaten/)[^/?#\s]+"),
    # allauth: /accounts/password/reset/key/<key>/, /accounts/confirm-email/<key>/
    re.compile(r"(/accounts/password/reset/key/)[^/?#\s]+"),
    re.compile(r"(/accounts/confirm-email/)[^/?#\s]+"),
    # ?code=..., &token=..., &key=...
    re.compile(r"([?&](?:code|token|key)=)[^&#\s]+", re.IGNORECASE),
]


def redact(text):
    """`text` with every secret code replaced by ***."""
    if not isinstance(text, str) or "/" not in text and "=" not in text:
        return text
    for pattern in _PATTERNS:
        text = pattern.sub(rf"\g<1>{MASK}", text)
    return text


class RedactingFilter(logging.Filter):
    """A log filter that redacts codes in a record's message and its arguments (Django's
    development server logs the request line as an argument)."""

    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: redact(value) for key, value in record.args.items()}
        for name in ("path", "request_line"):
            if isinstance(getattr(record, name, None), str):
                setattr(record, name, redact(getattr(record, name)))
        return True
