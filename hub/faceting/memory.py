"""An in-memory facet index per listing: ids, sort orders and, per facet value, its ids.

Counting facets in SQL means one aggregate per facet over the whole result set, and every one
of them recomputes the base set; at 10,000 interventions that costs over 100 ms a request. The
index instead loads, once, which page has which facet value (a handful of queries) and then
answers every combination of filters with set intersections in a few milliseconds.

Freshness: the index is rebuilt when the shared "facet index version" in the cache changes
(bumped on every page, taxonomy or view-restriction change, see `bump_version`) and at least
every INDEX_TTL seconds. Visibility never depends on it: the objects shown are always fetched
through the listing's live-and-public base queryset, so a stale index can at worst show a count
that is a little off for a short while, never a draft or private page.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "facet-index-version"
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


def current_version():
    return cache.get(VERSION_KEY, 0)


def increment_counter(key):
    """Add one to a version counter in the shared cache, starting it (without expiry) at 1."""
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)


def _incr_version():
    increment_counter(VERSION_KEY)


def bump_version(**kwargs):
    """Mark every facet index and cached page as outdated (signals connected in hub.apps).

    Bumped at once and again when the transaction commits: the signals fire before the
    commit, so another process could otherwise cache what it still read from the old rows
    (a page that was just restricted, an old title) under the new version.
    """
    _incr_version()
    transaction.on_commit(_incr_version)


def clear():
    _indexes.clear()


def get_index(search):
    key = search.index_key()
    version = current_version()
    index = _indexes.get(key)
    if index is None or index.version != version or time.monotonic() - index.built_at > INDEX_TTL:
        index = build(search, version)
        _indexes[key] = index
    return index


def build(search, version):
    base = search.base_queryset().order_by()
    ids = list(base.order_by("pk").values_list("pk", flat=True))
    orders = {
        sort.value: list(base.order_by(*sort.ordering, "pk").values_list("pk", flat=True))
        for sort in search.sorts
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
    for facet in search.facets:
        by_value = {}
        for pk, value in facet.memberships(base):
            if value is not None:
                by_value.setdefault(value, set()).add(pk)
        index.members[facet.param] = {value: frozenset(pks) for value, pks in by_value.items()}
        index.bits[facet.param] = {value: index.bitmap(pks) for value, pks in by_value.items()}
    return index


_watched = []


def watch(model):
    """Also rebuild facet indexes when objects of `model` change (for listings of non-pages,
    e.g. masterclass sessions). Call from an AppConfig.ready()."""
    _watched.append(model)


def _bump_for(sender, **kwargs):
    from taggit.models import Tag
    from wagtail.models import Page, PageViewRestriction

    from hub.models import TaxonomyTerm

    if isinstance(sender, type) and issubclass(
        sender, (Page, PageViewRestriction, TaxonomyTerm, Tag, *_watched)
    ):
        bump_version()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    post_save.connect(_bump_for, dispatch_uid="facet-index-save")
    post_delete.connect(_bump_for, dispatch_uid="facet-index-delete")
    post_page_move.connect(bump_version, dispatch_uid="facet-index-move")
