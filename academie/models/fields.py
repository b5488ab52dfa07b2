"""Model fields the academy's records share."""

from django.conf import settings
from django.db import models


def account_link(verbose_name, related_name="+"):
    """A link to a user account that the record outlives: when the account is deleted, the
    link is emptied and the record stays (the academy keeps its numbers)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
    )
