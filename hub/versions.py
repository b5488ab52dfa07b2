"""One home for cache invalidation: version counters in the shared cache.

Nothing cached is ever deleted to make it outdated. Each cached thing carries the version it
was made under, and a change bumps the version:

- The **content version**: every cached page (hub.pagecache) and every in-memory facet index
  (hub.faceting.backends.memory) is made under it. Every change that can alter what a page
  shows bumps it: pages (publish, unpublish, move, delete), view restrictions, taxonomy terms,
  tags, and the models apps `watch()` (navigation, synonyms, masterclass sessions). What
  bumps it is wired in the apps' `signals` modules.
- **Scopes**: some pages also show data that changes far more often than content (the free
  seats of masterclass sessions). Bumping the content version for those would empty the
  whole site's cache during a registration rush; such pages register a scope instead: a
  counter of their own and the path prefixes it covers.

The counters live in the shared cache (CACHE_URL), so every process sees a bump at once.
A bump happens at the change and again when its transaction commits: signals fire before
the commit, and another process could otherwise cache what it read from the old rows under
the new version.
"""

import time

from django.core.cache import cache
from django.db import transaction

CONTENT_VERSION_KEY = "facet-index-version"

_watched = []
_scopes = {}  # version key -> callable returning the path prefixes it covers
_scope_paths = {}  # version key -> (content version, expires at, path prefixes), per process
SCOPE_PATHS_SECONDS = 60  # also re-read now and then: the content version can restart at 0


def increment_counter(key):
    """Add one to a version counter in the shared cache, starting it (without expiry) at 1."""
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)


# --------------------------------------------------------------------------- content version


def content_version():
    return cache.get(CONTENT_VERSION_KEY, 0)


def _increment_content():
    increment_counter(CONTENT_VERSION_KEY)


def bump_content(**kwargs):
    """Mark every cached page and facet index outdated: now, and again on commit.

    Accepts (and ignores) signal arguments, so it can be connected to any signal."""
    _increment_content()
    transaction.on_commit(_increment_content)


def watch(model):
    """Changes to objects of `model` (saved or deleted) also bump the content version.
    Call from an AppConfig.ready() or a `signals.connect()`."""
    if model not in _watched:
        _watched.append(model)


def watched_models():
    return tuple(_watched)


# --------------------------------------------------------------------------- scopes


def register_scope(version_key, paths):
    """Pages under `paths()` (path prefixes, e.g. the URL of the masterclass index) are also
    keyed by the counter `version_key`; `bump_scope(version_key)` makes them outdated.
    `paths` is called again whenever the content version changes (pages moved or renamed)."""
    _scopes[version_key] = paths


def bump_scope(version_key):
    """Mark the pages of one scope outdated once the current transaction commits."""
    transaction.on_commit(lambda: increment_counter(version_key))


def scope_version(version_key):
    return cache.get(version_key, 0)


def paths_of(version_key, version):
    """The path prefixes of a scope, remembered per process for the given content version."""
    memo = _scope_paths.get(version_key)
    now = time.monotonic()
    if memo is None or memo[0] != version or memo[1] < now:
        memo = (version, now + SCOPE_PATHS_SECONDS, tuple(_scopes[version_key]()))
        _scope_paths[version_key] = memo
    return memo[2]


def versions_for_path(path):
    """The versions a page at `path` is cached under: the content version plus the version
    of every scope that covers it, as strings for a cache key."""
    version = content_version()
    parts = [str(version)]
    for version_key in _scopes:
        paths = paths_of(version_key, version)
        if paths and path.startswith(paths):
            parts.append(f"{version_key}={scope_version(version_key)}")
    return parts


def clear_local():
    """Forget what this process remembered (tests start each case from scratch)."""
    _scope_paths.clear()
