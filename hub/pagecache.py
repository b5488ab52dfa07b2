"""A shared page cache for anonymous visitors, emptied whenever content changes.

Only GET/HEAD requests without a session cookie are served from the cache, and only
responses that are safe to share are stored: status 200, no cookie being set, no CSRF token
in the page, not marked private or no-store, and not under the personal or admin paths.
Entries carry the shared content version and the versions of the scopes that cover them
(hub.versions), which every publish, unpublish, move, delete and settings change bumps, so
stale pages are never served.
Pages with a query string (filtered listings) are kept for a shorter time, and only when the
page understood every parameter: names some listing declares (`understood_params`) and, on a
listing, no value the faceting engine had to ignore. Otherwise anyone could fill the cache with
made-up query strings (?x=1, ?x=2, ...); such requests are answered, just not stored.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from hub import versions

EXCLUDED_PREFIXES = (
    "/admin/",
    "/accounts/",
    "/academie/mijn/",
    "/mijn/",
    "/beleidsscan/",
    "/api/",
    "/zoeken/",
    "/healthz",
    "/readyz",
)


_understood_params = None


def understood_params():
    """The query parameters some listing reads (text, sort, page, facet slugs, export
    format), from the listings themselves (hub.faceting.engine.listings). A URL with any
    other parameter is never stored."""
    global _understood_params
    if _understood_params is None:
        from django.utils.module_loading import autodiscover_modules

        from hub.faceting.engine import listings

        autodiscover_modules("search")  # every app's listings (`<app>.search`) register
        _understood_params = frozenset().union(
            *(listing.understood_params() for listing in listings())
        )
    return _understood_params


def _cacheable_request(request):
    return (
        getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and all(param in understood_params() for param in request.GET)
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


def _key(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page:{':'.join(versions.versions_for_path(request.path))}:{digest}"


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
