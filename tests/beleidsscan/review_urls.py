"""The site's URLs, plus stand-ins for the scan pages that the review pages link to
(overview, result, email_link) while those are not in beleidsscan.urls yet. Once they are,
this is the site's own URL configuration with nothing added."""

from django.http import HttpResponse
from django.urls import URLResolver, include, path

from beleidsscan import urls as beleidsscan_urls
from hub import urls as hub_urls

LINKED_PAGES = ("overview", "result", "email_link")


def stand_in(request, public_id):
    return HttpResponse(f"stand-in {request.resolver_match.url_name}")


_present = {pattern.name for pattern in beleidsscan_urls.urlpatterns}
_patterns = list(beleidsscan_urls.urlpatterns) + [
    path(f"<uuid:public_id>/test-{name}/", stand_in, name=name)
    for name in LINKED_PAGES
    if name not in _present
]

urlpatterns = [
    path("beleidsscan/", include((_patterns, "beleidsscan"))),
    *[
        pattern
        for pattern in hub_urls.urlpatterns
        if not (isinstance(pattern, URLResolver) and pattern.namespace == "beleidsscan")
    ],
]
