"""A fixed-window rate limit per client IP address in Django's shared cache (the public forms
that send email: masterclass registration, alerts). The address is only part of a hashed
cache key, never stored."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from hub.net import client_ip


def ip_key(prefix, request):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    return f"{prefix}:{digest[:32]}"


def over_limit(key, limit, window):
    """Count one attempt under `key`; True when there were more than `limit` in the current
    window of `window` seconds. With the cache down nothing can be counted: False (callers
    keep their other defences; hub.cache logs a warning)."""
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    if attempts is None:  # the cache is unreachable (hub.cache.TolerantRedisCache)
        return False
    return attempts > limit
