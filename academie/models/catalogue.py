"""The course catalogue: the index page at /academie/ and the course pages below it."""

from decimal import Decimal
from http import HTTPMethod

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academie.models.panels import content_and_setup_tabs
from hub.blocks import RICH_TEXT_FEATURES, BaseContentBlock
from hub.models import Audience, BasePage, Domain, PlainLanguageMixin, PolicyStep, SectionIndexPage
from hub.textsearch.indexing import with_search_keys


class CoursePageForm(WagtailAdminPageForm):
    """Refuses prerequisites that would make a course depend on itself."""

    def clean(self):
        cleaned = super().clean()
        chosen = [course.pk for course in cleaned.get("prerequisites") or []]
        if self.instance.pk and prerequisites_loop_back(self.instance.pk, chosen):
            self.add_error(
                "prerequisites",
                _(
                    "Deze keuze maakt een kringetje: de cursus zou (via een andere cursus) "
                    "zijn eigen vooropleiding worden."
                ),
            )
        return cleaned


def prerequisites_loop_back(course_pk, chosen_pks):
    """True when `course_pk` is reachable from `chosen_pks` through prerequisites."""
    through = CoursePage.prerequisites.through
    seen = set()
    frontier = set(chosen_pks)
    while frontier:
        if course_pk in frontier:
            return True
        seen |= frontier
        frontier = (
            set(
                through.objects.filter(from_coursepage_id__in=frontier).values_list(
                    "to_coursepage_id", flat=True
                )
            )
            - seen
        )
    return False


# Paths below /academie/ that belong to Django views (academie/urls.py), not to courses.
RESERVED_SLUGS = {"mijn", "certificaat"}


class CourseFormat(models.TextChoices):
    E_LEARNING = "e-learning", _("E-learning")
    CLASSROOM = "klassikaal", _("Klassikaal")
    BLENDED = "blended", _("Blended (online en klassikaal)")


class CourseLevel(models.TextChoices):
    BASIC = "basis", _("Basis")
    INTERMEDIATE = "verdieping", _("Verdieping")
    ADVANCED = "gevorderd", _("Gevorderd")


class DurationBand(models.TextChoices):
    """The study load in bands, so the catalogue can offer duration as a facet."""

    SHORT = "tot-2-uur", _("Tot 2 uur")
    HALF_DAY = "2-tot-4-uur", _("2 tot 4 uur")
    DAY = "4-tot-8-uur", _("4 tot 8 uur")
    LONG = "8-uur-of-meer", _("8 uur of meer")

    @classmethod
    def for_hours(cls, hours):
        hours = Decimal(hours or 0)
        if hours < 2:
            return cls.SHORT
        if hours < 4:
            return cls.HALF_DAY
        if hours < 8:
            return cls.DAY
        return cls.LONG


class CourseIndexPage(SectionIndexPage):
    """/academie/: the catalogue of courses, faceted like every listing on the site."""

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
    subpage_types = ["academie.CoursePage"]

    class Meta:
        verbose_name = _("cursusoverzicht (ADV Academie)")
        verbose_name_plural = _("cursusoverzichten")

    def serve(self, request, *args, **kwargs):
        from academie.views.courses import catalogue

        return catalogue(request, self)


