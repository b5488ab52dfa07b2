"""The client's IP address, honouring a reverse-proxy header only when configured."""

from django.conf import settings


def meta_key(header):
    """The request.META key of a header name in either spelling.

    TRUSTED_PROXY_IP_HEADER may be written as the HTTP header ("X-Forwarded-For") or as the
    META key Django makes of it ("HTTP_X_FORWARDED_FOR"); both give "HTTP_X_FORWARDED_FOR".
    REMOTE_ADDR stays REMOTE_ADDR.
    """
    key = header.strip().upper().replace("-", "_")
    if key != "REMOTE_ADDR" and not key.startswith("HTTP_"):
        key = f"HTTP_{key}"
    return key


def client_ip(request):
    """REMOTE_ADDR, or the address the trusted proxy put in TRUSTED_PROXY_IP_HEADER.

    With a header like X-Forwarded-For ("client, proxy1, proxy2") only the entries added by
    our own proxies can be trusted: we take the one TRUSTED_PROXY_COUNT places from the right.
    Used by allauth's rate limits (hub.accounts) and the forms' own (hub.ratelimit).
    """
    header = getattr(settings, "TRUSTED_PROXY_IP_HEADER", None)
    if header:
        value = request.META.get(meta_key(header), "")
        parts = [part.strip() for part in value.split(",") if part.strip()]
        count = max(1, getattr(settings, "TRUSTED_PROXY_COUNT", 1))
        if len(parts) >= count:
            return parts[-count]
    return request.META.get("REMOTE_ADDR", "")
