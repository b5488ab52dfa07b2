"""Query helpers shared by listings."""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction


def public_filter():
    """Wagtail's `public()` as one SQL condition instead of an extra query.

    A page is public when neither it nor any of its ancestors has a view restriction
    (password, login or groups). Use as `queryset.filter(public_filter())`.
    """
    restricted = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return ~Exists(restricted)
