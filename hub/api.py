"""The read-only JSON API at /api/v2/ (Wagtail API v2).

Only live, public pages of the requested site are exposed; apps add their own endpoints
or fields here as they arrive.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
