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

Words count by how telling they are (`WordGroup.weight`: a rare word more than a common one).

The text comes from the search index itself (one query for all candidates), as search keys,
so word forms and compound parts count as in the search.
"""

import math

from django.contrib.contenttypes.models import ContentType
from wagtail.search.models import IndexEntry

from hub.textsearch import analysis

RERANK_DEPTH = 60
LEAD_WORDS = 60
BODY_WORDS = 1500


def _keys(text, limit=None):
    words = analysis.content_words(text)
    if limit:
        words = words[:limit]
    return [analysis.key(word) for word in words]


def _window(positions_per_group):
    """The length of the smallest window holding one position of every group (or None)."""
    events = sorted(
        (position, group)
        for group, positions in enumerate(positions_per_group)
        for position in positions
    )
    if not events or any(not positions for positions in positions_per_group):
        return None
    needed = len(positions_per_group)
    counts = {}
    best = None
    left = 0
    for position, group in events:
        counts[group] = counts.get(group, 0) + 1
        while len(counts) == needed:
            start = events[left][0]
            width = position - start + 1
            best = width if best is None else min(best, width)
            left_group = events[left][1]
            counts[left_group] -= 1
            if not counts[left_group]:
                del counts[left_group]
            left += 1
    return best


def score(groups, title, body, backend_position, boost=0):
    title_keys = set(_keys(title))
    body_keys = _keys(body, BODY_WORDS)
    lead_keys = set(body_keys[:LEAD_WORDS])
    all_keys = title_keys | set(body_keys)
    matched = [group for group in groups if group.matches(all_keys)]
    in_title = sum(group.weight for group in groups if group.matches(title_keys))
    in_lead = sum(group.weight for group in groups if group.matches(lead_keys))
    counts = {}
    for key in body_keys:
        counts[key] = counts.get(key, 0) + 1
    frequency = sum(
        group.weight * min(math.log1p(sum(counts.get(key, 0) for key in group.keys)), 2.5)
        for group in matched
    )
    proximity = 0.0
    if len(matched) > 1:
        positions = [
            [i for i, key in enumerate(body_keys) if key in group.keys or key in group.parts]
            for group in matched
        ]
        width = _window(positions)
        if width is not None:
            proximity = len(matched) / width
    return (
        10.0 * sum(group.weight for group in matched)
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
    if len(groups) == 0 or len(ids) < 2:
        return list(ids)
    content_types = [
        ct.pk for ct in ContentType.objects.get_for_models(*_models_under(model)).values()
    ]
    entries = {
        int(object_id): (title, body)
        for object_id, title, body in IndexEntry.objects.filter(
            content_type_id__in=content_types, object_id__in=[str(pk) for pk in ids]
        ).values_list("object_id", "title", "body")
    }
    scored = []
    for position, pk in enumerate(ids):
        title, body = entries.get(pk, ("", ""))
        extra = (boost or {}).get(pk, 0)
        scored.append((-score(groups, title, body, position, extra), position, pk))
    return [pk for _score, _position, pk in sorted(scored)]


def _models_under(model):
    from wagtail.models import Page, get_page_models

    if issubclass(model, Page):
        return [m for m in get_page_models() if issubclass(m, model)] or [model]
    return [model]
