"""The read-only JSON API at /api/v2/ (Wagtail API v2).

Only live, public pages of the requested site are exposed. Page types that hold content for
signed-in users only (e.g. academy lessons) set `is_private_content = True` and never appear
here. Apps register their own endpoints on `api_router` (see interventies/api.py).

Listings load related data in bulk, so the number of queries does not grow with `limit`:
every page's locale is joined, and an app registers what its page type's API fields need
with `register_api_prefetch` (used when `?type=` names that one page type).
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import get_page_models

from hub.faceting import text
from hub.siteurl import absolute_url
from hub.textsearch.query import build as build_query

_api_prefetch = {}


def register_api_prefetch(model, *, select_related=(), prefetch_related=()):
    """Declare the relations `model`'s API fields read, to load them for a whole listing."""
    _api_prefetch[model] = (tuple(select_related), tuple(prefetch_related))


def with_api_prefetch(queryset):
    """`queryset` with the page locale and the model's registered relations loaded in bulk."""
    select_related, prefetch_related = _api_prefetch.get(queryset.model, ((), ()))
    queryset = queryset.select_related("locale", *select_related)
    return queryset.prefetch_related(*prefetch_related) if prefetch_related else queryset


def private_content_type_ids():
    models = [model for model in get_page_models() if getattr(model, "is_private_content", False)]
    if not models:
        return []
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


class CleanSearchFilter(SearchFilter):
    """Wagtail's `?search=` with the listings' query cleaning.

    The raw text went straight to the search backend: a lone `"` or a NUL made SQLite FTS5
    fail and 800 words ran into a RecursionError (a 500). Here the text is cleaned and
    shortened as on the site (hub.faceting.text) and searched the same way: Dutch word forms,
    compound parts and synonyms (hub.textsearch.query; quotes become phrases); text without
    letters or digits finds nothing.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        query, _truncated = text.clean_query(request.GET["search"])
        if not text.has_search_terms(query):
            return queryset.none()
        parsed = build_query(query, operator or "and")
        if parsed is None:
            return queryset.none()
        return _search(queryset, parsed, operator, order_by_relevance="order" not in request.GET)


def _search(queryset, parsed, operator, order_by_relevance):
    from wagtail.search.backends import get_search_backend

    return get_search_backend().search(
        parsed, queryset, operator=operator, order_by_relevance=order_by_relevance
    )


class SiteUrlHtmlUrlField(PageHtmlUrlField):
    """`html_url` under SITE_URL (Wagtail's own uses the Site record's host and port)."""

    def to_representation(self, page):
        try:
            return absolute_url(page, self.context.get("request")) or None
        except NoReverseMatch:
            return None


class SiteUrlPageSerializer(PageSerializer):
    html_url = SiteUrlHtmlUrlField(read_only=True)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = SiteUrlPageSerializer
    filter_backends = [
        CleanSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(content_type_id__in=private_content_type_ids())

    def get_queryset(self):
        return with_api_prefetch(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
