"""Free-text matching for listings, on every search backend.

The database backends (SQLite FTS5, PostgreSQL full text) return a real ORM queryset ranked
by relevance, which we keep as a queryset so that facets and counts stay inside SQL.
Elasticsearch returns hits: we take the matching ids (bounded) in relevance order and turn
them back into a queryset. Either way the caller gets a queryset it can filter further.
"""

from django.db.models import Case, IntegerField, Value, When
from modelsearch.utils import parse_query_string
from wagtail.search.backends import get_search_backend

MAX_QUERY_LENGTH = 200
MAX_TEXT_HITS = 5000
RANK_ANNOTATION = "_text_rank_order"


def clean_query(raw):
    """Trim and shorten a user's query. Returns (query, was_truncated)."""
    query = " ".join((raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH], True
    return query, False


def is_database_backend(backend):
    return hasattr(backend.results_class, "get_queryset")


def has_search_terms(query):
    return any(character.isalnum() for character in query)


def match(queryset, query, expand=None):
    """Restrict `queryset` to objects matching `query`, best match first.

    `expand` may rewrite the query first (e.g. editor-managed synonyms).
    Returns a queryset; its default order is relevance.
    """
    if expand is not None:
        query = expand(query)
    _filters, parsed = parse_query_string(query, operator="and")
    backend = get_search_backend()
    # Search backends only understand filters on indexed fields, so search the live objects
    # of the model and intersect the matches with the full queryset in the database.
    searchable = queryset.model.objects.all()
    if hasattr(searchable, "live"):
        searchable = searchable.live()
    results = backend.search(parsed, searchable, operator="and")
    if is_database_backend(backend):
        # An ORM queryset annotated and ordered by rank: facets and counts stay in SQL.
        return results.get_queryset().filter(pk__in=queryset.values("pk"))
    ids = [obj.pk for obj in results[:MAX_TEXT_HITS]]
    if not ids:
        return queryset.none()
    rank = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)],
        output_field=IntegerField(),
    )
    return queryset.filter(pk__in=ids).annotate(**{RANK_ANNOTATION: rank}).order_by(RANK_ANNOTATION)
