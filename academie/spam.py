"""Spam protection for the public registration form, without tracking or third parties:

- a honeypot field that people never see (hidden with CSS) and bots fill in;
- a minimum fill time: the form carries a signed timestamp of when it was shown;
- a rate limit per IP address in Django's cache (shared by every web process).

The IP address is only used as a cache key for the rate limit (hashed), never stored.
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from academie import conf
from hub.net import client_ip  # the one helper for the client address (and its proxy header)

_SALT = "academie.masterclass.form-started"


def started_token(at=None):
    """The signed moment the form was shown (seconds since the epoch)."""
    return signing.Signer(salt=_SALT).sign(str(int(at if at is not None else time.time())))


def form_age(token, now=None):
    """Seconds since the form was shown, or None for a missing or forged token."""
    try:
        started = int(signing.Signer(salt=_SALT).unsign(token or ""))
    except (signing.BadSignature, ValueError):
        return None
    return (now if now is not None else time.time()) - started


def too_fast(age):
    return age is not None and age < conf.min_fill_seconds()


def too_old(age):
    return age is None or age > conf.form_max_age_seconds()


def _rate_key(request):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    return f"academie:masterclass-rate:{digest[:32]}"


def hit_rate_limit(request):
    """Count one registration attempt from this IP; True when it is over the limit.

    With the cache down nothing can be counted: the form is let through (the honeypot, the
    fill time and the per-network limit on unconfirmed seats, kept in the database, still
    apply) and hub.cache logs a warning."""
    limit, window = conf.rate_limit()
    key = _rate_key(request)
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    if attempts is None:  # the cache is unreachable (hub.cache.TolerantRedisCache)
        return False
    return attempts > limit
