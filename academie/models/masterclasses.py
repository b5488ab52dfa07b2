"""Masterclasses: a series (a page with its programme) held as sessions in several regions,
and the registrations for each session.

Sessions and registrations are plain models, not page content: capacity, registrations and
attendance are operational data that must not travel with page revisions. Organisers manage
them in the admin (academie/masterclass_admin.py); every change to seats goes through the
locked service in academie/services/registration.py.
"""

import uuid
from datetime import datetime, timedelta
from http import HTTPMethod
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from academie import conf
from academie.blocks.masterclasses import ProgrammeBlock, workshop_rounds
from hub.blocks import BaseContentBlock
from hub.models import Audience, BasePage, PolicyStep

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Paths below /masterclasses/ that belong to the index page's own routes, not to a series.
RESERVED_SLUGS = {"bevestigen", "afmelden"}


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


# --------------------------------------------------------------------------- pages


class MasterclassIndexPage(RoutablePageMixin, BasePage):
    """/masterclasses/: upcoming sessions of every series (faceted), then past sessions.

    Also answers the links from the emails: /masterclasses/bevestigen/<code>/ (double
    opt-in) and /masterclasses/afmelden/<code>/ (cancel, no login needed).
    """

    body = StreamField(BaseContentBlock(), verbose_name=_("toelichting"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["academie.MasterclassPage"]
    max_count = 1

    class Meta:
        verbose_name = _("masterclassoverzicht")
        verbose_name_plural = _("masterclassoverzichten")

    @path("")
    def listing(self, request):
        from academie import masterclass_views

        return masterclass_views.listing(request, self)

    @path("bevestigen/<str:token>/")
    def confirm(self, request, token):
        from academie import masterclass_views

        return masterclass_views.confirm(request, self, token)

    @path("afmelden/<str:token>/")
    def cancel(self, request, token):
        from academie import masterclass_views

        return masterclass_views.cancel(request, self, token)


class MasterclassPage(RoutablePageMixin, BasePage):
    """A masterclass series: what it is, for whom, the timed programme, and its sessions."""

    learning_goals = RichTextField(
        _("wat leert u?"),
        features=["ul", "ol", "bold", "italic", "link"],
        blank=True,
        help_text=_("Wat neemt de deelnemer mee naar huis? Het liefst als opsomming."),
    )
    description = StreamField(
        BaseContentBlock(), verbose_name=_("over deze masterclass"), blank=True
    )
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programma"), blank=True)
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("doelgroepen"))
    policy_steps = ParentalManyToManyField(
        PolicyStep,
        blank=True,
        verbose_name=_("thema's (beleidsstappen)"),
        help_text=_("Over welke stappen van lokaal beleid gaat de masterclass?"),
    )
    organiser = models.CharField(
        _("organisatie"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: Movisie, in opdracht van het ministerie van BZK."),
    )
    is_example = models.BooleanField(
        _("voorbeeldinhoud"),
        default=False,
        help_text=_("Verzonnen inhoud om de site te laten zien."),
    )

    featured_on_home = True
    search_type = ("masterclass", _("Masterclasses"))  # a kind of result in /zoeken/
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("learning_goals"),
        index.SearchField("description"),
        index.SearchField("programme"),
        index.SearchField("organiser"),
        index.SearchField("session_places"),
        index.RelatedFields("audiences", [index.SearchField("name")]),
        index.RelatedFields("policy_steps", [index.SearchField("name")]),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        FieldPanel("description"),
        FieldPanel("programme"),
        HelpPanel(
            content=_(
                "<p>De bijeenkomsten per regio (datum, plaats, aantal plaatsen) en de "
                "aanmeldingen beheert u onder <strong>Academie → Masterclass-bijeenkomsten"
                "</strong>.</p>"
            ),
            heading=_("Bijeenkomsten"),
        ),
    ]
    setup_panels = [
        FieldPanel("organiser"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("policy_steps", widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_example"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(setup_panels, heading=_("Opzet")),
            ObjectList(Page.promote_panels, heading=_("Vindbaarheid")),
            ObjectList(Page.settings_panels, heading=_("Publicatie")),
        ]
    )

    parent_page_types = ["academie.MasterclassIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("masterclass (reeks)")
        verbose_name_plural = _("masterclasses")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("Dit webadres is al in gebruik door de masterclasses; kies een ander.")}
            )

    @property
    def listing_summary(self):
        return self.intro

    def session_places(self):
        """Cities and venues of the sessions, so the site search finds "Deventer"."""
        if not self.pk:
            return ""
        return " ".join(
            f"{city} {venue}"
            for city, venue in self.sessions.values_list("city", "venue_name").order_by("pk")
        )

    def workshop_rounds(self):
        return workshop_rounds(self.programme)

    @path("")
    def series(self, request):
        from academie import masterclass_views

        return masterclass_views.series(request, self)

    @path("<slug:session_slug>/")
    def session(self, request, session_slug):
        from academie import masterclass_views

        return masterclass_views.session(request, self, session_slug)

    @path("<slug:session_slug>/aangemeld/")
    def registered(self, request, session_slug):
        from academie import masterclass_views

        return masterclass_views.registered(request, self, session_slug)

    @path("<slug:session_slug>/agenda/")
    def calendar(self, request, session_slug):
        from academie import masterclass_views

        return masterclass_views.calendar_file(request, self, session_slug)


# --------------------------------------------------------------------------- sessions


class MasterclassSessionQuerySet(models.QuerySet):
    def upcoming(self, today=None):
        return self.filter(date__gte=today or timezone.localdate())

    def past(self, today=None):
        return self.filter(date__lt=today or timezone.localdate())

    def with_counts(self):
        return self.annotate(
            n_seats_taken=Count("registrations", filter=Q(registrations__status__in=SEAT_STATUSES)),
            n_confirmed=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
            ),
            n_waitlist=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.WAITLISTED),
            ),
            n_attended=Count("registrations", filter=Q(registrations__attended=True)),
        )


