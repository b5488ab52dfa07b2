"""The masterclass pages: the index at /masterclasses/ and a series (a page with its
programme). Their sessions are plain models (academie.models.masterclasses.sessions)."""

from http import HTTPMethod

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from academie.blocks.masterclasses import ProgrammeBlock, workshop_rounds
from academie.models.panels import content_and_setup_tabs
from hub.blocks import BaseContentBlock
from hub.models import Audience, BasePage, PolicyStep, SectionIndexPage
from hub.textsearch.indexing import with_search_keys

# Paths below /masterclasses/ that belong to the links from the emails (academie/urls.py), not
# to a series.
RESERVED_SLUGS = {"bevestigen", "afmelden"}


class MasterclassIndexPage(RoutablePageMixin, SectionIndexPage):
    """/masterclasses/: upcoming sessions of every series (faceted), then past sessions.

    The links from the emails, /masterclasses/bevestigen/<code>/ (double opt-in) and
    /masterclasses/afmelden/<code>/ (cancel, no login needed), are routes of academie/urls.py
    that show their page in this page's context (and accept its POST).
    """

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    subpage_types = ["academie.MasterclassPage"]

    class Meta:
        verbose_name = _("masterclassoverzicht")
        verbose_name_plural = _("masterclassoverzichten")

    @path("")
    def listing(self, request):
        from academie.views import masterclasses as views

        return views.listing(request, self)


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

    search_fields = with_search_keys(
        [
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
    )

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
    edit_handler = content_and_setup_tabs(content_panels, setup_panels)

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

    @classmethod
    def past_for_home(cls, since):
        """Masterclasses whose sessions all took place before `since`: not "new" on the home
        page (HomePage.latest_pages), even when the page was published recently."""
        return cls.objects.filter(sessions__isnull=False).exclude(sessions__date__gte=since)

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
        from academie.views import masterclasses as views

        return views.series(request, self)

    @path("<slug:session_slug>/")
    def session(self, request, session_slug):
        from academie.views import masterclasses as views

        return views.session(request, self, session_slug)

    @path("<slug:session_slug>/aangemeld/")
    def registered(self, request, session_slug):
        from academie.views import masterclasses as views

        return views.registered(request, self, session_slug)

    @path("<slug:session_slug>/agenda/")
    def calendar(self, request, session_slug):
        from academie.views import masterclasses as views

        return views.calendar_file(request, self, session_slug)
