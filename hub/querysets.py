"""Query helpers shared by listings."""

import contextvars

from django.db.models import Q
from wagtail.models import PageViewRestriction

# What one request has already looked up (set by hub.ops.middleware.RequestMemoMiddleware).
# Outside a request (tasks, commands) nothing is remembered.
request_memo = contextvars.ContextVar("request_memo", default=None)


def restricted_paths():
    """Paths of the pages with a view restriction (password, login, groups).

    Read from the database once per request, never kept longer: a restriction written by
    any process (a management command, another node, with or without a shared cache) counts
    from the next request on. The table holds a handful of rows; the query is cheap.
    """
    memo = request_memo.get()
    if memo is not None and "restricted_paths" in memo:
        return memo["restricted_paths"]
    paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
    if memo is not None:
        memo["restricted_paths"] = paths
    return paths


def public_filter():
    """Wagtail's `public()` as a filter condition: a page is public when neither it nor any
    of its ancestors has a view restriction. With no restrictions on the site the condition
    is empty, which keeps listing SQL simple. Use as `queryset.filter(public_filter())`.

    (A NOT EXISTS subquery would avoid the lookup, but PostgreSQL may plan it as a nested
    loop that rescans the page table for every row: minutes on a few thousand pages.)
    """
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def forget_restricted_paths(**kwargs):
    """A restriction changed in this request: the rest of the request sees it too."""
    memo = request_memo.get()
    if memo is not None:
        memo.pop("restricted_paths", None)
