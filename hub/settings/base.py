"""Settings shared by every environment.

Every external service is configured from the environment with an embedded default, so a
fresh clone runs with SQLite, database search, eager Celery tasks, a local-memory cache and
console email. Production switches each service on by setting its variable; see README.md.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "hub"

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    ELASTICSEARCH_URL=(str, ""),
    OPENSEARCH_URL=(str, ""),
    ELASTICSEARCH_INDEX_PREFIX=(str, "kennishub_"),
    ELASTICSEARCH_TIMEOUT=(int, 2),
    CELERY_BROKER_URL=(str, ""),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    DEFAULT_FROM_EMAIL=(str, "Kennishub Antidiscriminatie <noreply@kennishub.example>"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    PRIVATE_MEDIA_ROOT=(str, str(BASE_DIR / "private-media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
)

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL").rstrip("/")

# --------------------------------------------------------------------------- applications

INSTALLED_APPS = [
    "hub",
    "interventies",
    "handreikingen",
    "academie",
    "mijn",
    "inzicht",
    "beleidsscan",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "hub.ops.middleware.RequestLogMiddleware",
    "hub.ops.middleware.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "hub.ops.middleware.SecurityHeadersMiddleware",
    # /healthz and /readyz: after the header middleware, before the host check (see its doc).
    "hub.ops.middleware.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hub.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "hub.mfa.AdminRequiresMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --------------------------------------------------------------------------- security headers
# Sent by every environment; HTTPS redirects, HSTS and secure cookies are in production.py.

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page of this site is ever framed. Wagtail's preview frames its own admin view, which
# overrides the header itself (wagtail.utils.decorators.xframe_options_sameorigin_override).
X_FRAME_OPTIONS = "DENY"
# Health probes come over plain HTTP from inside the container (hub.ops.middleware.HealthCheckMiddleware).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
EMBED_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin uses inline scripts of its own; it is for signed-in editors only.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# The client's IP address for rate limits: REMOTE_ADDR, unless a trusted reverse proxy sets a
# header (e.g. HTTP_X_FORWARDED_FOR). Never trust such a header without a proxy in front.
TRUSTED_PROXY_IP_HEADER = env("TRUSTED_PROXY_IP_HEADER", default="") or None
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)
# A Dutch page when a form's CSRF token has expired (templates/403_csrf.html).
CSRF_FAILURE_VIEW = "hub.views.csrf_failure"
SECURITY_CONTACT = env("SECURITY_CONTACT", default="mailto:security@kennishub.example")
SLOW_REQUEST_SECONDS = env.float("SLOW_REQUEST_SECONDS", default=1.0)

# --------------------------------------------------------------------------- database

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"].setdefault("TEST", {})
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite keeps a connection per thread; persistent connections give it nothing.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Concurrent writers wait their turn instead of failing with "database is locked": every
    # transaction takes the write lock when it starts (a DEFERRED one that reads first cannot
    # wait for it later), waits up to `timeout` seconds for it, and WAL lets readers go on
    # while one request writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --------------------------------------------------------------------------- cache

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://kennishub")}
# Rendered SVG charts of the figures dashboard, per dataset version (inzicht/charts.py);
# 0 draws every chart on every request (make bench measures both).
INZICHT_CHART_CACHE_SECONDS = env.int("INZICHT_CHART_CACHE_SECONDS", default=60 * 60 * 24)
# Anonymous pages come from the shared cache (hub/pagecache.py); 0 switches that off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_QUERY_SECONDS = env.int("PAGE_CACHE_QUERY_SECONDS", default=60)
# Recent text searches kept per process (hub.faceting.text); 0 switches that off.
TEXT_SEARCH_CACHE_SIZE = env.int("TEXT_SEARCH_CACHE_SIZE", default=128)
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Redis down means a cache miss, not an error page (hub/cache.py), and we give up fast.
    CACHES["default"]["BACKEND"] = "hub.cache.TolerantRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "retry_on_timeout": False}
    )

# --------------------------------------------------------------------------- auth & accounts

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kennishub] "
ACCOUNT_ADAPTER = "hub.accounts.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# Editors log into /admin/ through allauth too: throttled logins and two-factor codes.
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kennishub Antidiscriminatie"
ADMIN_REQUIRE_MFA = env.bool("ADMIN_REQUIRE_MFA", default=False)
SESSION_COOKIE_AGE = 60 * 60 * 12
SESSION_COOKIE_HTTPONLY = True

# --------------------------------------------------------------------------- i18n

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# --------------------------------------------------------------------------- static & media

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env("STATIC_ROOT")
STATIC_URL = "/static/"
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "/media/"
# Uploads that only their owner and reviewers may see (beleidsscan documents): outside
# MEDIA_ROOT and never served by a web server, only through views that check access.
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")

# Beleidsscan: how long the confirmation link for emailing the private link works.
BELEIDSSCAN_CONFIRM_DAYS = 3
# The policy document a municipality may add when it submits its beleidsscan for review
# (PDF or DOCX, checked by content in beleidsscan/services/uploads.py).
BELEIDSSCAN_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --------------------------------------------------------------------------- email

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
globals().update(EMAIL_CONFIG)  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, ...
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Retention of the outbox (hub/outbox.py): the text of a sent email is kept a week (to answer
# "did my email arrive, what did it say"), the row itself half a year. Account emails
# (password reset, verification) lose their text as soon as they are sent.
OUTBOX_BODY_RETENTION_DAYS = env.int("OUTBOX_BODY_RETENTION_DAYS", default=7)
OUTBOX_RETENTION_DAYS = env.int("OUTBOX_RETENTION_DAYS", default=180)

# Alerts ("Houd mij op de hoogte", app mijn): how many one account or address may keep, how
# many filter values one alert may hold, how long a confirmation link works, and how many
# alert requests one IP address may post per hour (the double opt-in form for visitors).
ALERTS_MAX_PER_OWNER = env.int("ALERTS_MAX_PER_OWNER", default=20)
ALERTS_MAX_FILTER_VALUES = 30
ALERTS_CONFIRM_DAYS = 7
ALERTS_RATE_LIMIT = env.int("ALERTS_RATE_LIMIT", default=10)
ALERTS_RATE_WINDOW_SECONDS = 60 * 60

# Beleidsscan (app beleidsscan): a scan is deleted two years after it was last used, with an
# email warning 30 days before (beleidsscan/services/retention.py).
BELEIDSSCAN_RETENTION_DAYS = env.int("BELEIDSSCAN_RETENTION_DAYS", default=730)
BELEIDSSCAN_WARNING_DAYS = env.int("BELEIDSSCAN_WARNING_DAYS", default=30)

# --------------------------------------------------------------------------- search
# Embedded default: the database backend (SQLite FTS5, or PostgreSQL full text with the
# Dutch stemmer). With OPENSEARCH_URL set, OpenSearch 2 (modelsearch's opensearch2 backend,
# opensearch-py 2.x pinned in requirements.lock); with ELASTICSEARCH_URL set, Elasticsearch 8
# with the elasticsearch 8.x client. OPENSEARCH_URL wins when both are set. Either engine gets
# the same index settings (the Dutch analyzer: stemming and stop words) and keeps the database
# backend up to date beside it as "fallback".

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
OPENSEARCH_URL = env("OPENSEARCH_URL")
SEARCH_ENGINE_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "dutch"},
            },
            # The listings' text sort keys (hub.searchengine.documents): no case, no accents.
            "normalizer": {
                "kh_sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]},
            },
        },
        # Listings page with from/size (hub.faceting.backends.engine), past 10,000 results too.
        "index": {"max_result_window": 1_000_000},
    },
}
DATABASE_SEARCH_BACKEND = {
    "BACKEND": "wagtail.search.backends.database",
    "SEARCH_CONFIG": "dutch" if IS_POSTGRES else None,
}
if OPENSEARCH_URL or ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": (
                "hub.searchengine.opensearch2"
                if OPENSEARCH_URL
                else "hub.searchengine.elasticsearch8"
            ),
            "URLS": [OPENSEARCH_URL or ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX"),
            "TIMEOUT": env("ELASTICSEARCH_TIMEOUT"),
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": SEARCH_ENGINE_INDEX_SETTINGS,
        },
        # Kept up to date next to the engine: searches fall back to it when the engine is down.
        # A write the engine misses is retried by hub.tasks.retry_search_index (hub/searchengine).
        "fallback": dict(DATABASE_SEARCH_BACKEND),
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": dict(DATABASE_SEARCH_BACKEND)}

# "Zoeken zonder resultaat" (hub/sitesearch.py): a query nobody searched for this long goes.
ZERO_RESULT_RETENTION_DAYS = env.int("ZERO_RESULT_RETENTION_DAYS", default=180)

# --------------------------------------------------------------------------- background work
# Our own work (email, PDFs, reminders) runs on Celery. Wagtail's own background work
# (search index and reference index updates) goes through django-tasks; it runs with the
# ImmediateBackend, i.e. inside the request that saved the page, after the transaction
# commits. django-tasks-celery needs Python 3.12 and Django 6, so it is not an option here.

TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "ENQUEUE_ON_COMMIT": True,
    }
}

# Without a broker, tasks run eagerly in the calling process. Celery still sets up a producer
# (never used) for eager calls: the in-memory transport keeps it from falling back to
# amqp://localhost (and from logging a warning about it).
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL")
# Tasks that live next to their service, outside the apps' `tasks` modules (which Celery
# finds by itself).
CELERY_IMPORTS = ["hub.outbox", "hub.renditions"]
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
# Fail fast when the broker is down: the caller logs it and the outbox sweeper retries.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
# The periodic tasks (Celery beat): hub/settings/schedule.py.
from hub.settings.schedule import CELERY_BEAT_SCHEDULE  # noqa: E402, F401

# --------------------------------------------------------------------------- wagtail

WAGTAIL_SITE_NAME = "Kennishub Antidiscriminatie"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Wagtail's responsive embeds put an inline style= on a wrapper, which the CSP (style-src 'self')
# blocks. The video block is made responsive in static/css/site.css instead (.block-video__embed).
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Every password reset goes through allauth (/accounts/password/reset/): throttled, through
# the outbox. Wagtail's own reset form (/admin/password_reset/) is off.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Avatars: Gravatar images come from another host, which the CSP (img-src 'self') blocks, and
# they would tell Gravatar who uses the admin. Without a provider Wagtail shows its own avatar
# (or the one a user uploads).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A page behind a password (page privacy) asks for it on a page of the site itself.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "hub/password_required.html"  # noqa: S105 (a template)

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# --------------------------------------------------------------------------- logging

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    # Codes in confirm, cancel, certificate and account links never reach a log (hub/ops/redact.py).
    "filters": {"redact": {"()": "hub.ops.redact.RedactingFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # opensearch-py logs every request at INFO (and a curl copy of it on "trace"); failed
        # requests come at WARNING.
        "opensearch": {"level": "WARNING"},
        "opensearchpy.trace": {"level": "WARNING"},
    },
}
