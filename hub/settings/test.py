"""Settings for pytest: fast hashing, in-memory email, eager Celery by default.

DATABASE_URL, CELERY_BROKER_URL, OPENSEARCH_URL and ELASTICSEARCH_URL are still read from the
environment, so the same suite runs on SQLite or PostgreSQL, and on a search engine; tests
that need a real Celery worker switch eager mode off themselves.
"""

import os
import warnings

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://kennishub-test")}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ACCOUNT_RATE_LIMITS = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Tests run inside transactions that never commit: run Wagtail's index updates right away.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "ENQUEUE_ON_COMMIT": False,
    }
}

# Most tests look at freshly rendered pages; the page cache has its own tests.
PAGE_CACHE_SECONDS = 0

# With a search engine (OPENSEARCH_URL, ELASTICSEARCH_URL), the indexes of a test run are its
# own: several runs may share one engine, and a run never writes into the site's indexes.
# tests/conftest.py deletes them when the run ends. The backend refreshes the index after each
# write (tests/search_backends), so a test finds what it saved a moment before.
SEARCH_ENGINE_TEST_INDEX_PREFIX = f"kennishub_test_{os.getpid()}_"
_engine = WAGTAILSEARCH_BACKENDS["default"]  # noqa: F405
if _engine["BACKEND"] != "wagtail.search.backends.database":
    _engine["INDEX_PREFIX"] = SEARCH_ENGINE_TEST_INDEX_PREFIX
    _engine["BACKEND"] = "tests.search_backends." + _engine["BACKEND"].rsplit(".", 1)[-1]

# Private uploads (beleidsscan documents) of a test run go to a directory of its own.
import tempfile  # noqa: E402

PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="kennishub-private-test-")
