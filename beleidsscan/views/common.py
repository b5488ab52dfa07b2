"""What every beleidsscan view shares: personal pages are never cached nor indexed."""

from functools import wraps

from django.utils.cache import add_never_cache_headers


def private_page(view):
    """No cache anywhere (Cache-Control: private, no-store) and no search engine index."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Cache-Control"] = "private, no-cache, no-store, must-revalidate, max-age=0"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper
