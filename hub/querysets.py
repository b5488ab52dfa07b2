"""Query helpers shared by listings."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_filter():
    """Wagtail's `public()` as one filter condition inside the listing's own query.

    A page is public when neither it nor any of its ancestors has a view restriction
    (password, login, groups): no restriction's page path is a prefix of the page's path.
    The condition is a NOT EXISTS subquery over the (small) restriction table, so it costs
    no query of its own and is never stale: a restriction written by another process, a
    management command or another node counts from the next query on, with or without a
    shared cache. Use as `queryset.filter(public_filter())`.
    """
    restrictions = PageViewRestriction.objects.annotate(prefix_length=Length("page__path")).filter(
        page__path=Substr(OuterRef("path"), 1, F("prefix_length"))
    )
    return ~Exists(restrictions)