class MasterclassSessionForm(WagtailAdminModelForm):
    """Capacity is set when a session is made; later changes go through "Capaciteit
    aanpassen", which moves the waitlist up in the same locked transaction."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields.pop("capacity", None)


class MasterclassSession(index.Indexed, models.Model):
    """One edition of a series in one region: date, times, venue, capacity, deadline."""

    page = models.ForeignKey(
        MasterclassPage,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("masterclass"),
    )
    slug = models.SlugField(
        _("webadres"),
        max_length=80,
        blank=True,
        help_text=_("Leeg laten: wordt gemaakt van plaats en datum, bijvoorbeeld goes-2027-03-09."),
    )
    region = models.CharField(_("regio"), max_length=20, choices=Region.choices, db_index=True)
    session_format = models.CharField(
        _("vorm"), max_length=12, choices=SessionFormat.choices, default=SessionFormat.ON_SITE
    )
    date = models.DateField(_("datum"), db_index=True)
    start_time = models.TimeField(_("begintijd"))
    end_time = models.TimeField(_("eindtijd"))
    venue_name = models.CharField(
        _("locatie"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: Raadszaal van het gemeentehuis."),
    )
    street_address = models.CharField(_("adres"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("plaats"), max_length=100)
    online_url = models.URLField(
        _("link naar de online bijeenkomst"),
        blank=True,
        help_text=_("Alleen aangemelde deelnemers krijgen deze link, in hun e-mails."),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), validators=[MinValueValidator(1)], default=40
    )
    registration_deadline = models.DateTimeField(
        _("aanmelden kan tot"),
        null=True,
        blank=True,
        help_text=_("Leeg laten: aanmelden kan tot de bijeenkomst begint."),
    )
    registration_closed = models.BooleanField(
        _("aanmelding gesloten"),
        default=False,
        help_text=_("Sluit de aanmelding nu, ook als er nog plaatsen zijn."),
    )
    notes = models.TextField(
        _("praktische informatie"),
        blank=True,
        help_text=_("Bijvoorbeeld over parkeren, de ingang of het openbaar vervoer."),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("presentatie (slides)"),
        help_text=_("Gaat mee in de bedankmail na afloop."),
    )
    evaluation_url = models.URLField(
        _("link naar de evaluatie"), blank=True, help_text=_("Gaat mee in de bedankmail.")
    )
    is_example = models.BooleanField(_("voorbeeldinhoud"), default=False)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    thank_you_sent_at = models.DateTimeField(_("bedankmail verstuurd op"), null=True, blank=True)

    objects = MasterclassSessionQuerySet.as_manager()

    search_fields = [
        index.SearchField("city", boost=3),
        index.AutocompleteField("city"),
        index.SearchField("venue_name"),
        index.SearchField("street_address"),
        index.SearchField("region_label"),
        index.RelatedFields("page", [index.SearchField("title"), index.SearchField("intro")]),
        index.FilterField("date"),
    ]

    base_form_class = MasterclassSessionForm
    panels = [
        FieldPanel("page"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("session_format")]),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("online_url"),
                FieldPanel("notes"),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_deadline"),
                FieldPanel("registration_closed"),
            ],
            heading=_("Aanmelden"),
        ),
        MultiFieldPanel(
            [FieldPanel("slides"), FieldPanel("evaluation_url")], heading=_("Na afloop")
        ),
        FieldPanel("slug"),
        FieldPanel("is_example"),
    ]

    class Meta:
        verbose_name = _("masterclass-bijeenkomst")
        verbose_name_plural = _("masterclass-bijeenkomsten")
        ordering = ["date", "start_time", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "slug"], name="academie_session_slug_per_page")
        ]

    def __str__(self):
        title = self.page.title if self.page_id else ""
        return f"{title} · {self.city} · {self.date:%d-%m-%Y}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("De eindtijd moet na de begintijd liggen.")
        if self.registration_deadline and self.date and self.start_time:
            if self.registration_deadline > self.starts_at:
                errors["registration_deadline"] = _(
                    "De aanmelding moet sluiten voordat de bijeenkomst begint."
                )
        if self.session_format == SessionFormat.ON_SITE and not self.street_address:
            errors["street_address"] = _("Vul het adres in van een bijeenkomst op locatie.")
        if errors:
            raise ValidationError(errors)

    def unique_slug(self):
        base = slugify(f"{self.city}-{self.date:%Y-%m-%d}")[:70] or "bijeenkomst"
        slug, number = base, 2
        siblings = MasterclassSession.objects.filter(page_id=self.page_id).exclude(pk=self.pk)
        while siblings.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    # ------------------------------------------------------------------ time

    @property
    def starts_at(self):
        return datetime.combine(self.date, self.start_time, tzinfo=AMSTERDAM)

    @property
    def ends_at(self):
        return datetime.combine(self.date, self.end_time, tzinfo=AMSTERDAM)

    @property
    def deadline(self):
        """When registration closes: the deadline, or else the start of the session."""
        return self.registration_deadline or self.starts_at

    def is_past(self, now=None):
        return (now or timezone.now()) >= self.ends_at

    def has_started(self, now=None):
        return (now or timezone.now()) >= self.starts_at

    def region_label(self):
        return self.get_region_display()

    @property
    def is_online(self):
        return self.session_format == SessionFormat.ONLINE

    @property
    def location_line(self):
        if self.is_online:
            return str(_("Online"))
        parts = [self.venue_name, self.street_address, f"{self.postcode} {self.city}".strip()]
        return ", ".join(part for part in parts if part)

    # ------------------------------------------------------------------ seats

    @cached_property
    def seats_taken(self):
        """Seats held by confirmed and (not yet expired) unconfirmed registrations."""
        if hasattr(self, "n_seats_taken"):
            return self.n_seats_taken
        return self.registrations.filter(status__in=SEAT_STATUSES).count()

    @property
    def seats_left(self):
        return max(0, self.capacity - self.seats_taken)

    def status(self, now=None):
        now = now or timezone.now()
        if self.is_past(now):
            return SessionStatus.PAST
        page_live = self.page.live if self.page_id else False
        if not page_live or self.registration_closed or now >= self.deadline:
            return SessionStatus.CLOSED
        if self.seats_left <= 0:
            return SessionStatus.FULL
        return SessionStatus.OPEN

    def is_almost_full(self, now=None):
        return (
            self.status(now) == SessionStatus.OPEN and self.seats_left <= conf.almost_full_seats()
        )

    def availability(self, now=None):
        """What the listing shows: the status, with "bijna vol" for nearly full sessions."""
        status = self.status(now)
        if status == SessionStatus.OPEN and self.is_almost_full(now):
            return "bijna-vol", _("Bijna vol")
        return status.value, status.label

    def accepts_registrations(self, now=None):
        return self.status(now) in (SessionStatus.OPEN, SessionStatus.FULL)

    # ------------------------------------------------------------------ URLs

    def get_url(self, request=None):
        page_url = self.page.get_url(request)
        return f"{page_url}{self.slug}/" if page_url else ""

    @property
    def url(self):
        return self.get_url()

    def get_calendar_url(self):
        return f"{self.url}agenda/"

    def get_registered_url(self):
        return f"{self.url}aangemeld/"


def attach_counts(sessions):
    """Give each session its seat count in one query (for listings)."""
    sessions = list(sessions)
    if not sessions:
        return sessions
    counts = dict(
        MasterclassRegistration.objects.filter(
            session__in=[s.pk for s in sessions], status__in=SEAT_STATUSES
        )
        .values("session")
        .annotate(n=Count("pk"))
        .values_list("session", "n")
    )
    for session in sessions:
        session.__dict__["seats_taken"] = counts.get(session.pk, 0)
    return sessions


# --------------------------------------------------------------------------- registrations


class MasterclassRegistration(models.Model):
    """One person for one session: unconfirmed, confirmed, on the waitlist, cancelled or
    expired; after the session present or not. Anonymised some months later (conf)."""

    Status = RegistrationStatus

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(
        MasterclassSession,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("bijeenkomst"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="masterclass_registrations",
        verbose_name=_("account"),
    )
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
        MasterclassSession,
        on_delete=models.CASCADE,
        related_name="participant_messages",
        verbose_name=_("bijeenkomst"),
    )
    token = models.UUIDField(unique=True, editable=False)
    audience = models.CharField(_("aan wie"), max_length=20)
    subject = models.CharField(_("onderwerp"), max_length=200)
    recipients = models.PositiveIntegerField(_("aantal ontvangers"), default=0)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verstuurd door"),
    )
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)

    class Meta:
        verbose_name = _("e-mail aan deelnemers")
        verbose_name_plural = _("e-mails aan deelnemers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} · {self.session}"


def reminder_window():
    return timedelta(hours=conf.reminder_hours())
