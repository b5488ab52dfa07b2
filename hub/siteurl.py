"""SITE_URL as the one address of the site: absolute links in exports and the API, and the
default Wagtail Site (hostname and port) kept in line with it.

Wagtail builds `page.full_url` from the Site record (localhost:80 after the first migration),
so links in an export or the API said http://localhost/... . `absolute_url` builds them from
SITE_URL instead; `sync_default_site` (run by `manage.py sync_site_url` and the demo loader)
writes SITE_URL's host and port on the default Site, so Wagtail's own links agree.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def absolute_url(page, request=None):
    """The page's address under SITE_URL ("" when the page is not routable)."""
    parts = page.get_url_parts(request=request)
    if parts is None:
        return ""
    _site_id, _root_url, path = parts
    return settings.SITE_URL.rstrip("/") + path


def absolute_path(path):
    """A path of this site ("/beleidsscan/...") as a full address under SITE_URL, for emails."""
    return settings.SITE_URL.rstrip("/") + path


def site_url_host_and_port(site_url=None):
    parts = urlsplit(site_url or settings.SITE_URL)
    if not parts.hostname:
        raise ValueError(f"SITE_URL heeft geen hostnaam: {site_url or settings.SITE_URL!r}")
    return parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_default_site(site_url=None):
    """Give the default Site SITE_URL's hostname and port. Never creates a Site; returns the
    default Site (or None when there is none) and whether it changed."""
    hostname, port = site_url_host_and_port(site_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None, False
    if (site.hostname, site.port) == (hostname, port):
        return site, False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site, True
