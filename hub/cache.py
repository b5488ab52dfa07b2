"""A Redis cache that treats an unreachable Redis as a cache miss instead of an error.

With Redis down the site keeps working without its caches: pages render (every lookup is a
miss, every write is skipped) and work resumes by itself when Redis is back.

Counters and locks built on the cache fail open: `add` answers True (there is nothing to
collide with) and `incr` answers None, so a Redis outage never locks everyone out of logging
in (allauth's rate limits take a lock with `add` and answer 429 when they cannot get it) or
registering. While Redis is down those rate limits are not enforced; the limits kept in the
database (unconfirmed masterclass seats per network) still are, and a warning is logged.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = 0.0


def _warn(operation, error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > 30:  # at most one warning per 30 seconds per process
        _last_warning = now
        logger.warning("Cache unavailable during %s, continuing without it: %s", operation, error)


class TolerantRedisCache(RedisCache):
    def _safe(self, operation, default, *args, **kwargs):
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except ERRORS as error:
            _warn(operation, error)
            return default

    def get(self, key, default=None, version=None):
        return self._safe("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._safe("get_many", {}, keys, version)

    def set(self, *args, **kwargs):
        return self._safe("set", None, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._safe("add", True, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._safe("set_many", [], *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._safe("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._safe("delete", False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._safe("delete_many", None, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._safe("has_key", False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        return self._safe("incr", None, key, delta, version)

    def clear(self):
        return self._safe("clear", None)

    def get_or_set(self, key, default, timeout=None, version=None):
        value = self.get(key, version=version)
        if value is None:
            value = default() if callable(default) else default
            if value is not None:
                self.add(key, value, timeout=timeout, version=version)  # may be skipped
        return value
