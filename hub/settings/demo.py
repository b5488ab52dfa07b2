"""`make demo`: the site as a visitor sees it, on one machine, with DEBUG off.

Like `dev` (fixed insecure key, static files straight from the app folders through WhiteNoise,
no page cache), but with DEBUG off, so an unknown address shows the Dutch 404 page and an error
the Dutch 500 page instead of Django's English debug pages. `make demo-debug` keeps DEBUG on.

runserver serves no files with DEBUG off: WhiteNoise serves the static files
(WHITENOISE_USE_FINDERS) and SERVE_MEDIA makes hub/urls.py serve the uploaded media (the demo's
images), which in production the web server or the object store does.
"""

from .dev import *  # noqa: F403
from .dev import LOGGING, env

DEBUG = env.bool("DEBUG", default=False)
SERVE_MEDIA = True

# The terminal shows the address, the accounts and the requests; not every background task
# or font subset.
LOGGING = {
    **LOGGING,
    "loggers": {
        **LOGGING["loggers"],
        "celery.app.trace": {"level": "WARNING"},
        "django.utils.autoreload": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
    },
}
