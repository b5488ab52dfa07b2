"""Sessions: one edition of a masterclass series in one region (date, times, venue, capacity,
deadline), with the seats its registrations hold.

Sessions and registrations are plain models, not page content: capacity, registrations and
attendance are operational data that must not travel with page revisions. Organisers manage
them in the admin (academie/manage/); every change to seats goes through the locked services
(academie/services/seats.py and registration.py).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from academie import conf
from academie.models.masterclasses.choices import (
    SEAT_STATUSES,
    Region,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
)
from academie.models.masterclasses.pages import MasterclassPage
from academie.models.masterclasses.registrations import MasterclassRegistration
from hub.textsearch.indexing import SearchKeysMixin, with_search_keys

AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # sessions are held, and shown, in Dutch time


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


class MasterclassSession(SearchKeysMixin, index.Indexed, models.Model):
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

    search_fields = with_search_keys(
        [
            index.SearchField("city", boost=3),
            index.AutocompleteField("city"),
            index.SearchField("venue_name"),
            index.SearchField("street_address"),
            index.SearchField("region_label"),
            index.RelatedFields("page", [index.SearchField("title"), index.SearchField("intro")]),
            index.FilterField("date"),
        ]
    )

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
