"""Query helpers shared by listings."""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "restricted-page-paths"


def restricted_paths():
    """Paths of pages with a view restriction (password, login, groups), cached.

    The cache entry is dropped whenever a restriction is added, changed or removed.
    """
    return cache.get_or_set(
        RESTRICTED_PATHS_KEY,
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)),
        60 * 60,
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


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def drop_restricted_paths(**kwargs):
    """Restrictions changed, or a page moved (its path, and its descendants', changed)."""
    cache.delete(RESTRICTED_PATHS_KEY)
