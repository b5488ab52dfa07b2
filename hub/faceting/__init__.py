"""The one faceting engine every listing uses: text search, disjunctive facet counts, sort and
pagination, for the HTML listings, their exports, the API and the site-wide search."""

from hub.faceting.engine import FacetedSearch, PageListing, Sort
from hub.faceting.facets import (
    ChoiceFacet,
    ComputedFacet,
    Facet,
    FieldFacet,
    ForeignKeyFacet,
    Option,
    PageTypeFacet,
    TagFacet,
    TaxonomyFacet,
)
from hub.faceting.state import SearchState

__all__ = [
    "ChoiceFacet",
    "ComputedFacet",
    "Facet",
    "FacetedSearch",
    "FieldFacet",
    "ForeignKeyFacet",
    "Option",
    "PageListing",
    "PageTypeFacet",
    "SearchState",
    "Sort",
    "TagFacet",
    "TaxonomyFacet",
]
