"""Where a listing's results and facet counts come from: a result backend.

The listing (hub.faceting.engine.FacetedSearch) cleans the parameters and builds what the page
shows; a backend answers "which objects match, in which order, and how many would each facet
value give" for the cleaned parameters. There are two: the in-memory facet index (`memory`),
used with the database search backends, and the search engine's aggregations (`engine`,
OpenSearch/Elasticsearch). Both implement `run(listing) -> Results`; `get_backend()` picks
one, a listing may name its own (`FacetedSearch.result_backend`).
"""

from dataclasses import dataclass, field


@dataclass
class Results:
    """What a backend found for a listing.

    `ordered` is a sequence of primary keys in the listing's order: `len()` is the number of
    results and slicing it gives one page (a backend may fetch or rank only that slice).
    `counts` maps each facet param to {value: disjunctive count}; `sizes` the same without
    any query or filter (for suggestions on an empty page).
    """

    ordered: object
    counts: dict
    notices: list = field(default_factory=list)
    # facet param -> {value: number of objects with it, no query or filter applied}
    sizes: dict = field(default_factory=dict)
    # words of the text query that nothing has (worth a spelling suggestion)
    unmatched: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.ordered)


class ResultBackend:
    """The interface: `run(listing)` returns `Results` for the listing's cleaned parameters
    (`listing.query`, `listing.selected`, `listing.sort`)."""

    def run(self, listing):  # pragma: no cover - an interface
        raise NotImplementedError


def get_backend():
    """The result backend for listings that do not name their own: the search engine's
    (results and counts from OpenSearch/Elasticsearch) when one is configured, else the
    in-memory facet index."""
    from wagtail.search.backends import get_search_backend

    from hub.faceting import text
    from hub.faceting.backends.engine import EngineBackend
    from hub.faceting.backends.memory import MemoryIndexBackend

    backend = get_search_backend()
    if text.is_database_backend(backend):
        return MemoryIndexBackend()
    return EngineBackend(backend)
