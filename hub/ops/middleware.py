"""Site-wide middleware: health endpoints, extra security headers and a structured request log."""

import logging
import time

from django.conf import settings

from hub.ops import health
from hub.ops.redact import redact

request_logger = logging.getLogger("hub.requests")


class HealthCheckMiddleware:
    """Answer /healthz and /readyz before the host check and the HTTPS redirect.

    Docker and load balancers probe the container as http://127.0.0.1:8000/healthz: that host
    is not in ALLOWED_HOSTS (CommonMiddleware would answer 400) and the request is plain HTTP
    (SECURE_SSL_REDIRECT would answer 301). This middleware sits after SecurityMiddleware and
    the header middleware, so the answers keep every security header, and before everything
    that calls request.get_host(); SECURE_REDIRECT_EXEMPT lists both paths so SecurityMiddleware
    lets them through. The answers show no host names, addresses or secrets.
    """

    VIEWS = {"/healthz": health.healthz, "/readyz": health.readyz}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = self.VIEWS.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Headers Django does not set itself (Permissions-Policy), and X-Frame-Options on the
    responses that never reach XFrameOptionsMiddleware: the health probes and a 400 for a
    host that is not allowed, which are answered before it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.setdefault("Permissions-Policy", policy)
        if not getattr(response, "xframe_options_exempt", False):
            response.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response


class RequestLogMiddleware:
    """Log server errors and slow requests as structured records (JSON in production)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        duration = time.perf_counter() - started
        if response.status_code >= 500 or duration >= settings.SLOW_REQUEST_SECONDS:
            level = logging.ERROR if response.status_code >= 500 else logging.WARNING
            request_logger.log(
                level,
                "slow request" if response.status_code < 500 else "server error",
                extra={
                    "method": request.method,
                    "path": redact(request.path),
                    "status": response.status_code,
                    "duration_ms": round(duration * 1000, 1),
                },
            )
        return response


class RequestMemoMiddleware:
    """Give each request its own small memo for lookups that must be fresh per request but
    not repeated within it (hub.querysets.restricted_paths)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from hub.querysets import request_memo

        token = request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            request_memo.reset(token)
