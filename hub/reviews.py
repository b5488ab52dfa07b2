"""Content that is due for review, for the admin's "Te reviewen" panel.

Two kinds of reasons: pages whose `last_reviewed` date is over 12 months old (every page type
with that field), and whatever a page type adds itself through a classmethod
`review_reasons(limit)` returning (page, reason in Dutch, date) triples; interventions list
ratings that have expired or expire within 90 days (interventies.models.interventions).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import get_page_models

REVIEW_INTERVAL = timedelta(days=365)


@dataclass
class ReviewItem:
    page: object
    due: object  # the earliest date among the reasons: the panel lists the oldest first
    reasons: list = field(default_factory=list)


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


def review_items(limit=25):
    """Every page that needs a review, with all its reasons, the earliest due first."""
    items = {}

    def add(page, reason, due):
        item = items.setdefault(page.pk, ReviewItem(page=page, due=due))
        item.reasons.append(reason)
        item.due = min(item.due, due)

    for page in overdue_pages(limit):
        reason = _("Laatst gecontroleerd op %(date)s") % {
            "date": date_format(page.last_reviewed, "j F Y")
        }
        add(page, reason, page.last_reviewed)
    for model in get_page_models():
        if "review_reasons" in model.__dict__:
            for page, reason, due in model.review_reasons(limit):
                add(page, reason, due)
    return sorted(items.values(), key=lambda item: item.due)[:limit]
