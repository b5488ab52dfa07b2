"""Praktijkvoorbeelden: what a municipality did, what it achieved and what it learned."""

from datetime import date

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES
from hub.models import (
    BasePage,
    DiscriminationGround,
    Domain,
    MunicipalitySize,
    PlainLanguageMixin,
    PolicyStep,
    Province,
)
from hub.textsearch.indexing import with_search_keys


class GoodPracticeIndexPage(RoutablePageMixin, BasePage):
    """/praktijkvoorbeelden/: the faceted list of good practices."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["handreikingen.GoodPracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht praktijkvoorbeelden")

    @path("")
    def listing(self, request):
        from handreikingen.views.practices import practice_listing

        return practice_listing(request, self)


class GoodPracticePage(PlainLanguageMixin, BasePage):
    municipality = models.CharField(_("gemeente"), max_length=120)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        related_name="good_practices",
        verbose_name=_("provincie"),
    )
    size = models.ForeignKey(
        MunicipalitySize,
        on_delete=models.PROTECT,
        related_name="good_practices",
        verbose_name=_("gemeentegrootte"),
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    summary = models.TextField(
        _("samenvatting"), max_length=600, help_text=_("Maximaal 600 tekens; staat in de lijst.")
    )
    what_they_did = RichTextField(_("wat deed de gemeente?"), features=RICH_TEXT_FEATURES)
    results = RichTextField(_("resultaten"), features=RICH_TEXT_FEATURES, blank=True)
    lessons = RichTextField(_("wat hebben ze geleerd?"), features=RICH_TEXT_FEATURES, blank=True)
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"), blank=True)
    domains = ParentalManyToManyField(Domain, blank=True, verbose_name=_("domeinen"))
    grounds = ParentalManyToManyField(
        DiscriminationGround, blank=True, verbose_name=_("discriminatiegronden")
    )
    policy_steps = ParentalManyToManyField(PolicyStep, blank=True, verbose_name=_("beleidsstappen"))
    interventions = ParentalManyToManyField(
        "interventies.InterventionPage",
        blank=True,
        related_name="good_practices",
        verbose_name=_("gebruikte interventies"),
    )
    last_reviewed = models.DateField(_("laatst inhoudelijk gecontroleerd"), default=date.today)
    is_example = models.BooleanField(_("voorbeeldinhoud"), default=False)

    featured_on_home = True
    search_type = ("praktijkvoorbeeld", _("Praktijkvoorbeelden"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("province"), FieldPanel("size"), FieldPanel("year")]),
            ],
            heading=_("Gemeente"),
        ),
        FieldPanel("summary"),
        FieldPanel("plain_summary"),
        FieldPanel("what_they_did"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
                FieldPanel("grounds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("policy_steps", widget=forms.CheckboxSelectMultiple),
                FieldPanel("interventions"),
            ],
            heading=_("Indeling"),
        ),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("is_example")]),
    ]
    search_fields = with_search_keys(
        [
            *Page.search_fields,
            index.SearchField("municipality", boost=2),
            index.SearchField("summary", boost=2),
            index.SearchField("search_body"),
            index.FilterField("province_id"),
            index.FilterField("size_id"),
        ]
    )
    parent_page_types = ["handreikingen.GoodPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    @property
    def listing_summary(self):
        return self.summary

    @classmethod
    def get_indexed_objects(cls):
        return (
            super()
            .get_indexed_objects()
            .prefetch_related("domains", "grounds")
            .select_related("province")
        )

    def search_body(self):
        from django.utils.html import strip_tags

        names = [term.name for term in self.domains.all()] + [
            term.name for term in self.grounds.all()
        ]
        texts = [
            self.what_they_did,
            self.results,
            self.lessons,
            self.province.name,
            " ".join(names),
        ]
        return strip_tags(" ".join(str(text) for text in texts if text))

    def live_interventions(self):
        from hub.querysets import public_filter

        return self.interventions.live().filter(public_filter()).select_related("evidence_level")
