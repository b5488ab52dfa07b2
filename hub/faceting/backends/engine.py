"""Results and facet counts from a search engine (OpenSearch, Elasticsearch).

With an engine configured, a listing that the engine can answer (`listing.engine_ready()`)
gets everything from it: one request with the text query and the listing's base filters
(live, public, below its index page or site) as the query, the visitor's facet selections as
`post_filter`, and one filtered aggregation per facet that applies every selection but the
facet's own (disjunctive counts, the standard way). The number of results is the engine's
exact total, however many match: no cap. One page of results is one more request (sorted by
the listing's indexed sort keys, or by relevance: the first RERANK_DEPTH re-ranked as on the
database backends, hub.textsearch.ranking).

What a query matches follows hub.faceting.text.TextMatch: one word group, all of its forms;
several words, each looked up (counted, here) on its own, words that more than COMMON_SHARE
of the pages have are not required, and with fewer than MIN_ALL_WORDS pages having all the
rest, any word will do.

The facet values and sort keys are in each document (hub.searchengine.documents), written from
the same facet declarations as the in-memory index. Visibility does not depend on them: the
pages shown are fetched through the listing's live-and-public base queryset, and the base
filters (live, path of view restrictions, section) are read from the database each request.

The database backends, listings that are not pages (masterclass sessions) and a facet without
an index value keep the in-memory index (hub.faceting.backends.memory), as does every listing
while the engine cannot be reached (a warning is logged; a text search then says the order may
differ, as before).
"""

import logging
import math

from modelsearch.query import MatchAll, Or
from wagtail.search.backends import get_search_backend

from hub.faceting import text
from hub.faceting.backends import ResultBackend, Results
from hub.faceting.backends.memory import MemoryIndexBackend, named_options
from hub.faceting.params import RELEVANCE
from hub.searchengine import documents

logger = logging.getLogger(__name__)

MATCH_NONE = {"bool": {"must_not": {"match_all": {}}}}


class EngineBackend(ResultBackend):
    """The result backend when the default search backend is an engine."""

    def __init__(self, search_backend=None):
        self.search_backend = search_backend

    def run(self, listing):
        backend = self.search_backend or get_search_backend()
        if text.is_database_backend(backend) or not listing.engine_ready():
            return MemoryIndexBackend().run(listing)
        try:
            return EngineListing(listing, backend).run()
        except text.engine_errors() as error:
            logger.warning("Search engine unreachable (%s); the listing uses the database", error)
            return MemoryIndexBackend().run(listing)


