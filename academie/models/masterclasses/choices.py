"""The choices of the masterclasses: regions, formats, roles, and the states of a session and
of a registration (with the groups of states that hold a seat or still count)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    NORTH = "noord", _("Noord")
    NORTH_EAST = "noord-oost", _("Noord-Oost")
    NORTH_WEST = "noord-west", _("Noord-West")
    EAST = "oost", _("Oost")
    MIDDLE = "midden", _("Midden")
    MIDDLE_WEST = "midden-west", _("Midden-West")
    SOUTH_WEST = "zuid-west", _("Zuid-West")
    SOUTH_EAST = "zuid-oost", _("Zuid-Oost")
    NATIONAL = "landelijk", _("Landelijk (online)")


class SessionFormat(models.TextChoices):
    ON_SITE = "op-locatie", _("Op locatie")
    ONLINE = "online", _("Online")


class SessionStatus(models.TextChoices):
    """Derived from the date, the deadline and the seats; never stored."""

    OPEN = "open", _("Open")
    FULL = "vol", _("Vol: wachtlijst")
    CLOSED = "gesloten", _("Gesloten")
    PAST = "geweest", _("Geweest")


class ParticipantRole(models.TextChoices):
    CIVIL_SERVANT = "ambtenaar", _("Beleidsmedewerker of ambtenaar van een gemeente")
    ADMINISTRATOR = "bestuurder", _("Wethouder of burgemeester")
    COUNCIL = "raad", _("Raadslid of griffie")
    ADV = "adv", _("Medewerker van een antidiscriminatievoorziening (ADV)")
    CIVIL_SOCIETY = "maatschappelijk", _("Maatschappelijke organisatie")
    OTHER = "anders", _("Anders")


class RegistrationStatus(models.TextChoices):
    PENDING = "onbevestigd", _("Wacht op bevestiging (plaats vastgehouden)")
    PENDING_WAITLIST = "onbevestigd-wachtlijst", _("Wacht op bevestiging (wachtlijst)")
    CONFIRMED = "aangemeld", _("Aangemeld")
    WAITLISTED = "wachtlijst", _("Op de wachtlijst")
    CANCELLED = "afgemeld", _("Afgemeld")
    EXPIRED = "verlopen", _("Verlopen: niet bevestigd")


# Registrations that hold a seat, and registrations that still count (one per email).
SEAT_STATUSES = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED)
ACTIVE_STATUSES = (
    RegistrationStatus.PENDING,
    RegistrationStatus.PENDING_WAITLIST,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
)
UNCONFIRMED_STATUSES = (RegistrationStatus.PENDING, RegistrationStatus.PENDING_WAITLIST)
