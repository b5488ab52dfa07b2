"""The email outbox: every email the site sends is first a row in this table.

A row is written in the same transaction as the change that causes it (a registration, an
enrolment, a sign-up). After commit a Celery task sends it; a periodic sweeper sends what is
still pending. So an email is never lost when the broker is down.

Delivery is at-least-once, with at most one duplicate: a row is marked "wordt verzonden" in
its own transaction before the SMTP conversation, so a worker that dies after the mail
server accepted the message leaves a row that the sweeper sends once more (the possible
duplicate) and, if that attempt is interrupted too, marks failed instead of trying again.

Rows hold personal data and sometimes secrets (the links in account emails), so they do
not stay: account emails lose their text once sent or failed, every other email loses its
text after OUTBOX_BODY_RETENTION_DAYS, and rows go after OUTBOX_RETENTION_DAYS, or together
with the registration or enrolment that caused them (`related`).
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ACCOUNT_CATEGORY_PREFIX = "account:"
# Other emails whose link is a key (confirming an alert activates it for that address): they
# lose their text once sent, as account emails do.
SECRET_LINK_CATEGORIES = ("mijn:melding-bevestigen",)


class OutboundEmailQuerySet(models.QuerySet):
    def related_to(self, *objects):
        """Rows caused by any of `objects` (model instances of one or more models)."""
        condition = models.Q(pk__in=[])
        by_type = {}
        for obj in objects:
            by_type.setdefault(obj._meta.concrete_model, []).append(obj.pk)
        for model, pks in by_type.items():
            condition |= models.Q(
                related_type=ContentType.objects.get_for_model(model), related_id__in=pks
            )
        return self.filter(condition)

    def related_to_queryset(self, queryset):
        """Rows caused by any object in `queryset` (one query, however many objects)."""
        return self.filter(
            related_type=ContentType.objects.get_for_model(queryset.model),
            related_id__in=queryset.values("pk"),
        )


class OutboundEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzending")
        SENDING = "sending", _("Wordt verzonden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    to = models.EmailField(_("aan"))
    subject = models.CharField(_("onderwerp"), max_length=255)
    body_text = models.TextField(_("tekst"), blank=True)
    body_html = models.TextField(_("HTML"), blank=True)
    from_email = models.CharField(_("afzender"), max_length=255, blank=True)
    attachments = models.JSONField(
        _("bijlagen"),
        default=list,
        blank=True,
        help_text=_("Lijst van {filename, content, mimetype}; content is tekst."),
    )
    headers = models.JSONField(
        _("extra kopregels"),
        default=dict,
        blank=True,
        help_text=_("Bijvoorbeeld List-Unsubscribe; naam en waarde zijn één regel tekst."),
    )
    category = models.CharField(_("soort"), max_length=60, blank=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste foutmelding"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, db_index=True)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)
    sending_since = models.DateTimeField(_("verzending gestart"), null=True, blank=True)
    interrupted = models.BooleanField(
        _("verzending onderbroken"),
        default=False,
        help_text=_("Een eerdere poging brak af; deze e-mail is misschien al eens aangekomen."),
    )
    body_purged_at = models.DateTimeField(_("tekst verwijderd op"), null=True, blank=True)
    # What caused this email (a masterclass registration, an enrolment, an account): the
    # email is deleted together with it.
    related_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    related_id = models.PositiveBigIntegerField(null=True, blank=True)
    related = GenericForeignKey("related_type", "related_id")

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["related_type", "related_id"]),
        ]

    def __str__(self):
        return f"{self.subject} → {self.to}"

    @property
    def is_account_email(self):
        """Sign-up, password reset, email verification, two-factor: they carry secret links."""
        return self.category.startswith(ACCOUNT_CATEGORY_PREFIX)

    @property
    def carries_secret_link(self):
        """Account emails and the others whose link works as a key (SECRET_LINK_CATEGORIES)."""
        return self.is_account_email or self.category in SECRET_LINK_CATEGORIES

    def purge_body(self, now=None):
        """Forget the text and attachments; keep who, what, when and how it went."""
        self.body_text = ""
        self.body_html = ""
        self.attachments = []
        self.headers = {}
        self.body_purged_at = now or timezone.now()

    def clean(self):
        if self.status == self.Status.PENDING and self.body_purged_at:
            raise ValidationError(
                {
                    "status": _(
                        "Deze e-mail kan niet opnieuw worden verstuurd: de tekst is al "
                        "verwijderd. Laat de persoon de e-mail opnieuw aanvragen."
                    )
                }
            )
