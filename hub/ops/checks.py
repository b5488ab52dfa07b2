"""System checks for production configuration (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks

# Cache backends that keep their data inside one process.
PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def cache_is_shared(caches=None):
    """True when every process of the site (gunicorn workers, Celery) sees the same cache."""
    backend = (caches or settings.CACHES)["default"]["BACKEND"]
    return backend not in PROCESS_LOCAL_CACHES


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """The page cache, the content version and the restricted-page list live in the cache.

    With a cache per process, a publish or a new view restriction in one gunicorn worker (or
    in Celery beat, which publishes scheduled pages) is not seen by the others: their facet
    counts, menus and listings lag behind, and a just-restricted page can stay in listings.
    production.py switches the anonymous page cache off in that case; this warning says why.
    """
    if settings.DEBUG or cache_is_shared():
        return []
    return [
        checks.Warning(
            "CACHE_URL is not a shared cache (local memory or dummy): each process keeps its "
            "own cache, so changes made in one process are seen late in the others. The "
            "anonymous page cache is switched off.",
            hint="Set CACHE_URL to a cache every process shares, e.g. redis://redis:6379/0. "
            "Only on a single process without Celery may you silence this check "
            '(SILENCED_SYSTEM_CHECKS = ["hub.W001"]).',
            id="hub.W001",
        )
    ]
