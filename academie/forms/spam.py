"""Spam protection for the public registration form, without tracking or third parties:

- a honeypot field that people never see (hidden with CSS) and bots fill in;
- a minimum fill time: the form carries a signed timestamp of when it was shown, bound to
  the visitor's CSRF cookie (a token copied from one browser is worthless in another) and
  valid for a few hours (conf.form_max_age_seconds);
- a rate limit per IP address in Django's cache (shared by every web process).

The IP address is only used as a cache key for the rate limit (hashed), never stored.
"""

import hashlib
import hmac
import time

from django.core import signing

from academie import conf
from hub.ratelimit import ip_key, over_limit

_SALT = "academie.masterclass.form-started"


def binding(request):
    """What the timestamp is bound to: a digest of the visitor's CSRF secret ("" when the
    browser has none yet). Call after `get_token(request)` when rendering the form."""
    return bind(request.META.get("CSRF_COOKIE", "") if request is not None else "")


def bind(csrf_secret):
    """The binding for a CSRF secret (the value of the csrftoken cookie)."""
    if not csrf_secret:
        return ""
    return hashlib.sha256(f"{_SALT}:{csrf_secret}".encode()).hexdigest()[:16]


def started_token(at=None, bound_to=""):
    """The signed moment the form was shown (seconds since the epoch), bound to `bound_to`."""
    moment = str(int(at if at is not None else time.time()))
    return signing.Signer(salt=_SALT).sign(f"{moment}:{bound_to}")


def form_age(token, now=None, bound_to=""):
    """Seconds since the form was shown, or None for a missing, forged or foreign token
    (one made for another browser)."""
    try:
        moment, _sep, bound = signing.Signer(salt=_SALT).unsign(token or "").partition(":")
        started = int(moment)
    except (signing.BadSignature, ValueError):
        return None
    if not hmac.compare_digest(bound, bound_to or ""):
        return None
    return (now if now is not None else time.time()) - started


def too_fast(age):
    return age is not None and age < conf.min_fill_seconds()


def too_old(age):
    return age is None or age > conf.form_max_age_seconds()


def _rate_key(request):
    return ip_key("academie:masterclass-rate", request)


def hit_rate_limit(request):
    """Count one registration attempt from this IP; True when it is over the limit.

    With the cache down nothing can be counted: the form is let through (the honeypot, the
    fill time and the per-network limit on unconfirmed seats, kept in the database, still
    apply) and hub.cache logs a warning."""
    limit, window = conf.rate_limit()
    return over_limit(_rate_key(request), limit, window)
