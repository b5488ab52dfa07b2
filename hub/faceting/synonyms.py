"""Query expansion with editor-managed synonyms (hub.models.SearchSynonym).

"woningmarkt" becomes (woningmarkt OR wonen OR woning ...); every other word stays as it is.
This fills in where the Dutch stemmer cannot ("discrimineren" and "discriminatie" have
different stems) and works the same on SQLite, PostgreSQL and Elasticsearch.
"""

import re

from django.core.cache import cache

from hub.models import SearchSynonym

CACHE_KEY = "search-synonyms"
WORD = re.compile(r"\w+", re.UNICODE)


def synonyms():
    """{term: [alternatives]}, both directions (cached until a synonym changes)."""

    def load():
        mapping = {}
        for synonym in SearchSynonym.objects.all():
            words = [synonym.term, *synonym.alternative_list()]
            mapping.setdefault(synonym.term, set()).update(words)
            for alternative in synonym.alternative_list():
                mapping.setdefault(alternative, set()).add(synonym.term)
        return {term: sorted(words - {term}) for term, words in mapping.items()}

    return cache.get_or_set(CACHE_KEY, load, 60 * 60)


def drop_cached_synonyms(**kwargs):
    cache.delete(CACHE_KEY)
