"""/api/v2/interventies/: live, public interventions with the listing's facet filters.

Accepts the same parameters as the HTML listing (`q`, `grond`, `domein`, ..., `sort`) next to
Wagtail's own (`limit`, `offset`, `fields`). Unknown facet values are ignored, as on the site.
"""

from wagtail.api.v2.views import PagesAPIViewSet

from hub.api import api_router
from interventies.models import InterventionPage
from interventies.search import InterventionSearch

SEARCH_PARAMS = {"q", "sort", *(facet.param for facet in InterventionSearch.facets)}
API_PREFETCH = [
    "grounds",
    "domains",
    "policy_steps",
    "municipal_roles",
    "audiences",
    "mechanisms",
    "tagged_items__tag",
]


class InterventionsAPIViewSet(PagesAPIViewSet):
    model = InterventionPage
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(SEARCH_PARAMS)
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "summary",
        "evidence",
        "backfire_risk",
        "taxonomy",
    ]

    def get_queryset(self):
        params = self.request.GET.copy()
        for key in list(params):
            if key not in SEARCH_PARAMS:
                del params[key]
        search = InterventionSearch(self.request, params=params)
        visible = self.get_base_queryset().values("pk")
        return (
            search.filtered_queryset()
            .filter(pk__in=visible)
            .select_related("evidence_level")
            .prefetch_related(*API_PREFETCH)
        )


api_router.register_endpoint("interventies", InterventionsAPIViewSet)
