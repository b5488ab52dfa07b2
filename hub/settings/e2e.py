"""Settings for the server process that the browser tests (tests/e2e) drive.

Like `dev`, but with DEBUG off (real 404/500 pages) and email written to files, so tests can
read the verification and confirmation emails that the site sends.
"""

import warnings

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = False
SECRET_KEY = "e2e-only-key"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(BASE_DIR / "e2e-mail"))
CELERY_TASK_ALWAYS_EAGER = True
ACCOUNT_RATE_LIMITS = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Browser tests check fresh pages after each action; the page cache has its own tests.
PAGE_CACHE_SECONDS = 0
