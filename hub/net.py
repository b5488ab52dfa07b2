"""The client's IP address, honouring a reverse-proxy header only when configured."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or the address the trusted proxy put in TRUSTED_PROXY_IP_HEADER.

    With a header like X-Forwarded-For ("client, proxy1, proxy2") only the entries added by
    our own proxies can be trusted: we take the one TRUSTED_PROXY_COUNT places from the right.
    """
    header = getattr(settings, "TRUSTED_PROXY_IP_HEADER", None)
    if header:
        value = request.META.get(header, "")
        parts = [part.strip() for part in value.split(",") if part.strip()]
        count = max(1, getattr(settings, "TRUSTED_PROXY_COUNT", 1))
        if len(parts) >= count:
            return parts[-count]
    return request.META.get("REMOTE_ADDR", "")