class EngineListing:
    """One run of a listing on the engine."""

    def __init__(self, listing, backend):
        self.listing = listing
        self.backend = backend
        base = listing.base_queryset().order_by()
        self.model = base.model
        self.index = backend.get_index_for_model(self.model).name
        self.base_filters = self._compiler(MatchAll(), base).get_filters()
        self.searchable_filters = self._compiler(MatchAll(), text._searchable(base)).get_filters()
        self.facets = {facet.param: facet for facet in listing.facets}

    # ------------------------------------------------------------------ building queries

    def _compiler(self, query, queryset):
        return self.backend.search(query, queryset, operator="and").query_compiler

    def compile(self, query):
        """The engine's query for a modelsearch query object, on every searchable field."""
        return self._compiler(query, self.model.objects.all()).get_inner_query()

    def key(self, facet, stored):
        """The keyword of a document with index value `stored` of `facet`."""
        return documents.facet_key(self.listing, facet.param, stored)

    def value_key(self, facet, value):
        return self.key(facet, facet.stored_value(value))

    def value_condition(self, facet, value):
        ranges = facet.value_ranges()
        if ranges is None:
            return {"term": {documents.FACETS_FIELD: self.value_key(facet, value)}}
        lowest, highest = ranges[value]
        if lowest == highest:
            return {"term": {documents.FACETS_FIELD: self.key(facet, lowest)}}
        return {
            "range": {
                documents.FACETS_FIELD: {
                    "gte": self.key(facet, lowest),
                    "lte": self.key(facet, highest),
                }
            }
        }

    def selection_filter(self, facet, values):
        if facet.value_ranges() is None:
            keys = [self.value_key(facet, value) for value in values]
            return {"terms": {documents.FACETS_FIELD: keys}}
        return {
            "bool": {
                "should": [self.value_condition(facet, value) for value in values],
                "minimum_should_match": 1,
            }
        }

    def value_aggregation(self, facet):
        options = self.listing.options(facet)
        if facet.value_ranges() is None:
            return {
                "terms": {
                    "field": documents.FACETS_FIELD,
                    "include": [self.value_key(facet, option.value) for option in options],
                    "size": max(len(options), 1),
                }
            }
        return {
            "filters": {
                "filters": {
                    option.value: self.value_condition(facet, option.value) for option in options
                }
            }
        }

    def read_counts(self, facet, aggregation):
        buckets = aggregation["values"]["buckets"]
        if isinstance(buckets, dict):  # a `filters` aggregation
            return {value: bucket["doc_count"] for value, bucket in buckets.items()}
        prefix = self.key(facet, "")
        counts = {}
        for bucket in buckets:
            value = facet.value_of_stored(bucket["key"][len(prefix) :])
            if value is not None:
                counts[value] = bucket["doc_count"]
        return counts

    def search(self, body, **params):
        """One request to the engine (both client APIs)."""
        if self.backend.use_new_elasticsearch_api:
            if "from" in body:
                body = dict(body)
                params["from_"] = body.pop("from")
            return self.backend.es.search(index=self.index, **body, **params)
        return self.backend.es.search(index=self.index, body=body, **params)

    def ids(self, body):
        """The primary keys of the hits, in the engine's order."""
        response = self.search(
            body, _source=False, **{self.backend.results_class.fields_param_name: "pk"}
        )
        to_python = self.model._meta.pk.to_python
        return [to_python(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

    # ------------------------------------------------------------------ the text query

    def text_clause(self):
        """What the text query matches (a filter), how hits are scored (a query object) and
        the query's words that nothing has. Sets `groups` for the ranking."""
        from hub.textsearch.query import word_groups

        query = self.listing.query
        self.groups = [] if '"' in query else word_groups(query)
        if len(self.groups) > 1:
            return self._several_words()
        self.parsed = text.parse(query, self.listing.expand_query)
        if self.parsed is None:
            return MATCH_NONE, []
        return self.compile(self.parsed), None  # unmatched: known once the total is

    def _several_words(self):
        """As TextMatch._search_per_word, with counts instead of id lists (one request, two
        when some words are too common to be required)."""
        queries = [group.query() for group in self.groups]
        compiled = [self.compile(query) for query in queries]
        aggregations = {f"word{i}": {"filter": clause} for i, clause in enumerate(compiled)}
        aggregations["any"] = {"filter": {"bool": {"should": compiled, "minimum_should_match": 1}}}
        aggregations["every"] = {"filter": {"bool": {"filter": compiled}}}
        aggregations["base"] = {"filter": {"bool": {"filter": self.base_filters}}}
        response = self.search(
            {
                "size": 0,
                "query": {"bool": {"filter": self.searchable_filters}},
                "aggs": aggregations,
            }
        )["aggregations"]
        counts = [response[f"word{i}"]["doc_count"] for i in range(len(queries))]
        total = max(response["base"]["doc_count"], response["any"]["doc_count"], 1)
        weights = [math.log(1 + total / (1 + count)) for count in counts]
        heaviest = max(weights) or 1.0
        for group, weight in zip(self.groups, weights, strict=True):
            group.weight = weight / heaviest
        required = [i for i, count in enumerate(counts) if count <= text.COMMON_SHARE * total]
        required = required or list(range(len(queries)))
        unmatched = [
            group.word for group, count in zip(self.groups, counts, strict=True) if not count
        ]
        self.parsed = Or(queries)
        if len(required) == len(queries):
            common = response["every"]["doc_count"]
        else:
            common = self.search(
                {
                    "size": 0,
                    "track_total_hits": True,
                    "query": {
                        "bool": {
                            "filter": [*self.searchable_filters, *(compiled[i] for i in required)]
                        }
                    },
                }
            )["hits"]["total"]["value"]
        if common >= text.MIN_ALL_WORDS:
            match = {"bool": {"filter": [compiled[i] for i in required]}}
        else:
            match = aggregations["any"]["filter"]
        return match, unmatched

    def own_query(self):
        if not self.groups:
            return self.parsed
        own = [group.own_query() for group in self.groups]
        return own[0] if len(own) == 1 else Or(own)

    def _unmatched_single(self):
        """A query of one word group with no results here: does any page have it?"""
        body = {
            "size": 0,
            "track_total_hits": True,
            "query": {"bool": {"filter": [*self.searchable_filters, self.compile(self.parsed)]}},
        }
        if self.search(body)["hits"]["total"]["value"]:
            return []
        return [group.word for group in self.groups]

    # ------------------------------------------------------------------ running

    def run(self):
        listing = self.listing
        filters = list(self.base_filters)
        unmatched = []
        self.groups, self.parsed = [], None
        if listing.query:
            match, unmatched = self.text_clause()
            filters.append(match)
        selections = {
            param: self.selection_filter(self.facets[param], values)
            for param, values in listing.selected.items()
        }
        aggregations = {}
        sizes = {}
        for facet in listing.facets:
            if not listing.options(facet):
                continue
            others = [clause for param, clause in selections.items() if param != facet.param]
            aggregations[f"facet_{facet.param}"] = {
                "filter": {"bool": {"filter": others}},
                "aggs": {"values": self.value_aggregation(facet)},
            }
            sizes[f"facet_{facet.param}"] = {"aggs": {"values": self.value_aggregation(facet)}}
        response = self.search(
            {
                "size": 0,
                "track_total_hits": True,
                "query": {"bool": {"filter": filters}},
                "post_filter": {"bool": {"filter": list(selections.values())}},
                "aggs": aggregations,
            }
        )
        total = response["hits"]["total"]["value"]
        found = response["aggregations"]
        counts = {facet.param: {} for facet in listing.facets}
        all_sizes = {facet.param: {} for facet in listing.facets}
        for facet in listing.facets:
            name = f"facet_{facet.param}"
            if name in found:
                counts[facet.param] = self.read_counts(facet, found[name])
        if not total:
            # Only a page that found nothing shows the largest values (state.popular_values).
            all_sizes = self.sizes(sizes, all_sizes)
        if listing.query and unmatched is None:
            unmatched = self._unmatched_single() if not total else []
        self.filters = [*filters, *selections.values()]
        return Results(
            ordered=EngineOrdered(self, total),
            counts=counts,
            sizes=all_sizes,
            unmatched=unmatched or [],
        )

    def sizes(self, aggregations, sizes):
        """{param: {value: count}} of the listing without text or selections."""
        for aggregation in aggregations.values():
            aggregation["filter"] = {"match_all": {}}
        found = self.search(
            {"size": 0, "query": {"bool": {"filter": self.base_filters}}, "aggs": aggregations}
        )["aggregations"]
        for facet in self.listing.facets:
            name = f"facet_{facet.param}"
            if name in found:
                sizes[facet.param] = self.read_counts(facet, found[name])
        return sizes

    # ------------------------------------------------------------------ one page

    def sorted_ids(self, start, stop):
        sort = next((s for s in self.listing.sorts if s.value == self.listing.sort), None)
        order = []
        for position, name in enumerate(sort.ordering if sort else ()):
            order.append(
                {
                    documents.sort_column(self.listing, sort, position): {
                        "order": "desc" if name.startswith("-") else "asc",
                        "missing": "_last" if name.startswith("-") else "_first",
                    }
                }
            )
        order.append({documents.PK_FIELD: "asc"})
        return self.ids(
            {
                "query": {"bool": {"filter": self.filters}},
                "sort": order,
                "from": start,
                "size": max(stop - start, 0),
            }
        )

    def ranked_ids(self, query, start, stop):
        """Ids of results in the engine's order of relevance for `query`."""
        return self.ids(
            {
                "query": {"bool": {"must": [self.compile(query)], "filter": self.filters}},
                "from": start,
                "size": max(stop - start, 0),
            }
        )

    def page(self, start, stop):
        from hub.textsearch.ranking import RERANK_DEPTH, rerank

        if self.listing.sort != RELEVANCE or not self.listing.query or self.parsed is None:
            return self.sorted_ids(start, stop)
        if stop > RERANK_DEPTH:
            return self.ranked_ids(self.parsed, start, stop)
        # As TextMatch._ranked: the pages with the words themselves first, then those that
        # only have a synonym; the best RERANK_DEPTH ordered again.
        best = self.ranked_ids(self.own_query(), 0, RERANK_DEPTH)
        if len(best) < RERANK_DEPTH:
            seen = set(best)
            more = self.ranked_ids(self.parsed, 0, RERANK_DEPTH + len(best))
            best += [pk for pk in more if pk not in seen][: RERANK_DEPTH - len(best)]
        boost = candidate_boost(self.listing, self.groups, best)
        return rerank(best, self.groups, self.model, boost)[start:stop]


class EngineOrdered:
    """The results as a sequence for Django's Paginator: the engine's total as its length,
    and one request for the slice a page shows."""

    def __init__(self, engine_listing, total):
        self.engine_listing = engine_listing
        self.total = total
        self._pages = {}

    def __len__(self):
        return self.total

    def __getitem__(self, item):
        if isinstance(item, slice):
            start = item.start or 0
            stop = self.total if item.stop is None else min(item.stop, self.total)
            if stop <= start:
                return []
            if (start, stop) not in self._pages:
                self._pages[(start, stop)] = self.engine_listing.page(start, stop)
            return self._pages[(start, stop)]
        return self[item : item + 1][0]

    @property
    def ids(self):
        """Every result id (as the memory backend's list): for tests and small result sets."""
        return self[0 : self.total]


def candidate_boost(listing, groups, ids):
    """As hub.faceting.backends.memory.taxonomy_boost, for the candidates of a ranking only:
    {id: how many facet values it has whose name the query spells out} (a query per facet
    that the query names, usually none)."""
    named = named_options(listing, groups)
    if not named or not ids:
        return {}
    boost = {}
    queryset = listing.base_queryset().filter(pk__in=list(ids))
    for facet in listing.facets:
        values = named.get(facet.param)
        if values:
            for pk, value in facet.memberships(queryset):
                if value in values:
                    boost[pk] = boost.get(pk, 0) + 1
    return boost
