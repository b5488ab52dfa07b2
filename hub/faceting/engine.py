"""The faceting engine: one place for text search, filters, counts, sort and pagination.

A listing subclasses `FacetedSearch` (or `PageListing` for pages below an index page),
declares its facets and sorts, and gives its base queryset (live, public, current site).
`run()` reads the request's GET parameters and returns a `SearchState` with everything a
template needs. The same object gives the filtered queryset to the CSV/XLSX export and the
API, so they always agree with the HTML listing.

Facet counts are disjunctive: the count beside a value is the number of results you would get
by selecting that value, with the selections of every other facet applied. `run()` goes in
three steps, each in its own module:

1. hub.faceting.params: the query string, cleaned, with notices for what was ignored;
2. a result backend (hub.faceting.backends): matching ids in order and the counts; the
   in-memory facet index by default, so the number of queries does not grow with the number
   of results;
3. hub.faceting.state: what the page shows (facet groups, chips, sort, pagination links).

Exports and the API filter the same way in SQL (`filtered_queryset`).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from hub.faceting import params as parameters
from hub.faceting import state as display
from hub.faceting import text
from hub.faceting.backends import get_backend
from hub.faceting.params import RELEVANCE
from hub.querysets import public_filter
from hub.textsearch.query import build as build_query


@dataclass(frozen=True)
class Sort:
    value: str
    label: str
    ordering: tuple = ()


_listings = []
# A text search with fewer results than this offers a spelling suggestion.
FEW_RESULTS = 3


def listings():
    """Every listing class (they register themselves by subclassing FacetedSearch)."""
    return list(_listings)


class FacetedSearch:
    facets = []
    sorts = [
        Sort("titel", gettext_lazy("Titel (A-Z)"), ("title",)),
        Sort("nieuwste", gettext_lazy("Nieuwste eerst"), ("-first_published_at",)),
    ]
    default_sort = "titel"
    page_size = 20
    noun_singular = gettext_lazy("resultaat")
    noun_plural = gettext_lazy("resultaten")
    reserved_params = ("q", "sort", "page")
    extra_params = ()
    select_related = ()
    # None: the default backend (hub.faceting.backends.get_backend).
    result_backend = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _listings.append(cls)

    def __init__(self, request, params=None, index_page=None):
        self.request = request
        self.params = params if params is not None else request.GET
        if index_page is not None or not hasattr(self, "index_page"):
            self.index_page = index_page
        self._options = {}
        cleaned = parameters.clean(self, self.params)
        self.query = cleaned.query
        self.selected = cleaned.selected
        self.sort = cleaned.sort
        self.notices = cleaned.notices

    @classmethod
    def engine_key(cls):
        """This listing's name in a search engine's documents (hub.searchengine.documents)."""
        return cls.__name__.lower()

    @classmethod
    def indexed_models(cls):
        """The indexed models whose search-engine documents carry this listing's facet values
        and sort keys. None (the default): the listing keeps its in-memory index."""
        return ()

    @classmethod
    def engine_ready(cls):
        """Whether a search engine can answer this listing (results, counts, sort, pages)."""
        return bool(cls.indexed_models()) and all(facet.engine_ready for facet in cls.facets)

    @classmethod
    def understood_params(cls):
        """Every query parameter this listing reads: text, sort, page, its facets' slugs and
        its extra parameters. The page cache stores only URLs made of these."""
        return {*cls.reserved_params, *(facet.param for facet in cls.facets), *cls.extra_params}

    # ------------------------------------------------------------------ hooks

    def index_key(self):
        """Identifies this listing's facet index (one per listing and section)."""
        return (
            type(self).__module__,
            type(self).__qualname__,
            getattr(self.index_page, "pk", None),
        )

    def base_queryset(self):
        """Live, public objects of the current site. Listings override this."""
        raise NotImplementedError

    def expand_query(self, query, operator="and"):
        """The search query for the visitor's text: Dutch word forms, compound parts and the
        editors' synonyms (hub.textsearch.query); all words, or any (`operator="or"`)."""
        return build_query(query, operator)

    def prepare_results(self, objects):
        """Load what result cards need (prefetch), after pagination."""
        return objects

    # ------------------------------------------------------------------ options and sorts

    def options(self, facet):
        """A facet's options, loaded once per search (tags cost a query, taxonomy is cached)."""
        if facet.param not in self._options:
            self._options[facet.param] = facet.options()
        return self._options[facet.param]

    def available_sorts(self, query=None):
        sorts = list(self.sorts)
        if self.query if query is None else query:
            sorts.insert(0, Sort(RELEVANCE, gettext_lazy("Beste resultaat"), ()))
        return sorts

    def default_sort_value(self, query=None):
        return RELEVANCE if (self.query if query is None else query) else self.default_sort

    def sort_label(self, value, query=None):
        for sort in self.available_sorts(query):
            if sort.value == value:
                return sort.label
        return value

    # ------------------------------------------------------------------ querysets

    def matched_queryset(self):
        """The base queryset restricted by the text query (not yet by facets)."""
        queryset = self.base_queryset()
        if self.query:
            queryset = text.match(queryset, self.query, expand=self.expand_query)
        return queryset

    def _apply_facets(self, queryset):
        for facet in self.facets:
            if facet.param in self.selected:
                queryset = facet.apply(queryset, self.selected[facet.param])
        return queryset

    def _ordered(self, queryset):
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        if self.sort == RELEVANCE:
            return queryset
        for sort in self.sorts:
            if sort.value == self.sort:
                return queryset.order_by(*sort.ordering, "pk")
        return queryset

    def filtered_queryset(self):
        """All results (no pagination), in the chosen order: for exports and the API."""
        return self._ordered(self._apply_facets(self.matched_queryset()))

    def url_for(self, selected=None, **overrides):
        """This listing's URL query ("?...") with other selections, text, sort or page."""
        return display.query_string(self, selected, **overrides)

    # ------------------------------------------------------------------ running

    def run(self):
        """Results, counts and links for the HTML listing.

        A text query with few results gets a suggestion from the site's vocabulary ("Bedoelde
        u …?"); one with none is searched again with that suggestion, and the page says so."""
        backend = self.result_backend or get_backend()
        results = backend.run(self)
        self.suggestion = ""
        if self.query and (results.total < FEW_RESULTS or results.unmatched):
            results = self._try_correction(backend, results)
        self.notices.extend(results.notices)
        page = display.paginate(self, results.ordered, self.notices)
        objects = self.prepare_results(self.fetch(page.object_list))
        return display.build(self, results, page, objects)

    def _try_correction(self, backend, results):
        from django.utils.translation import gettext as _

        from hub.textsearch.suggest import correct

        corrected = correct(self.query)
        if not corrected:
            return results
        if results.total:
            self.suggestion = corrected
            return results
        original, self.query = self.query, corrected
        retry = backend.run(self)
        if not retry.total:
            self.query = original
            return results
        self.notices.append(
            _("We vonden niets voor ‘%(original)s’. We tonen de resultaten voor ‘%(query)s’.")
            % {"original": parameters.short(original), "query": corrected}
        )
        return retry

    def fetch(self, ids):
        """The objects for one page of ids, through the live-and-public base queryset."""
        queryset = self.base_queryset().filter(pk__in=list(ids))
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        by_pk = {obj.pk: obj for obj in queryset}
        return [by_pk[pk] for pk in ids if pk in by_pk]


class PageListing(FacetedSearch):
    """A listing of live, public pages of one type, below its index page (when given)."""

    page_model = None

    @classmethod
    def indexed_models(cls):
        return (cls.page_model,) if cls.page_model is not None else ()

    def base_queryset(self):
        queryset = self.page_model.objects.live().filter(public_filter())
        if self.index_page is not None:
            queryset = queryset.descendant_of(self.index_page)
        return queryset
