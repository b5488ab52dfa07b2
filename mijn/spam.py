"""A rate limit per IP address on the alert form for visitors (double opt-in emails), in
Django's shared cache, like the masterclass form's (academie.forms.spam). The address is only
part of a hashed cache key, never stored."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from hub.net import client_ip


def _key(request):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    return f"mijn:alert-rate:{digest[:32]}"


def hit_rate_limit(request):
    """Count one alert request from this IP; True when it is over ALERTS_RATE_LIMIT per
    ALERTS_RATE_WINDOW_SECONDS. With the cache down nothing can be counted: let it through
    (the double opt-in and the cap per address still apply)."""
    key = _key(request)
    window = settings.ALERTS_RATE_WINDOW_SECONDS
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    if attempts is None:  # the cache is unreachable (hub.cache.TolerantRedisCache)
        return False
    return attempts > settings.ALERTS_RATE_LIMIT