class CoursePage(PlainLanguageMixin, BasePage):
    """One course: what it is for, for whom, what you learn, and its modules and lessons."""

    description = StreamField(BaseContentBlock(), verbose_name=_("over deze cursus"), blank=True)
    learning_goals = RichTextField(
        _("leerdoelen"),
        features=["ul", "ol", "bold", "italic", "link"],
        blank=True,
        help_text=_("Wat kan de deelnemer na afloop? Het liefst als opsomming."),
    )
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("doelgroepen"))
    domains = ParentalManyToManyField(Domain, blank=True, verbose_name=_("domeinen"))
    policy_steps = ParentalManyToManyField(PolicyStep, blank=True, verbose_name=_("beleidsstappen"))
    course_format = models.CharField(
        _("vorm"), max_length=12, choices=CourseFormat.choices, default=CourseFormat.E_LEARNING
    )
    duration_hours = models.DecimalField(
        _("studiebelasting in uren"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("1.0"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Staat ook op het certificaat."),
    )
    duration_band = models.CharField(
        _("duur"), max_length=16, choices=DurationBand.choices, editable=False, db_index=True
    )
    level = models.CharField(
        _("niveau"), max_length=12, choices=CourseLevel.choices, default=CourseLevel.BASIC
    )
    prerequisites = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="required_for",
        verbose_name=_("vooropleiding"),
        help_text=_("Cursussen die iemand eerst moet afronden voordat hij zich kan inschrijven."),
    )
    accreditation = RichTextField(
        _("accreditatie"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Bijvoorbeeld: erkend door een beroepsvereniging, met aantal punten."),
    )
    requires_approval = models.BooleanField(
        _("inschrijving na goedkeuring"),
        default=False,
        help_text=_("Een academiebeheerder keurt elke inschrijving eerst goed."),
    )
    in_order = models.BooleanField(
        _("lessen in vaste volgorde"),
        default=False,
        help_text=_("Een les gaat pas open als de vorige les of toets klaar is."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificaat geldig (maanden)"),
        null=True,
        blank=True,
        help_text=_("Leeg laten: het certificaat blijft altijd geldig."),
    )
    is_example = models.BooleanField(
        _("voorbeeldinhoud"),
        default=False,
        help_text=_("Verzonnen inhoud om de site te laten zien."),
    )

    featured_on_home = True
    search_type = ("cursus", _("Cursussen"))  # a kind of result in the site search (/zoeken/)
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    search_fields = with_search_keys(
        [
            *BasePage.search_fields,
            index.SearchField("title", boost=3),
            index.SearchField("learning_goals"),
            index.SearchField("description"),
            index.SearchField("accreditation"),
            index.AutocompleteField("title"),
            index.RelatedFields("audiences", [index.SearchField("name")]),
            index.RelatedFields("domains", [index.SearchField("name")]),
            index.RelatedFields("trainers", [index.SearchField("name")]),
            index.FilterField("course_format"),
            index.FilterField("duration_band"),
            index.FilterField("level"),
        ]
    )
    api_fields = [
        APIField("intro"),
        APIField("course_format"),
        APIField("duration_hours"),
        APIField("level"),
        APIField("learning_goals"),
        APIField("requires_approval"),
        APIField("certificate_validity_months"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("plain_summary"),
        FieldPanel("learning_goals"),
        FieldPanel("description"),
        InlinePanel("trainers", heading=_("Trainers"), label=_("Trainer")),
        FieldPanel("accreditation"),
    ]
    setup_panels = [
        FieldRowPanel(
            [FieldPanel("course_format"), FieldPanel("level"), FieldPanel("duration_hours")]
        ),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
        FieldPanel("policy_steps", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
                FieldPanel("requires_approval"),
                FieldPanel("in_order"),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Inschrijven, volgorde en certificaat"),
        ),
        FieldPanel("is_example"),
    ]
    edit_handler = content_and_setup_tabs(content_panels, setup_panels)

    parent_page_types = ["academie.CourseIndexPage"]
    subpage_types = ["academie.CourseModulePage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("cursus")
        verbose_name_plural = _("cursussen")

    def save(self, *args, **kwargs):
        self.duration_band = DurationBand.for_hours(self.duration_hours)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("Dit webadres is al in gebruik door de academie; kies een ander.")}
            )

    @property
    def listing_summary(self):
        return self.intro

    def serve(self, request, *args, **kwargs):
        from academie.views.courses import serve_course

        return serve_course(self, request)


class CourseTrainer(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="trainers")
    name = models.CharField(_("naam"), max_length=200)
    role = models.CharField(
        _("functie en organisatie"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: senior consulent, ADV Midden-Nederland."),
    )

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")

    def __str__(self):
        return self.name
