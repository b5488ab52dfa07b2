"""Registrations for a masterclass session, and the organisers' emails to participants."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academie.models.fields import account_link
from academie.models.masterclasses.choices import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    UNCONFIRMED_STATUSES,
    ParticipantRole,
    RegistrationStatus,
)


class MasterclassRegistration(models.Model):
    """One person for one session: unconfirmed, confirmed, on the waitlist, cancelled or
    expired; after the session present or not. Anonymised some months later (conf)."""

    Status = RegistrationStatus

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(
        "academie.MasterclassSession",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("bijeenkomst"),
    )
    user = account_link(_("account"), related_name="masterclass_registrations")
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
        db_index=True,
    )
    sequence = models.PositiveIntegerField(
        _("volgnummer"), help_text=_("Volgorde van binnenkomst binnen de bijeenkomst.")
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    municipality = models.CharField(_("gemeente"), max_length=100, blank=True)
    role = models.CharField(
        _("functie"), max_length=20, choices=ParticipantRole.choices, blank=True
    )
    needs = models.TextField(_("toegankelijkheid of dieetwensen"), blank=True)
    workshop_choices = models.JSONField(
        _("gekozen workshops"),
        default=list,
        blank=True,
        help_text=_("Lijst van {round, round_title, workshop, workshop_title}."),
    )
    privacy_consent_at = models.DateTimeField(_("akkoord privacy op"), null=True, blank=True)
    client_key = models.CharField(
        _("netwerksleutel"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_(
            "Een onherleidbare sleutel van het IP-adres, alleen zolang de aanmelding niet "
            "bevestigd is: zo houdt één netwerk niet veel plaatsen vast."
        ),
    )
    confirmation_sent_at = models.DateTimeField(
        _("bevestigingslink verstuurd op"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(_("vervalt zonder bevestiging op"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("e-mailadres bevestigd op"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("van de wachtlijst op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    cancelled_by_organiser = models.BooleanField(_("afgemeld door de organisatie"), default=False)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("aanwezig gemeld op"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd op"), null=True, blank=True)
    thank_you_sent_at = models.DateTimeField(_("bedankmail verstuurd op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding masterclass")
        verbose_name_plural = _("aanmeldingen masterclasses")
        ordering = ["session", "sequence"]
        constraints = [
            # The same email address can be registered once per session (double submits,
            # races); after cancelling or expiring, it may register again.
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=Q(status__in=ACTIVE_STATUSES) & ~Q(email=""),
                name="academie_one_active_registration_per_email",
            ),
            models.UniqueConstraint(
                fields=["session", "sequence"], name="academie_registration_arrival_order"
            ),
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self):
        return f"{self.display_name} · {self.session}"

    @property
    def display_name(self):
        if self.anonymised_at:
            return str(_("(geanonimiseerd)"))
        return self.name or self.email

    @property
    def holds_seat(self):
        return self.status in SEAT_STATUSES

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES

    @property
    def is_unconfirmed(self):
        return self.status in UNCONFIRMED_STATUSES

    def waitlist_position(self):
        """1 for the first on the waitlist (confirmed waitlist entries, in arrival order)."""
        if self.status != RegistrationStatus.WAITLISTED:
            return None
        return (
            MasterclassRegistration.objects.filter(
                session_id=self.session_id,
                status=RegistrationStatus.WAITLISTED,
                sequence__lt=self.sequence,
            ).count()
            + 1
        )

    @property
    def workshop_summary(self):
        return "; ".join(
            f"{choice.get('round_title', '')}: {choice.get('workshop_title', '')}"
            for choice in self.workshop_choices or []
        )

    @property
    def is_no_show(self):
        return (
            self.status == RegistrationStatus.CONFIRMED
            and self.attended is not True
            and self.session.is_past()
        )


class ParticipantMessage(models.Model):
    """An organiser's email to the participants of a session. The form carries a token, so a
    double click on "E-mail versturen" sends the message once."""

    session = models.ForeignKey(
        "academie.MasterclassSession",
        on_delete=models.CASCADE,
        related_name="participant_messages",
        verbose_name=_("bijeenkomst"),
    )
    token = models.UUIDField(unique=True, editable=False)
    audience = models.CharField(_("aan wie"), max_length=20)
    subject = models.CharField(_("onderwerp"), max_length=200)
    recipients = models.PositiveIntegerField(_("aantal ontvangers"), default=0)
    sent_by = account_link(_("verstuurd door"))
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)

    class Meta:
        verbose_name = _("e-mail aan deelnemers")
        verbose_name_plural = _("e-mails aan deelnemers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} · {self.session}"
