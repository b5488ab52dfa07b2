"""/healthz (the process is up) and /readyz (every service this node needs, with latency).

Neither shows secrets: only the service name, "ok" or "down", the latency and, when down,
the kind of error.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers


def healthz(request):
    response = JsonResponse({"status": "ok"})
    add_never_cache_headers(response)
    return response


def _timed(check):
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure means "down"; the type says why
        status, detail = "down", type(error).__name__
    else:
        status, detail = "ok", ""
    result = {"status": status, "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    if detail:
        result["error"] = detail
    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = "readyz-probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise ConnectionError("cache did not return the value it stored")


def check_search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "es"):
        if not backend.es.ping():
            raise ConnectionError("search engine did not answer")
    else:
        check_database()


def check_broker():
    from hub import celery_app

    if settings.CELERY_BROKER_URL.startswith("memory://"):
        return  # no CELERY_BROKER_URL: tasks run in the process, no broker to check
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "search": check_search,
    "broker": check_broker,
}


def readyz(request):
    results = {name: _timed(check) for name, check in CHECKS.items()}
    ready = all(result["status"] == "ok" for result in results.values())
    response = JsonResponse(
        {"status": "ok" if ready else "down", "checks": results}, status=200 if ready else 503
    )
    add_never_cache_headers(response)
    return response
