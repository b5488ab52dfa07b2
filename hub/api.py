"""The read-only JSON API at /api/v2/ (Wagtail API v2).

Only live, public pages of the requested site are exposed. Page types that hold content for
signed-in users only (e.g. academy lessons) set `is_private_content = True` and never appear
here. Apps register their own endpoints on `api_router` (see interventies/api.py).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import get_page_models


def private_content_type_ids():
    models = [model for model in get_page_models() if getattr(model, "is_private_content", False)]
    if not models:
        return []
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().exclude(content_type_id__in=private_content_type_ids())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
