"""The site's URLs plus one view that refuses access, to test the 403 page (handler403).

No public view of the site raises PermissionDenied today (Wagtail's admin handles its own);
the error handlers are the site's own, imported from hub.urls.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path

from hub.urls import handler400, handler403, handler404, handler500
from hub.urls import urlpatterns as site_urls


def forbidden(request):
    raise PermissionDenied


urlpatterns = [path("verboden/", forbidden), *site_urls]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
