"""/api/v2/interventies/: live, public interventions with the listing's facet filters.

Accepts the same parameters as the HTML listing (`q`, `grond`, `domein`, ..., `sort`) next to
Wagtail's own (`limit`, `offset`, `fields`, `order`). Wagtail's `search` is an alias of `q`:
both go through the listing's text search (cleaned and shortened the same way). Unknown facet
values, an unknown sort or a shortened query are ignored, as on the site, and the listing says
so in `meta.notices` (a list of Dutch sentences, empty when all is well).
"""

from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.views import PagesAPIViewSet

from hub.api import (
    SiteUrlPageSerializer,
    api_router,
    register_api_prefetch,
    with_api_prefetch,
)
from interventies.models import InterventionPage
from interventies.search import InterventionSearch

SEARCH_PARAMS = {"q", "sort", *(facet.param for facet in InterventionSearch.facets)}
API_SELECT_RELATED = ["evidence_level"]
API_PREFETCH = [*InterventionPage.term_relations, "tagged_items__tag"]

# The generic /api/v2/pages/?type=interventies.InterventionPage listing reads the same fields.
register_api_prefetch(
    InterventionPage, select_related=API_SELECT_RELATED, prefetch_related=API_PREFETCH
)


class InterventionsAPIViewSet(PagesAPIViewSet):
    model = InterventionPage
    base_serializer_class = SiteUrlPageSerializer  # html_url under SITE_URL
    # Text search is the listing's (`q`, see search_params); Wagtail's own search filter would
    # search a queryset it cannot filter further and find nothing.
    filter_backends = [
        backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(SEARCH_PARAMS)
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "summary",
        "evidence",
        "backfire_risk",
        "taxonomy",
    ]

    def search_params(self):
        """The listing's parameters from the request; `search` stands in for a missing `q`."""
        params = QueryDict(mutable=True)
        for key in SEARCH_PARAMS:
            if key in self.request.GET:
                params.setlist(key, self.request.GET.getlist(key))
        search = self.request.GET.get("search", "")
        if search and not params.get("q", "").strip():
            params["q"] = search
        return params

    @property
    def intervention_search(self):
        if not hasattr(self, "_search"):
            self._search = InterventionSearch(self.request, params=self.search_params())
            if self.request.GET.get("search") and self.request.GET.get("q", "").strip():
                self._search.notices.append(
                    _("U gaf zowel q als search op; we zoeken alleen op q.")
                )
            if self.request.GET.get("search_operator"):
                self._search.notices.append(
                    _("search_operator wordt genegeerd: we zoeken altijd op alle woorden.")
                )
        return self._search

    def get_queryset(self):
        visible = self.get_base_queryset().values("pk")
        return with_api_prefetch(
            self.intervention_search.filtered_queryset().filter(pk__in=visible)
        )

    def listing_view(self, request):
        response = super().listing_view(request)
        response.data["meta"]["notices"] = [
            str(notice) for notice in self.intervention_search.notices
        ]
        return response


api_router.register_endpoint("interventies", InterventionsAPIViewSet)
