"""Cached lists of taxonomy terms, so facets cost no queries for their options.

The cache entry of a taxonomy is dropped whenever one of its terms is saved or deleted.
"""

import time
from typing import NamedTuple

from django.core.cache import cache

from hub.models import TaxonomyTerm

CACHE_SECONDS = 60 * 60
LOCAL_SECONDS = 10
_local = {}  # model label -> (expires at, terms): saves cache round trips within a process


def _key(model):
    return f"taxonomy-terms:{model._meta.label_lower}"


def for_model(model):
    """All terms of a taxonomy in display order, as light objects (id, slug, name, description).

    Kept for a few seconds in the process and for an hour in the shared cache; a change to a
    term clears both here and the shared cache everywhere (other processes follow within
    LOCAL_SECONDS).
    """
    label = model._meta.label_lower
    memo = _local.get(label)
    if memo is not None and memo[0] > time.monotonic():
        return memo[1]

    def load():
        return [
            Term(pk, slug, name, description)
            for pk, slug, name, description in model.objects.values_list(
                "pk", "slug", "name", "description"
            )
        ]

    terms = cache.get_or_set(_key(model), load, CACHE_SECONDS)
    _local[label] = (time.monotonic() + LOCAL_SECONDS, terms)
    return terms


def clear_local():
    """Forget the in-process copies (tests clear the shared cache between cases; a copy
    left over from the previous case would otherwise expire in the middle of the next one)."""
    _local.clear()


class Term(NamedTuple):
    pk: int
    slug: str
    name: str
    description: str


def ids_for_slugs(model, slugs):
    wanted = set(slugs)
    return [term.pk for term in for_model(model) if term.slug in wanted]


def slug_for_id(model, pk):
    for term in for_model(model):
        if term.pk == pk:
            return term.slug
    return None


TAG_CACHE_SECONDS = 300


def tags_for(through):
    """(slug, name) of every tag used through `through`, alphabetically.

    Cached for a few minutes and dropped when a page is published or unpublished; the counts
    next to the tags are always computed live, so a stale list only affects which tags show.
    """
    from taggit.models import Tag

    def load():
        related_name = through._meta.get_field("tag").remote_field.related_name
        return list(
            Tag.objects.filter(**{f"{related_name}__isnull": False})
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )

    return cache.get_or_set(f"tags:{through._meta.label_lower}", load, TAG_CACHE_SECONDS)


def drop_cached_tags(**kwargs):
    from django.apps import apps
    from taggit.models import TaggedItemBase

    cache.delete_many(
        [
            f"tags:{model._meta.label_lower}"
            for model in apps.get_models()
            if issubclass(model, TaggedItemBase)
        ]
    )


def drop_cached_terms(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, TaxonomyTerm):
        _local.pop(sender._meta.label_lower, None)
        cache.delete(_key(sender))
