"""What every beleidsscan view shares: personal pages are never cached nor indexed."""

from functools import wraps

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from beleidsscan.services.access import NoAccess


def private_page(view):
    """No cache anywhere (Cache-Control: private, no-store) and no search engine index. A scan
    the visitor may not open gets a 404 that says how to open it."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except NoAccess:
            response = render(request, "beleidsscan/no_access.html", status=404)
        add_never_cache_headers(response)
        response["Cache-Control"] = "private, no-cache, no-store, must-revalidate, max-age=0"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper
