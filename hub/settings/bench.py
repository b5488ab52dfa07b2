"""Production settings plus the benchmark endpoints (used only by `make bench`)."""

from .production import *  # noqa: F403
from .production import MIDDLEWARE

BENCH_ENDPOINTS = True
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
MIDDLEWARE = ["hub.bench.QueryCountMiddleware", *MIDDLEWARE]
