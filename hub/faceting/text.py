"""Free-text matching for listings, on every search backend.

`TextMatch` gives the HTML listing the matching ids (and ranks a page of them on demand).
`match` gives exports and the API a queryset: on the database backends (SQLite FTS5,
PostgreSQL full text) the backend's own ranked ORM queryset; on a search engine (OpenSearch,
Elasticsearch) every matching id (no cap) in relevance order, turned back into a queryset.
"""

import logging
import math
import unicodedata
from collections import OrderedDict

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from modelsearch.utils import parse_query_string
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TEXT_HITS = 5000
RANK_ANNOTATION = "_text_rank_order"


def normalize_text(raw):
    """Collapse whitespace and drop control and format characters (NUL, BOM, ...).

    Search engines reject some of them (SQLite FTS5: "unterminated string" on NUL,
    PostgreSQL: NUL in a string literal) and no visitor means them.
    """
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in (raw or "")
    )
    return " ".join(text.split())


def clean_query(raw):
    """Trim and shorten a user's query. Returns (query, was_truncated)."""
    query = normalize_text(raw)
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH], True
    return query, False


class SearchUnavailable(Exception):
    """The search engine (OpenSearch, Elasticsearch) could not be reached."""


def engine_errors():
    """What the engines' clients raise when the engine cannot be reached (not the errors of a
    request it answered: those are bugs, and must not hide behind the fallback)."""
    errors = [ConnectionError, TimeoutError]
    try:
        from elastic_transport import TransportError

        errors.append(TransportError)
    except ImportError:  # pragma: no cover - the client is always installed
        pass
    try:
        # ConnectionError covers ConnectionTimeout and SSLError too.
        from opensearchpy.exceptions import ConnectionError as OpenSearchConnectionError

        errors.append(OpenSearchConnectionError)
    except ImportError:  # pragma: no cover - the client is always installed
        pass
    return tuple(errors)


def run_search(method, query, queryset, limit=None, **kwargs):
    """Search with the default backend; if it is unreachable, with the database fallback.

    Returns (results, backend, degraded): on an engine, `search` gives the ids of the first
    `limit` hits (None: every hit), best first, other methods their first MAX_TEXT_HITS
    objects.
    """
    backend = get_search_backend()
    try:
        if not is_database_backend(backend):
            # Evaluated now, so that errors surface here.
            if method == "search":
                ids = engine_ids(backend, query, queryset, limit=limit, **kwargs)
                return ids, backend, False
            results = getattr(backend, method)(query, queryset, **kwargs)
            return list(results[:MAX_TEXT_HITS]), backend, False
        return getattr(backend, method)(query, queryset, **kwargs), backend, False
    except engine_errors() as error:
        if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
            raise SearchUnavailable from error
        logger.warning("Search engine unreachable (%s); using the database fallback", error)
        fallback = get_search_backend("fallback")
        return getattr(fallback, method)(query, queryset, **kwargs), fallback, True


def is_database_backend(backend):
    return hasattr(backend.results_class, "get_queryset")


# Hits per request when an engine gives every hit (scroll).
ENGINE_BATCH = 5000


def engine_ids(backend, parsed, queryset, operator="and", limit=MAX_TEXT_HITS):
    """The ids of the engine's first `limit` hits (None: all of them, scrolled through in
    batches of ENGINE_BATCH), best first: only the ids (a stored field of every document),
    without loading the objects from the database as iterating the backend's results does.
    Ids of objects that left the database since they were indexed may be among them: callers
    intersect with their own queryset."""
    results = backend.search(parsed, queryset, operator=operator)
    index = backend.get_index_for_model(queryset.model)
    params = {"index": index.name, "_source": False, results.fields_param_name: "pk"}
    if limit is not None:
        response = results._backend_do_search(results._get_es_body(), size=limit, **params)
        hits = response["hits"]["hits"]
    else:
        response = results._backend_do_search(
            results._get_es_body(), size=ENGINE_BATCH, scroll="1m", **params
        )
        hits = list(response["hits"]["hits"])
        scroll_id = response.get("_scroll_id")
        try:
            while scroll_id and len(response["hits"]["hits"]) == ENGINE_BATCH:
                response = backend.es.scroll(scroll_id=scroll_id, scroll="1m")
                scroll_id = response.get("_scroll_id", scroll_id)
                hits.extend(response["hits"]["hits"])
        finally:
            if scroll_id:
                backend.es.clear_scroll(scroll_id=scroll_id)
    to_python = queryset.model._meta.pk.to_python
    return [to_python(hit["fields"]["pk"][0]) for hit in hits]


