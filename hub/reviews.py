"""Content that is due for review: pages whose `last_reviewed` date is over 12 months old."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import get_page_models

REVIEW_INTERVAL = timedelta(days=365)


def reviewable_models():
    return [
        model
        for model in get_page_models()
        if any(field.name == "last_reviewed" for field in model._meta.local_fields)
    ]


def overdue_pages(limit=25):
    """Live pages not reviewed for 12 months, oldest first: (page, last_reviewed) pairs."""
    limit_date = timezone.localdate() - REVIEW_INTERVAL
    found = []
    for model in reviewable_models():
        found.extend(
            model.objects.live()
            .filter(last_reviewed__lt=limit_date)
            .only("id", "title", "last_reviewed", "content_type_id")
            .order_by("last_reviewed")[:limit]
        )
    found.sort(key=lambda page: page.last_reviewed)
    return found[:limit]
