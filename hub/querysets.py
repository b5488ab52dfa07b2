"""Query helpers shared by listings."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from hub.faceting import memory

RESTRICTED_PATHS_KEY = "restricted-page-paths"
# A safety net only: every change below drops the entry at once.
RESTRICTED_PATHS_SECONDS = 5 * 60


def _restricted_paths_key():
    """Tied to the shared content version, which every page and restriction change bumps."""
    return f"{RESTRICTED_PATHS_KEY}:{memory.current_version()}"


def restricted_paths():
    """Paths of pages with a view restriction (password, login, groups), cached.

    The entry lives in the shared cache (CACHE_URL), keyed by the content version, and is
    dropped whenever a restriction is added, changed or removed, right away and again when
    that transaction commits: a request in another process that read the old restrictions
    in between cannot keep them cached.
    """
    return cache.get_or_set(
        _restricted_paths_key(),
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)),
        RESTRICTED_PATHS_SECONDS,
    )


def public_filter():
    """Wagtail's `public()` as a filter condition that needs no query in the common case.

    A page is public when neither it nor any of its ancestors has a view restriction. With
    no restrictions on the site the condition is empty, which keeps listing SQL simple.
    Use as `queryset.filter(public_filter())`.
    """
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def _drop():
    cache.delete(_restricted_paths_key())


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def drop_restricted_paths(**kwargs):
    """Restrictions changed, or a page moved (its path, and its descendants', changed)."""
    _drop()
    transaction.on_commit(_drop)
