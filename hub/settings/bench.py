"""Production settings plus the benchmark endpoints (used only by `make bench`)."""

from .production import *  # noqa: F403
from .production import MIDDLEWARE

BENCH_ENDPOINTS = True
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
MIDDLEWARE = ["hub.bench.QueryCountMiddleware", *MIDDLEWARE]

# The mixed load scenario registers for masterclasses from one address, as fast as a script:
# switch off the form's bot checks (minimum fill time, rate limit per IP) for the benchmark only.
ACADEMIE_MASTERCLASS_MIN_FILL_SECONDS = 0
ACADEMIE_MASTERCLASS_RATE_LIMIT = 10**9
