"""Template tags of the figures: the caveat text, the address of the figures page (for the
raadsledentool) and the open-data downloads (for /cijfers/). Each costs at most one query."""

from django import template
from django.urls import reverse

from inzicht import caveat

register = template.Library()


@register.simple_tag
def inzicht_caveat():
    return caveat.caveat()


@register.simple_tag
def figures_page_url():
    """The address of the live figures page (/cijfers/), or "" when there is none."""
    from inzicht.models import FiguresPage

    page = FiguresPage.objects.live().public().first()
    return page.url if page is not None else ""


@register.simple_tag
def open_datasets():
    """Every dataset with its API and CSV address, in one query."""
    from inzicht.models import Dataset

    return [
        {
            "dataset": dataset,
            "api_url": reverse("wagtailapi:cijfers:detail", args=[dataset.slug]),
            "csv_url": reverse("wagtailapi:cijfers:csv", args=[dataset.slug]),
        }
        for dataset in Dataset.objects.order_by("-year", "title")
    ]
