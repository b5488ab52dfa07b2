"""A shared page cache for anonymous visitors, emptied whenever content changes.

Only GET/HEAD requests without a session cookie are served from the cache, and only
responses that are safe to share are stored: status 200, no cookie being set, no CSRF token
in the page, not marked private or no-store, and not under the personal or admin paths.
Entries carry the shared content version (hub.faceting.memory), which every publish,
unpublish, move, delete and settings change bumps, so stale pages are never served.
Pages with a query string (filtered listings) are kept for a shorter time, and only when the
page understood every parameter: names from the URL contract (UNDERSTOOD_PARAMS) and, on a
listing, no value the faceting engine had to ignore. Otherwise anyone could fill the cache with
made-up query strings (?x=1, ?x=2, ...); such requests are answered, just not stored.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from hub.faceting import memory

EXCLUDED_PREFIXES = (
    "/admin/",
    "/accounts/",
    "/academie/mijn/",
    "/api/",
    "/zoeken/",
    "/healthz",
    "/readyz",
)


# The listing parameters of the URL contract (DESIGN.md): text, sort, page, one per facet, and
# the export format. tests/ops checks that every facet a listing declares is in here.
UNDERSTOOD_PARAMS = frozenset(
    {
        "q",
        "sort",
        "page",
        "format",
        # facets
        "grond",
        "domein",
        "stap",
        "rol",
        "erkenning",
        "mechanisme",
        "doelgroep",
        "provincie",
        "grootte",
        "type",
        "regio",
        "vorm",
        "kosten",
        "tag",
        "duur",
        "maand",
    }
)


def _cacheable_request(request):
    return (
        getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and all(param in UNDERSTOOD_PARAMS for param in request.GET)
    )


def _understood(response):
    """True only for a listing that understood its whole query string.

    Listings render through TemplateResponse with the search state as `search`; its notices
    tell the visitor what was ignored (an unknown parameter or value, a page number that is
    not a number, a too long `q`). Such a URL is answered but not stored, and neither is a
    query string on any page that is not a listing (`/?q=x`, `/over/?page=2`): it means
    nothing there, and storing it would let anyone fill the cache with variants.
    """
    context = getattr(response, "context_data", None) or {}
    search = context.get("search") if hasattr(context, "get") else None
    return search is not None and not getattr(search, "notices", None)


def _cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
        and (not request.GET or _understood(response))
    )


# Scoped versions: some pages also show data that changes far more often than content (the
# free seats of masterclass sessions). Bumping the shared content version for those changes
# would empty the cache of the whole site during a registration rush; instead such pages
# register a scope: a version counter of their own and the paths it covers.
_scopes = {}  # version key -> callable returning the path prefixes it covers
_scope_paths = {}  # version key -> (content version, expires at, path prefixes), per process
SCOPE_PATHS_SECONDS = 60  # also re-read now and then: the content version can restart at 0


def register_scope(version_key, paths):
    """Pages under `paths()` (path prefixes, e.g. the URL of the masterclass index) are also
    keyed by the counter `version_key`; `bump_scope(version_key)` makes them outdated.
    `paths` is called again whenever the content version changes (pages moved or renamed)."""
    _scopes[version_key] = paths


def bump_scope(version_key):
    """Mark the pages of one scope outdated once the current transaction commits."""
    transaction.on_commit(lambda: memory.increment_counter(version_key))


def scope_version(version_key):
    return cache.get(version_key, 0)


def _paths_of(version_key, content_version):
    memo = _scope_paths.get(version_key)
    now = time.monotonic()
    if memo is None or memo[0] != content_version or memo[1] < now:
        memo = (content_version, now + SCOPE_PATHS_SECONDS, tuple(_scopes[version_key]()))
        _scope_paths[version_key] = memo
    return memo[2]


def clear_local():
    """Forget what this process remembered (tests start each case from scratch)."""
    _scope_paths.clear()


def _key(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    content_version = memory.current_version()
    versions = [str(content_version)]
    for version_key in _scopes:
        paths = _paths_of(version_key, content_version)
        if paths and request.path.startswith(paths):
            versions.append(f"{version_key}={scope_version(version_key)}")
    return f"page:{':'.join(versions)}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            if (
                hasattr(response, "render")
                and callable(response.render)
                and not response.is_rendered
            ):
                response.render()
            timeout = (
                settings.PAGE_CACHE_QUERY_SECONDS if request.GET else settings.PAGE_CACHE_SECONDS
            )
            cache.set(key, response, timeout)
        response["X-Cache"] = "MISS"
        return response
