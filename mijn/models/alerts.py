"""Alerts ("Houd mij op de hoogte"): the filters of a listing, saved, with a weekly email of
what is new or changed among the pages that match them. The rules live in
mijn/services/alerts.py.

An alert belongs to an account (active at once) or, for a visitor without one, to an email
address (active only after the address is confirmed: double opt-in).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AlertQuerySet(models.QuerySet):
    def active(self):
        return self.filter(confirmed_at__isnull=False)


class Alert(models.Model):
    class Listing(models.TextChoices):
        INTERVENTIONS = "interventies", _("Interventies")
        PRACTICES = "praktijkvoorbeelden", _("Praktijkvoorbeelden")

    # In links (confirm, unsubscribe, delete): never the row id.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alerts",
        verbose_name=_("account"),
    )
    # Only for an alert without an account; an account's alert goes to its own address.
    email = models.EmailField(_("e-mailadres"), blank=True, db_index=True)
    listing = models.CharField(_("lijst"), max_length=30, choices=Listing.choices)
    # What the listing understood of the filters: {"q": "...", "<facet slug>": [values]}.
    params = models.JSONField(_("filters"), default=dict, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    confirm_sent_at = models.DateTimeField(_("bevestigingsmail verstuurd"), null=True, blank=True)
    # The weekly email covers pages published between covered_until and the run's moment;
    # last_period ("2026-W50") is the week already handled, so a retry never sends twice.
    covered_until = models.DateTimeField(_("bijgewerkt tot"), null=True, blank=True)
    last_period = models.CharField(_("laatste week"), max_length=10, blank=True)
    last_sent_at = models.DateTimeField(_("laatste e-mail"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(user__isnull=False, email="") | models.Q(user__isnull=True))
                & ~models.Q(user__isnull=True, email=""),
                name="mijn_alert_user_or_email",
            )
        ]

    def __str__(self):
        return f"{self.get_listing_display()} ({self.pk})"

    @property
    def is_active(self):
        return self.confirmed_at is not None

    @property
    def recipient(self):
        return self.user.email if self.user_id else self.email