def search_ids(parsed, queryset, operator="and"):
    """The ids of the objects in `queryset` matching `parsed`: best first on a search engine
    (at most MAX_TEXT_HITS), in no particular order on a database backend. With the engine
    unreachable, the database fallback answers. Returns (ids, backend, degraded)."""
    backend = get_search_backend()
    if not is_database_backend(backend):
        try:
            return engine_ids(backend, parsed, queryset, operator), backend, False
        except engine_errors() as error:
            if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
                raise SearchUnavailable from error
            logger.warning("Search engine unreachable (%s); using the database fallback", error)
            backend, degraded = get_search_backend("fallback"), True
    else:
        degraded = False
    results = backend.search(parsed, queryset, operator=operator, order_by_relevance=False)
    # No order: the ids are a set here (sorting them by path cost a sort of every match).
    return list(results.get_queryset().order_by().values_list("pk", flat=True)), backend, degraded


def has_search_terms(query):
    return any(character.isalnum() for character in query)


# With fewer results than this for all words, pages with some of the words count too.
MIN_ALL_WORDS = 3
# A word that more than this share of all pages has is not required, only ranked.
COMMON_SHARE = 0.4


# Recent text searches, per process: the same query on the same content (content version)
# is answered from memory, the ids and the ranked first pages alike. Popular queries
# ("discriminatie", "wonen") repeat; any content change starts afresh (hub.versions).
# TEXT_SEARCH_CACHE_SIZE searches are kept (0: none; `make bench` measures both).
CACHE_SIZE = getattr(settings, "TEXT_SEARCH_CACHE_SIZE", 128)
CACHE_MAX_IDS = 20_000
CACHED = ("groups", "all_words", "unmatched", "backend", "degraded", "_positions", "parsed", "ids")
_cache = OrderedDict()


def _cache_key(model, query, expand, corpus_size):
    from hub import versions

    return (
        model._meta.label,
        query,
        getattr(expand, "__qualname__", None),
        corpus_size,
        versions.content_version(),
    )


def _cache_get(key):
    value = _cache.get(key)
    if value is not None:
        _cache.move_to_end(key)
    return value


def _cache_put(key, value):
    if not CACHE_SIZE:
        return
    if isinstance(value, dict) and len(value.get("ids", ())) > CACHE_MAX_IDS:
        return
    _cache[key] = value
    _cache.move_to_end(key)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)


def clear_local():
    """Forget the cached searches of this process (tests start each case from scratch)."""
    _cache.clear()


