"""Re-ranking the best candidates of a text search, the same way on SQLite and PostgreSQL.

The database backends rank by their own formula (SQLite: BM25 over title and body;
PostgreSQL: ts_rank) and know nothing of what matters here. The first RERANK_DEPTH results
they give are ordered again by, in this order of weight:

1. how many of the query's words the page answers (a page with all words first);
2. words in the title, then in the lead (the first words of the body: intro or summary);
3. the words standing close together (the smallest window that holds one of each), and
   how often they occur (with diminishing returns);
4. the taxonomy: a query word that names a term the page has (ground, domain, step, ...);
5. the backend's own order, to break ties.

Words count by how telling they are (`WordGroup.weight`: a rare word more than a common
one), and a synonym counts half as much as the word itself. The text comes from the search
index itself (one query for all candidates), as search keys, so word forms and compound parts
count as in the search.
"""

import math

from django.contrib.contenttypes.models import ContentType
from wagtail.search.models import IndexEntry

from hub.textsearch import analysis

RERANK_DEPTH = 60
LEAD_WORDS = 60
BODY_WORDS = 1500


def _keys(text, limit=None, lexicon=None):
    """The search keys of the words of `text`; with a lexicon also of their compound parts
    (for titles: "Raadsledentool" answers "raadsleden")."""
    words = analysis.content_words(text)
    if limit:
        words = words[:limit]
    keys = [analysis.key(word) for word in words]
    if lexicon:
        for word in words:
            keys.extend(analysis.key(part) for part in analysis.split_compound(word, lexicon))
    return keys


def split_body(body):
    """(the page's own text, the set of its search keys) from an index entry's body: the
    companion text (hub.textsearch.indexing) comes last, after KEYS_MARK."""
    text, mark, stored = body.rpartition(f" {analysis.KEYS_MARK} ")
    if not mark:
        return body, set()
    words = stored.split()
    return text, set(words) | {analysis.key(word) for word in words}


def _window(positions_per_group):
    """The length of the smallest window holding one position of every group (or None)."""
    if not positions_per_group or any(not positions for positions in positions_per_group):
        return None
    events = sorted(
        (position, group)
        for group, positions in enumerate(positions_per_group)
        for position in positions
    )
    needed = len(positions_per_group)
    counts = {}
    best = None
    left = 0
    for position, group in events:
        counts[group] = counts.get(group, 0) + 1
        while len(counts) == needed:
            width = position - events[left][0] + 1
            best = width if best is None else min(best, width)
            left_group = events[left][1]
            counts[left_group] -= 1
            if not counts[left_group]:
                del counts[left_group]
            left += 1
    return best


def score(groups, title, body, backend_position, boost=0, lexicon=None):
    """How well a page (its index entry's title and body) answers the query's word groups."""
    text, stored_keys = split_body(body)
    title_keys = set(_keys(title, lexicon=lexicon))
    body_keys = _keys(text, BODY_WORDS)
    lead_keys = set(body_keys[:LEAD_WORDS])
    all_keys = title_keys | set(body_keys) | stored_keys
    strength = [group.matches(all_keys) for group in groups]
    matched = [group for group, found in zip(groups, strength, strict=True) if found]
    coverage = sum(group.weight * found for group, found in zip(groups, strength, strict=True))
    in_title = sum(group.weight * group.matches(title_keys) for group in groups)
    in_lead = sum(group.weight * group.matches(lead_keys) for group in groups)

    counts = {}
    for key in body_keys:
        counts[key] = counts.get(key, 0) + 1
    frequency = sum(
        group.weight * min(math.log1p(sum(counts.get(key, 0) for key in group.keys)), 2.5)
        for group in matched
    )
    proximity = 0.0
    if len(matched) > 1:
        width = _window(
            [
                [i for i, key in enumerate(body_keys) if key in group.keys or key in group.parts]
                for group in matched
            ]
        )
        if width is not None:
            proximity = len(matched) / width
    return (
        10.0 * coverage
        + 3.0 * in_title
        + 1.5 * in_lead
        + 2.0 * proximity
        + 1.0 * frequency
        + 3.0 * boost
        + 2.0 / (1 + backend_position)
    )


def rerank(ids, groups, model, boost=None):
    """`ids` (the backend's best first) in the order of `score`. `boost` maps ids to how many
    of the query's words name a taxonomy term the object has (a query "arbeidsmarkt" and the
    domain Arbeidsmarkt)."""
    from hub.textsearch.lexicon import lexicon

    if not groups or len(ids) < 2:
        return list(ids)
    content_types = [
        ct.pk for ct in ContentType.objects.get_for_models(*_models_under(model)).values()
    ]
    entries = index_texts(content_types, ids)
    words = lexicon()
    scored = []
    for position, pk in enumerate(ids):
        title, body = entries.get(pk, ("", ""))
        extra = (boost or {}).get(pk, 0)
        scored.append((-score(groups, title, body, position, extra, words), position, pk))
    return [pk for _score, _position, pk in sorted(scored)]


def index_texts(content_types, ids):
    """{id: (title, body)} as the search index holds them for these objects (one query)."""
    return {
        int(object_id): (title, body)
        for object_id, title, body in IndexEntry.objects.filter(
            content_type_id__in=content_types, object_id__in=[str(pk) for pk in ids]
        ).values_list("object_id", *_TEXT_FIELDS)
    }


def _text_fields():
    """The index entry's plain-text columns: on PostgreSQL `title` and `body` are tsvectors
    (stemmed lexemes with positions), and the text as indexed is kept in `title_text` and
    `body_text`; SQLite and the fallback store the text in `title` and `body` themselves."""
    names = {field.name for field in IndexEntry._meta.get_fields()}
    if {"title_text", "body_text"} <= names:
        return ("title_text", "body_text")
    return ("title", "body")


_TEXT_FIELDS = _text_fields()


def _models_under(model):
    from wagtail.models import Page, get_page_models

    if issubclass(model, Page):
        return [m for m in get_page_models() if issubclass(m, model)] or [model]
    return [model]
