"""The "Mijn lijst" of a signed-in visitor: the interventions they keep (anonymous visitors
keep theirs in the session; interventies.services.shortlist holds the rules for both)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ShortlistItem(models.Model):
    """One intervention in one user's "Mijn lijst". Erased with the account (the foreign key
    cascades and academie.services.privacy deletes them explicitly) and part of the user's
    data export."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="shortlist_items",
        verbose_name=_("gebruiker"),
    )
    page = models.ForeignKey(
        "interventies.InterventionPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("interventie"),
    )
    added_at = models.DateTimeField(_("bewaard op"), auto_now_add=True)

    class Meta:
        verbose_name = _("interventie in mijn lijst")
        verbose_name_plural = _("interventies in mijn lijst")
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="one_shortlist_item_per_page")
        ]

    def __str__(self):
        return f"{self.user_id}: {self.page_id}"
