"""Production settings plus the benchmark endpoints (used only by `make bench`)."""

from .production import *  # noqa: F403
from .production import MIDDLEWARE

BENCH_ENDPOINTS = True
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
MIDDLEWARE = ["hub.ops.bench.QueryCountMiddleware", *MIDDLEWARE]

# The mixed load scenario registers for masterclasses as many visitors, each with their own
# address in X-Forwarded-For (tests/bench/mixed.py), so the per-network limits (rate limit,
# unconfirmed holds) work as on the real site. gunicorn is reached directly here, so the header
# is trusted for the benchmark only. A script fills the form at once: no minimum fill time.
TRUSTED_PROXY_IP_HEADER = "X-Forwarded-For"
TRUSTED_PROXY_COUNT = 1
ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS = 0
