"""The one faceting engine every listing uses (DESIGN.md "Faceted search")."""

from hub.faceting.engine import FacetedSearch, SearchState, Sort
from hub.faceting.facets import (
    ChoiceFacet,
    Facet,
    ForeignKeyFacet,
    Option,
    PageTypeFacet,
    TagFacet,
    TaxonomyFacet,
)

__all__ = [
    "ChoiceFacet",
    "Facet",
    "FacetedSearch",
    "ForeignKeyFacet",
    "Option",
    "PageTypeFacet",
    "SearchState",
    "Sort",
    "TagFacet",
    "TaxonomyFacet",
]
