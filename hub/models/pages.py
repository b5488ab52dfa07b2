"""HomePage and ContentPage, and the abstract pages every section builds on (BasePage,
SectionIndexPage)."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from hub import blocks
from hub.textsearch.indexing import SearchKeysMixin, with_search_keys

# "Nieuw op de Kennishub" on the home page: pages first published this many days ago at most.
LATEST_DAYS = 365


class BasePage(SearchKeysMixin, Page):
    """Fields and behaviour every public page of the hub shares.

    `intro` is the short lead shown under the title, in listings and in search results.
    """

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        max_length=600,
        help_text=_("Korte inleiding van maximaal 600 tekens; ook gebruikt in zoekresultaten."),
    )

    search_fields = with_search_keys([*Page.search_fields, index.SearchField("intro")])
    api_fields = []
    # Indexed at the end of save(), not on post_save: modelcluster writes a page's
    # many-to-many relations (taxonomy, tags) after post_save, and a search engine document
    # carries them (hub.searchengine.documents). Deletions still go through post_delete
    # (hub.apps.HubConfig.ready).
    search_auto_update = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        from modelsearch.signal_handlers import post_save_signal_handler

        post_save_signal_handler(self)
        return result

    @property
    def listing_summary(self):
        return self.intro or self.search_description


class PlainLanguageMixin(models.Model):
    """An optional summary "In gewone taal" (easy language) for pages with long text: shown
    first, above the full text, in a section the reader can fold away
    (templates/components/plain_language.html)."""

    plain_summary = models.TextField(
        _("in gewone taal"),
        blank=True,
        max_length=1200,
        help_text=_(
            "Niet verplicht. Een korte uitleg in eenvoudige woorden (taalniveau B1 of lager): "
            "wat is het, voor wie, wat levert het op. Korte zinnen, geen vaktaal. Staat boven "
            "aan de pagina."
        ),
    )

    class Meta:
        abstract = True

    plain_summary_panel = FieldPanel("plain_summary")


class SectionIndexPage(BasePage):
    """The landing page of a section, such as /interventies/ or /academie/: one per site,
    right below the home page, with an explanation (`body`) above the section's listing."""

    body = StreamField(blocks.BaseContentBlock(), verbose_name=_("toelichting"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["hub.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of the site: entry points per user, key figures and the latest content."""

    hero_title = models.CharField(_("hoofdboodschap"), max_length=160, blank=True)
    entry_points = StreamField(
        [("entry_point", blocks.EntryPointBlock())],
        verbose_name=_("ingangen per gebruiker"),
        blank=True,
    )
    key_figures = StreamField(
        [("figure", blocks.KeyFigureBlock())],
        verbose_name=_("kerncijfers"),
        blank=True,
        max_num=4,
    )
    body = StreamField(blocks.BaseContentBlock(), verbose_name=_("inhoud"), blank=True)
    latest_count = models.PositiveSmallIntegerField(
        _("aantal nieuwste items"),
        default=6,
        help_text=_("Hoeveel nieuwe pagina's de homepage toont."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("intro")], heading=_("Kop")),
        FieldPanel("entry_points"),
        FieldPanel("key_figures"),
        FieldPanel("body"),
        FieldPanel("latest_count"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.ContentPage",
        "interventies.InterventionIndexPage",
        "handreikingen.GuideIndexPage",
        "handreikingen.GoodPracticeIndexPage",
        "handreikingen.CouncilToolPage",
        "academie.CourseIndexPage",
        "academie.MasterclassIndexPage",
    ]

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")

    def latest_pages(self):
        """The newest public knowledge pages below the home page, in one query.

        Page types opt in with the class attribute `featured_on_home`; a ContentPage opts in
        per page with its `show_in_latest` field.
        """
        since = timezone.now() - timedelta(days=LATEST_DAYS)
        featured = [
            model for model in get_page_models() if getattr(model, "featured_on_home", False)
        ]
        content_types = ContentType.objects.get_for_models(*featured).values() if featured else []
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(self)
            .filter(Q(content_type__in=list(content_types)) | Q(contentpage__show_in_latest=True))
            # Pages made without publishing (imports, fixtures) have no date: kept.
            .filter(Q(first_published_at__gte=since) | Q(first_published_at__isnull=True))
        )
        # A page type about events (a masterclass) says which of its pages are past: those
        # are not new, however recently they were published.
        for model in featured:
            if hasattr(model, "past_for_home"):
                pages = pages.exclude(pk__in=model.past_for_home(since.date()).values("pk"))
        return pages.order_by("-first_published_at").specific()[: self.latest_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_pages"] = self.latest_pages()
        return context


class ContentPage(BasePage):
    """A general page: about, privacy, accessibility statement, background articles."""

    body = StreamField(blocks.BaseContentBlock(), verbose_name=_("inhoud"), blank=True)
    show_in_latest = models.BooleanField(
        _("tonen bij nieuwste items op de homepage"), default=False
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    subpage_types = ["hub.ContentPage"]
    search_type = ("pagina", _("Overige pagina's"))
    promote_panels = [*Page.promote_panels, FieldPanel("show_in_latest")]
    search_fields = with_search_keys([*BasePage.search_fields, index.SearchField("body")])

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")
