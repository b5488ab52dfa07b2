"""A rate limit per IP address on the alert form for visitors (double opt-in emails), in
Django's shared cache, like the masterclass form's (academie.forms.spam). The address is only
part of a hashed cache key, never stored."""

from django.conf import settings

from hub.ratelimit import ip_key, over_limit


def _key(request):
    return ip_key("mijn:alert-rate", request)


def hit_rate_limit(request):
    """Count one alert request from this IP; True when it is over ALERTS_RATE_LIMIT per
    ALERTS_RATE_WINDOW_SECONDS. With the cache down nothing can be counted: let it through
    (the double opt-in and the cap per address still apply)."""
    return over_limit(
        _key(request), settings.ALERTS_RATE_LIMIT, settings.ALERTS_RATE_WINDOW_SECONDS
    )
