"""Editor-managed search synonyms and the log of searches that found nothing."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchSynonym(models.Model):
    """Words that should also find each other, e.g. "woningmarkt" also finds "wonen"."""

    term = models.CharField(
        _("zoekwoord"),
        max_length=60,
        unique=True,
        help_text=_("Eén woord in kleine letters, zoals 'woningmarkt'."),
    )
    alternatives = models.CharField(
        _("vindt ook"),
        max_length=500,
        help_text=_("Woorden gescheiden door komma's, zoals 'wonen, woning, huur'."),
    )

    panels = [FieldPanel("term"), FieldPanel("alternatives")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")

    def __str__(self):
        return f"{self.term} → {self.alternatives}"

    def save(self, *args, **kwargs):
        self.term = self.term.strip().lower()
        self.alternatives = ", ".join(self.alternative_list())
        super().save(*args, **kwargs)

    def alternative_list(self):
        return [word.strip().lower() for word in self.alternatives.split(",") if word.strip()]


class ZeroResultQuery(models.Model):
    """A search on /zoeken/ that found nothing: editors use this list to fill gaps."""

    query = models.CharField(_("zoekvraag"), max_length=200, unique=True)
    count = models.PositiveIntegerField(_("aantal keer"), default=1)
    first_searched = models.DateTimeField(_("eerste keer"), default=timezone.now)
    last_searched = models.DateTimeField(_("laatste keer"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-last_searched"]
        verbose_name = _("zoekvraag zonder resultaat")
        verbose_name_plural = _("zoekvragen zonder resultaat")

    def __str__(self):
        return self.query


class SearchIndexBacklog(models.Model):
    """An object whose search-engine document may be stale: the engine could not be reached
    when it was saved or deleted (hub.searchengine). The periodic sweep
    `hub.tasks.retry_search_index` indexes it again and deletes the row."""

    app_label = models.CharField(max_length=100)
    model_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    failed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["app_label", "model_name", "object_pk"], name="search_backlog_unique"
            )
        ]
        verbose_name = _("achterstand zoekindex")
        verbose_name_plural = _("achterstand zoekindex")

    def __str__(self):
        return f"{self.app_label}.{self.model_name} {self.object_pk}"