class TextMatch:
    """The objects matching a text query, with relevance ranking done as late as possible.

    On the database backends `ids` comes from unranked queries (cheap with the GIN index of
    migration hub 0005); ranking is computed only for the final, facet-filtered set, and only
    for the slice that is shown: the backend's best RERANK_DEPTH, ordered again by
    hub.textsearch.ranking. On a search engine (OpenSearch, Elasticsearch) the hits arrive
    ranked (ids only); the engine's best RERANK_DEPTH are ordered again the same way, so every
    backend ranks a first page alike.

    A query of several words asks for pages with all of them; when that gives fewer than
    MIN_ALL_WORDS results, pages with any of them count too (`all_words` is then False). Each
    word is looked up on its own (one query per word), which also tells how rare each word
    is: a rare word weighs more in the ranking.
    """

    def __init__(self, queryset, query, expand=None, corpus_size=None, boost=None):
        from hub.textsearch.query import word_groups

        self.model = queryset.model
        self.searchable = _searchable(queryset)
        self._engine_rankings = {}  # repr(query) -> {id: position}, on a search engine
        self._key = _cache_key(self.model, query, expand, corpus_size)
        cached = _cache_get(self._key)
        if cached is not None:
            self.__dict__.update(cached)
            self.boost = boost(self.groups) if callable(boost) else boost or {}
            return
        self.groups = [] if '"' in query else word_groups(query)
        self.boost = boost(self.groups) if callable(boost) else boost or {}
        self._find(query, expand, corpus_size)
        if self.backend is not None and is_database_backend(self.backend) and not self.degraded:
            _cache_put(self._key, {name: getattr(self, name) for name in CACHED})

    def _find(self, query, expand, corpus_size):
        self.all_words = True
        self.unmatched = []  # query words that no page has (a typo, most likely)
        self.backend, self.degraded = None, False
        self._positions = None
        if len(self.groups) > 1:
            self._search_per_word(query, expand, corpus_size)
        else:
            self.parsed = parse(query, expand)
            self._search()
            if len(self.ids) < MIN_ALL_WORDS and len(self.groups) > 1 and expand is not None:
                all_words = (self.parsed, self.ids, self._positions)
                self.parsed = expand(query, operator="or")
                self._search()
                if len(self.ids) > len(all_words[1]):
                    self.all_words = False
                else:
                    self.parsed, self.ids, self._positions = all_words
            if not self.ids:
                self.unmatched = [group.word for group in self.groups]

    def _unranked_ids(self, parsed):
        ids, self.backend, degraded = search_ids(parsed, self.searchable)
        self.degraded = self.degraded or degraded
        return ids

    def _search_per_word(self, query, expand, corpus_size):
        """One unranked search per word. Words that most pages have (more than COMMON_SHARE
        of them: "gemeente", "beleid") are not required, only ranked: "beleid voor een kleine
        gemeente" asks for pages about small municipalities."""
        from modelsearch.query import Or

        found = [self._unranked_ids(group.query()) for group in self.groups]
        sets = [set(ids) for ids in found]
        everything = set().union(*sets)
        total = max(corpus_size or 0, len(everything), 1)
        weights = [math.log(1 + total / (1 + len(ids))) for ids in sets]
        heaviest = max(weights) or 1.0
        for group, weight in zip(self.groups, weights, strict=True):
            group.weight = weight / heaviest
        required = [ids for ids in sets if len(ids) <= COMMON_SHARE * total] or sets
        self.unmatched = [
            group.word for group, ids in zip(self.groups, sets, strict=True) if not ids
        ]
        common = set.intersection(*required)
        # Ranked by the backend over any of the words, then re-ranked (hub.textsearch.ranking).
        self.parsed = Or([group.query() for group in self.groups])
        if len(common) >= MIN_ALL_WORDS:
            self.ids = [
                pk for pk in dict.fromkeys(pk for ids in found for pk in ids) if pk in common
            ]
            self.all_words = len(required) == len(sets) or common <= set.intersection(*sets)
        else:
            self.ids = list(dict.fromkeys(pk for ids in found for pk in ids))
            self.all_words = False

    def _search(self):
        if self.parsed is None:
            self.ids = []
            return
        self.ids, self.backend, self.degraded = search_ids(self.parsed, self.searchable)
        if is_database_backend(self.backend):
            self._positions = None
        else:
            self._positions = {pk: position for position, pk in enumerate(self.ids)}

    def ranked(self, ids, start, stop):
        """The slice [start:stop] of `ids` (a subset of self.ids) in order of relevance."""
        if not self.ids:
            return []
        subset = "all" if len(ids) == len(self.ids) else hash(tuple(sorted(ids)))
        key = (self._key, subset, start, stop, tuple(sorted(self.boost.items())))
        cached = _cache_get(key)
        if cached is None:
            cached = self._ranked(ids, start, stop)
            _cache_put(key, cached)
        return cached

    def _ranked(self, ids, start, stop):
        from hub.textsearch.ranking import RERANK_DEPTH, rerank

        if stop is not None and stop <= RERANK_DEPTH:
            # The candidates for re-ranking: first the pages with the words themselves, ranked
            # by the backend (synonyms can match thousands of pages; ranking all of them is
            # the slow part), then pages that only have a synonym.
            best = self._backend_ranked(self._own_query(), ids, RERANK_DEPTH)
            if len(best) < RERANK_DEPTH:
                seen = set(best)
                more = self._backend_ranked(self.parsed, ids, RERANK_DEPTH + len(best))
                best += [pk for pk in more if pk not in seen][: RERANK_DEPTH - len(best)]
            return rerank(best, self.groups, self.model, self.boost)[start:stop]
        return self._backend_ranked(self.parsed, ids, stop, start)

    def _own_query(self):
        from modelsearch.query import Or

        if not self.groups:
            return self.parsed
        own = [group.own_query() for group in self.groups]
        return own[0] if len(own) == 1 else Or(own)

    def _backend_ranked(self, parsed, ids, stop, start=0):
        if not is_database_backend(self.backend):
            positions = self._engine_positions(parsed)
            ranked = sorted((pk for pk in ids if pk in positions), key=positions.__getitem__)
            return ranked[start:stop]
        ranked = self.backend.search(parsed, self.searchable, operator="and").get_queryset()
        if len(ids) < len(self.ids):
            ranked = ranked.filter(pk__in=list(ids))
        return list(ranked.values_list("pk", flat=True)[start:stop])

    def _engine_positions(self, parsed):
        """{id: position} in the engine's order for `parsed` (one request per query)."""
        if parsed is self.parsed and self._positions is not None:
            return self._positions
        key = repr(parsed)  # every query class of modelsearch spells out its parts
        if key not in self._engine_rankings:
            ids = engine_ids(self.backend, parsed, self.searchable)
            self._engine_rankings[key] = {pk: position for position, pk in enumerate(ids)}
        return self._engine_rankings[key]


