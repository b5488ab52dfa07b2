"""Site-wide middleware: extra security headers and a structured request log."""

import logging
import time

from django.conf import settings

request_logger = logging.getLogger("hub.requests")


class SecurityHeadersMiddleware:
    """Headers Django does not set itself (Permissions-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.setdefault("Permissions-Policy", policy)
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
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round(duration * 1000, 1),
                },
            )
        return response
