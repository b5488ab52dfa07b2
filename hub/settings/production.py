"""Production: DEBUG off, secrets and hosts required from the environment, HTTPS only."""

import sys

from .base import *  # noqa: F403
from .base import env

DEBUG = False
ADMIN_REQUIRE_MFA = env.bool("ADMIN_REQUIRE_MFA", default=True)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    sys.stderr.write(
        "Configuratiefout: SECRET_KEY ontbreekt. Zet de omgevingsvariabele SECRET_KEY "
        "(minstens 50 willekeurige tekens) voordat je de site met productie-instellingen start.\n"
    )
    raise SystemExit(1)

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# X-Forwarded-Proto says "this came in over HTTPS" only when a reverse proxy wrote it. The
# operator says there is one by setting TRUSTED_PROXY_IP_HEADER (every request comes
# through it); without a proxy any client could send the header and pass as HTTPS.
if TRUSTED_PROXY_IP_HEADER:  # noqa: F405
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# The page cache, the content version and the restricted-page list must be shared by every
# process (gunicorn workers, Celery beat). With a per-process cache (no CACHE_URL, or locmem)
# the anonymous page cache is off, and `check --deploy` warns (hub.ops.checks, hub.W001).
if CACHES["default"]["BACKEND"] in (  # noqa: F405
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
):
    PAGE_CACHE_SECONDS = 0

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_CONFIG = env.email("EMAIL_URL", default="smtp://localhost:25")
globals().update(EMAIL_CONFIG)  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, ...

LOGGING["root"]["level"] = env("LOG_LEVEL", default="INFO")  # noqa: F405
if env("LOG_FORMAT", default="json") == "json":
    LOGGING["formatters"]["json"] = {"()": "hub.ops.jsonlog.JsonFormatter"}  # noqa: F405
    LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