class RankedSlice:
    """A sequence of ids that ranks itself only when sliced (for Django's Paginator)."""

    def __init__(self, ids, text_match):
        self.ids = ids
        self.text_match = text_match

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, item):
        if isinstance(item, slice):
            return self.text_match.ranked(self.ids, item.start or 0, item.stop)
        return self.text_match.ranked(self.ids, item, item + 1)[0]


def _searchable(queryset):
    """Search backends only understand filters on indexed fields: search all live objects."""
    searchable = queryset.model.objects.all()
    if hasattr(searchable, "live"):
        searchable = searchable.live()
    return searchable


def parse(query, expand=None):
    """A search query object. `expand(query, operator="and")` builds it (a listing's
    `expand_query`: Dutch word forms, compounds and synonyms); without it the text is parsed
    as typed."""
    if expand is not None:
        query = expand(query)
    if query is None or not isinstance(query, str):
        return query
    _filters, parsed = parse_query_string(query, operator="and")
    return parsed


def match(queryset, query, expand=None):
    """Restrict `queryset` to objects matching `query`, best match first.

    `expand` may rewrite the query first (e.g. editor-managed synonyms).
    Returns a queryset; its default order is relevance.
    """
    parsed = parse(query, expand)
    if parsed is None:
        return queryset.none()
    # Search the live objects of the model and intersect with the full queryset in SQL.
    results, backend, _degraded = run_search(
        "search", parsed, _searchable(queryset), operator="and"
    )
    if is_database_backend(backend):
        # An ORM queryset annotated and ordered by rank: facets and counts stay in SQL.
        return results.get_queryset().filter(pk__in=queryset.values("pk"))
    ids = results  # every hit's id, best first
    if not ids:
        return queryset.none()
    # Relevance order for the best MAX_TEXT_HITS (one CASE branch each), then by id.
    rank = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ids[:MAX_TEXT_HITS])],
        default=Value(MAX_TEXT_HITS),
        output_field=IntegerField(),
    )
    return (
        queryset.filter(pk__in=ids)
        .annotate(**{RANK_ANNOTATION: rank})
        .order_by(RANK_ANNOTATION, "pk")
    )
