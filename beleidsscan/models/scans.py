"""A scan: one municipality's answers on one version of the questionnaire, and who may use it.

A scan belongs to whoever holds one of its private links (`ScanAccess`, stored only as a hash)
or to the account that started or kept it. Its state moves concept -> ingediend -> in
behandeling -> advies gegeven; only a concept can be edited. The rules live in
beleidsscan/services/.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScanStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    SUBMITTED = "ingediend", _("Ingediend voor toetsing")
    IN_REVIEW = "in-behandeling", _("In behandeling")
    ADVISED = "advies-gegeven", _("Advies gegeven")


class ScanRole(models.TextChoices):
    POLICY_OFFICER = "beleidsmedewerker", _("Beleidsmedewerker of ambtenaar")
    ADV_STAFF = "adv-medewerker", _("Medewerker antidiscriminatievoorziening")
    EXECUTIVE = "bestuurder", _("Wethouder of burgemeester")
    COUNCIL = "raadslid", _("Raadslid of griffie")
    OTHER = "anders", _("Anders")


class ScanQuerySet(models.QuerySet):
    def locked(self):
        """Lock the scan rows only (OF self): PostgreSQL refuses FOR UPDATE on the nullable
        side of an outer join, and related rows need no lock."""
        return self.select_for_update(of=("self",))


class Scan(models.Model):
    # In URLs and links: never the row id. Knowing it gives no access (see ScanAccess).
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    version = models.ForeignKey(
        "beleidsscan.QuestionnaireVersion",
        verbose_name=_("versie van de vragenlijst"),
        on_delete=models.PROTECT,
        related_name="scans",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="policy_scans",
    )
    municipality = models.ForeignKey(
        "inzicht.Area",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The size class when the scan was started (from the municipality's inhabitants).
    size = models.ForeignKey(
        "hub.MunicipalitySize",
        verbose_name=_("grootteklasse"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(_("rol"), max_length=30, choices=ScanRole.choices)
    focus_domains = models.ManyToManyField(
        "hub.Domain", verbose_name=_("terreinen"), blank=True, related_name="+"
    )
    focus_grounds = models.ManyToManyField(
        "hub.DiscriminationGround", verbose_name=_("gronden"), blank=True, related_name="+"
    )
    # {question key: answer} with answers from AnswerChoice; checked against the version.
    answers = models.JSONField(_("antwoorden"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ScanStatus.choices, default=ScanStatus.CONCEPT
    )
    # The scan this one continues ("nieuwe versie"): the baseline for the progress per step.
    previous = models.ForeignKey(
        "self",
        verbose_name=_("vorige scan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A confirmed address (double opt-in): for the private link, the review advice and the
    # warning before deletion.
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_confirmed_at = models.DateTimeField(_("e-mailadres bevestigd"), null=True, blank=True)
    created_at = models.DateTimeField(_("gestart"), default=timezone.now)
    finished_at = models.DateTimeField(_("afgerond"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("laatst gebruikt"), default=timezone.now)
    retention_warned_at = models.DateTimeField(
        _("waarschuwing verwijderen verstuurd"), null=True, blank=True
    )
    # Review ("laten toetsen").
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    submission_note = models.TextField(_("toelichting bij het indienen"), blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toetser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_policy_scans",
    )
    review_started_at = models.DateTimeField(_("in behandeling sinds"), null=True, blank=True)
    advice = models.TextField(_("advies"), blank=True)
    advised_at = models.DateTimeField(_("advies gegeven op"), null=True, blank=True)

    objects = ScanQuerySet.as_manager()

    class Meta:
        verbose_name = _("beleidsscan")
        verbose_name_plural = _("beleidsscans")
        ordering = ["-created_at"]
        permissions = [
            ("review_scan", _("Kan beleidsscans toetsen")),
            ("view_scan_overview", _("Kan het totaalbeeld van de beleidsscans zien")),
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="beleidsscan_queue"),
            models.Index(fields=["last_activity_at"], name="beleidsscan_activity"),
        ]

    def __str__(self):
        return _("Beleidsscan %(municipality)s (%(date)s)") % {
            "municipality": self.municipality.name,
            "date": timezone.localtime(self.created_at).date().isoformat(),
        }

    @property
    def is_editable(self):
        return self.status == ScanStatus.CONCEPT

    @property
    def is_finished(self):
        return self.finished_at is not None


class ScanAccess(models.Model):
    """A private link to a scan. Only the SHA-256 of its secret is stored: the link is shown
    once (and emailed on request); revoking it makes it stop working at once."""

    class Kind(models.TextChoices):
        OWNER = "eigenaar", _("Eigenaar")
        EDITOR = "bewerker", _("Mag invullen (gedeelde link)")

    scan = models.ForeignKey(Scan, on_delete=models.CASCADE, related_name="accesses")
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    label = models.CharField(_("omschrijving"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("link naar een beleidsscan")
        verbose_name_plural = _("links naar beleidsscans")
        ordering = ["created_at"]

    def __str__(self):
        return self.label or self.get_kind_display()

    @property
    def is_active(self):
        return self.revoked_at is None
