"""The readability of each live page, stored when it is published (hub.signals), so the
admin report of pages above B1 is one query however many pages there are."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageReadability(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="readability"
    )
    words = models.PositiveIntegerField(_("woorden"))
    douma = models.FloatField(_("Flesch-Douma"), null=True)
    lix = models.FloatField(_("LIX"), null=True)
    level = models.CharField(_("niveau"), max_length=2, blank=True, db_index=True)
    long_sentences = models.PositiveIntegerField(_("lange zinnen"), default=0)
    updated_at = models.DateTimeField(_("berekend op"), default=timezone.now)

    class Meta:
        verbose_name = _("leesbaarheid van een pagina")
        verbose_name_plural = _("leesbaarheid van pagina's")

    def __str__(self):
        return f"{self.page_id}: {self.level or '-'}"
