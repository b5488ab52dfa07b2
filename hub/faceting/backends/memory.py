"""The in-memory facet index: results and disjunctive counts from sets and bitmaps.

Counting facets in SQL means one aggregate per facet over the whole result set, and every one
of them recomputes the base set; at 10,000 interventions that costs over 100 ms a request. The
index instead loads, once, which object has which facet value (a handful of queries) and then
answers every combination of filters with set intersections in a few milliseconds.

Freshness: an index is rebuilt when the shared content version changes (hub.versions: every
page, taxonomy or view-restriction change bumps it) and at least every INDEX_TTL seconds.
Visibility never depends on it: the objects shown are always fetched through the listing's
live-and-public base queryset, so a stale index can at worst show a count that is a little off
for a short while, never a draft or private page.
"""

import time
from dataclasses import dataclass

from django.utils.translation import gettext as _

from hub import versions
from hub.faceting import text
from hub.faceting.backends import ResultBackend, Results
from hub.faceting.params import RELEVANCE
from hub.textsearch import analysis

INDEX_TTL = 120
_indexes = {}


@dataclass
class FacetIndex:
    ids: list  # all ids of the base queryset, by primary key
    id_set: frozenset
    orders: dict  # sort value -> ids in that order
    members: dict  # facet param -> {value: frozenset of ids}
    bits: dict  # facet param -> {value: bitmap over positions in `ids`}
    position: dict  # id -> position in `ids`
    version: int
    built_at: float

    @property
    def all_bits(self):
        return (1 << len(self.ids)) - 1

    def bitmap(self, ids):
        """A bitmap (Python int) with a bit set for each of `ids` that is in the index."""
        buffer = bytearray((len(self.ids) + 7) // 8)
        position = self.position
        for pk in ids:
            index = position.get(pk)
            if index is not None:
                buffer[index >> 3] |= 1 << (index & 7)
        return int.from_bytes(buffer, "little")


def clear():
    """Forget every index of this process (tests start each case from scratch)."""
    _indexes.clear()


def get_index(listing):
    key = listing.index_key()
    version = versions.content_version()
    index = _indexes.get(key)
    if index is None or index.version != version or time.monotonic() - index.built_at > INDEX_TTL:
        index = build(listing, version)
        _indexes[key] = index
    return index


def build(listing, version):
    base = listing.base_queryset().order_by()
    ids = list(base.order_by("pk").values_list("pk", flat=True))
    orders = {
        sort.value: list(base.order_by(*sort.ordering, "pk").values_list("pk", flat=True))
        for sort in listing.sorts
    }
    index = FacetIndex(
        ids=ids,
        id_set=frozenset(ids),
        orders=orders,
        members={},
        bits={},
        position={pk: position for position, pk in enumerate(ids)},
        version=version,
        built_at=time.monotonic(),
    )
    for facet in listing.facets:
        by_value = {}
        for pk, value in facet.memberships(base):
            if value is not None:
                by_value.setdefault(value, set()).add(pk)
        index.members[facet.param] = {value: frozenset(pks) for value, pks in by_value.items()}
        index.bits[facet.param] = {value: index.bitmap(pks) for value, pks in by_value.items()}
    return index


def named_options(listing, groups):
    """{facet param: values} whose name the query spells out: the query "horeca en uitgaan"
    names the domain Horeca en uitgaan, "arbeidsmarkt" the domain Arbeidsmarkt."""
    if not groups:
        return {}
    query_keys = set().union(*(group.keys | set(group.parts) for group in groups))
    named = {}
    for facet in listing.facets:
        for option in listing.options(facet):
            label_keys = {analysis.key(word) for word in analysis.content_words(option.label)}
            if label_keys and label_keys <= query_keys:
                named.setdefault(facet.param, set()).add(option.value)
    return named


def taxonomy_boost(listing, index, groups):
    """{id: how many facet values it has whose name the query spells out} (named_options).
    Objects with such a value rank higher (hub.textsearch.ranking)."""
    boost = {}
    for param, values in named_options(listing, groups).items():
        members = index.members.get(param, {})
        for value in values:
            for pk in members.get(value, ()):
                boost[pk] = boost.get(pk, 0) + 1
    return boost


class MemoryIndexBackend(ResultBackend):
    """Results from the facet index plus, for a text query, one search through Wagtail search
    (the database backend or the engine); ranking only for the page shown."""

    def run(self, listing):
        index = get_index(listing)
        notices = []
        text_match = None
        if listing.query:
            text_match = text.TextMatch(
                listing.base_queryset(),
                listing.query,
                expand=listing.expand_query,
                corpus_size=len(index.ids),
                boost=lambda groups: taxonomy_boost(listing, index, groups),
            )
            if text_match.degraded:
                notices.append(
                    _(
                        "De zoekmachine is even niet bereikbaar. We zoeken nu in een eenvoudigere "
                        "index; de volgorde van de resultaten kan afwijken."
                    )
                )
            base_ids = [pk for pk in text_match.ids if pk in index.id_set]
            base = frozenset(base_ids)
        else:
            base_ids, base = None, index.id_set

        matching = base
        selections = [
            frozenset().union(*(index.members[param].get(value, ()) for value in values))
            for param, values in listing.selected.items()
        ]
        for ids in sorted(selections, key=len):
            matching = matching & ids
        if listing.sort == RELEVANCE:
            ordered = text.RankedSlice(matching, text_match)
        else:
            ordered = [pk for pk in index.orders[listing.sort] if pk in matching]
        return Results(
            ordered=ordered,
            counts=self.counts(listing, index, base_ids),
            notices=notices,
            sizes={
                param: {value: len(ids) for value, ids in members.items()}
                for param, members in index.members.items()
            },
            unmatched=text_match.unmatched if text_match is not None else [],
        )

    @staticmethod
    def counts(listing, index, base_ids):
        """Disjunctive counts with bitmaps: one AND and a bit count per facet value."""
        base_bits = index.all_bits if base_ids is None else index.bitmap(base_ids)
        allowed = {}
        for param, values in listing.selected.items():
            bits = 0
            for value in values:
                bits |= index.bits[param].get(value, 0)
            allowed[param] = bits
        counts = {}
        for facet in listing.facets:
            pool = base_bits
            for param, bits in allowed.items():
                if param != facet.param:
                    pool &= bits
            if pool == index.all_bits:
                counts[facet.param] = {v: len(ids) for v, ids in index.members[facet.param].items()}
            else:
                counts[facet.param] = {
                    value: (bits & pool).bit_count()
                    for value, bits in index.bits[facet.param].items()
                }
        return counts
