"""The free keywords (trefwoorden) of an intervention: django-taggit tags through this model."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class InterventionTag(TaggedItemBase):
    content_object = ParentalKey(
        "interventies.InterventionPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
