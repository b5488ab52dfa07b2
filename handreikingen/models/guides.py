"""Handreikingen: guides with chapters (child pages) along the six policy steps."""

import hashlib

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES, BaseContentBlock, DownloadBlock
from hub.models import (
    Audience,
    BasePage,
    DiscriminationGround,
    Domain,
    PlainLanguageMixin,
    PolicyStep,
)
from hub.querysets import public_filter
from hub.textsearch.indexing import with_search_keys

# Raise when the guide PDF itself changes (its template or WeasyPrint options), so stored PDFs
# are made again: 2 = PDF/UA (tagged, title, language, bookmarks; issue 19, point 4).
PDF_LAYOUT = 2


class GuideIndexPage(BasePage):
    """/handreikingen/: all guides."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["handreikingen.GuidePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht handreikingen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = (
            GuidePage.objects.child_of(self)
            .live()
            .filter(public_filter())
            .prefetch_related("audiences")
            .order_by("-revised_on", "title")
        )
        return context


class GuidePage(RoutablePageMixin, PlainLanguageMixin, BasePage):
    """A guide (handreiking); its chapters are GuideChapterPage children, in tree order."""

    body = StreamField(BaseContentBlock(), verbose_name=_("inleiding en uitleg"), blank=True)
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("voor wie"))
    domains = ParentalManyToManyField(Domain, blank=True, verbose_name=_("domeinen"))
    grounds = ParentalManyToManyField(
        DiscriminationGround, blank=True, verbose_name=_("discriminatiegronden")
    )
    published_on = models.DateField(_("verschenen op"), null=True, blank=True)
    revised_on = models.DateField(_("laatst herzien op"), null=True, blank=True)
    last_reviewed = models.DateField(
        _("laatst inhoudelijk gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("Na 12 maanden verschijnt de handreiking in 'Te reviewen'."),
    )
    downloads = StreamField(
        [("download", DownloadBlock())],
        verbose_name=_("downloads"),
        blank=True,
    )
    is_example = models.BooleanField(_("voorbeeldinhoud"), default=False)

    featured_on_home = True
    search_type = ("handreiking", _("Handreikingen"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("plain_summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
                FieldPanel("grounds", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        FieldRowPanel(
            [FieldPanel("published_on"), FieldPanel("revised_on"), FieldPanel("last_reviewed")]
        ),
        FieldPanel("downloads"),
        FieldPanel("is_example"),
    ]
    search_fields = with_search_keys([*BasePage.search_fields, index.SearchField("body")])
    parent_page_types = ["handreikingen.GuideIndexPage"]
    subpage_types = ["handreikingen.GuideChapterPage"]

    class Meta:
        verbose_name = _("handreiking")
        verbose_name_plural = _("handreikingen")

    def chapters(self):
        return (
            GuideChapterPage.objects.child_of(self)
            .live()
            .filter(public_filter())
            .select_related("step")
        )

    def pdf_version(self):
        """Changes whenever what the PDF shows changes: the guide or a chapter published
        again, a chapter added, unpublished or moved, and a view restriction set on or taken
        off a chapter (the PDF holds the live, public chapters only)."""
        visible = list(self.chapters().order_by("path").values_list("pk", "live_revision_id"))
        state = [self.live_revision_id or 0, visible, PDF_LAYOUT]
        return hashlib.sha256(repr(state).encode()).hexdigest()[:16]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = list(self.chapters())
        return context

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        from handreikingen.views.guides import guide_pdf

        return guide_pdf(request, self)


class GuideChapterPage(PlainLanguageMixin, BasePage):
    """One chapter of a guide. A chapter about a policy step lists what to do, questions to
    ask, pitfalls and the interventions for that step."""

    step = models.ForeignKey(
        PolicyStep,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guide_chapters",
        verbose_name=_("beleidsstap"),
    )
    what_to_do = RichTextField(_("wat te doen"), features=RICH_TEXT_FEATURES, blank=True)
    questions = StreamField(
        [("question", blocks.CharBlock(label=_("Vraag"), max_length=300))],
        verbose_name=_("vragen om te stellen"),
        blank=True,
    )
    pitfalls = StreamField(
        [("pitfall", blocks.CharBlock(label=_("Valkuil"), max_length=300))],
        verbose_name=_("valkuilen"),
        blank=True,
    )
    body = StreamField(BaseContentBlock(), verbose_name=_("inhoud"), blank=True)
    interventions = ParentalManyToManyField(
        "interventies.InterventionPage",
        blank=True,
        related_name="guide_chapters",
        verbose_name=_("aanbevolen interventies"),
        help_text=_("Leeg laten: dan tonen we de sterkst onderbouwde interventies voor deze stap."),
    )

    search_type = ("hoofdstuk", _("Hoofdstukken van handreikingen"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("step"),
        FieldPanel("intro"),
        FieldPanel("plain_summary"),
        FieldPanel("what_to_do"),
        FieldPanel("questions"),
        FieldPanel("pitfalls"),
        FieldPanel("body"),
        FieldPanel("interventions"),
    ]
    search_fields = with_search_keys(
        [
            *BasePage.search_fields,
            index.SearchField("what_to_do"),
            index.SearchField("questions"),
            index.SearchField("pitfalls"),
            index.SearchField("body"),
        ]
    )
    parent_page_types = ["handreikingen.GuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("hoofdstuk van een handreiking")
        verbose_name_plural = _("hoofdstukken van handreikingen")

    def recommended_interventions(self, limit=5):
        """Editor's picks, or else the best-evidenced live interventions for this step."""
        from interventies.models import InterventionPage

        picked = self.interventions.live().filter(public_filter()).select_related("evidence_level")
        if picked.exists():
            return list(picked.order_by("-evidence_level__sort_order", "title"))
        if self.step_id is None:
            return []
        return list(
            InterventionPage.objects.live()
            .filter(public_filter(), policy_steps=self.step_id, backfire_risk=False)
            .select_related("evidence_level")
            .order_by("-evidence_level__sort_order", "title")[:limit]
        )

    def good_practices(self, limit=4):
        """Live, public good practices about this chapter's policy step, newest first: what
        other municipalities did in this step. One query."""
        from handreikingen.models.practices import GoodPracticePage

        if self.step_id is None:
            return []
        return list(
            GoodPracticePage.objects.live()
            .filter(public_filter(), policy_steps=self.step_id)
            .order_by("-year", "title")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = self.get_parent().specific
        chapters = list(guide.chapters())
        position = next((i for i, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        context["guide"] = guide
        context["chapters"] = chapters
        if position is not None:
            context["previous_chapter"] = chapters[position - 1] if position > 0 else None
            context["next_chapter"] = (
                chapters[position + 1] if position + 1 < len(chapters) else None
            )
        context["recommended_interventions"] = self.recommended_interventions()
        context["good_practices"] = self.good_practices()
        return context
