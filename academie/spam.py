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

_SALT = "academie.masterclass.form-started"


def client_ip(request):
    """REMOTE_ADDR, unless the setting TRUSTED_PROXY_IP_HEADER names the header in which our
    own reverse proxy puts the client address (e.g. "HTTP_X_FORWARDED_FOR"). With a list
    ("client, proxy1") only the entries our proxies added can be trusted: we take the one
    TRUSTED_PROXY_COUNT (default 1) places from the right."""
    header = getattr(settings, "TRUSTED_PROXY_IP_HEADER", None)
    if header:
        key = header.upper().replace("-", "_")
        if not key.startswith("HTTP_") and key not in ("REMOTE_ADDR",):
            key = f"HTTP_{key}"
        parts = [part.strip() for part in request.META.get(key, "").split(",") if part.strip()]
        count = max(1, getattr(settings, "TRUSTED_PROXY_COUNT", 1))
        if len(parts) >= count:
            return parts[-count]
    return request.META.get("REMOTE_ADDR", "")


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
    """Count one registration attempt from this IP; True when it is over the limit."""
    limit, window = conf.rate_limit()
    key = _rate_key(request)
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    return attempts > limit
