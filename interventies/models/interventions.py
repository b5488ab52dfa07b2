"""The intervention page of the "wat werkt" database, with its evidence rules and the cost
categories."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES, BaseContentBlock
from hub.models import (
    Audience,
    BasePage,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PlainLanguageMixin,
    PolicyStep,
)
from hub.querysets import public_filter
from hub.textsearch.indexing import with_search_keys
from interventies.blocks import SourceBlock
from interventies.models.checklist import ChecklistQuestion
from interventies.models.panels import (
    CONTENT_PANELS,
    EDIT_HANDLER,
    EVIDENCE_PANELS,
    EXECUTION_PANELS,
    MANAGEMENT_PANELS,
    TAXONOMY_PANELS,
)
from interventies.models.tags import InterventionTag

REVIEW_INTERVAL = timedelta(days=365)
# A rating that ends within this many days "expires soon": the card, the facet and the admin's
# "Te reviewen" panel say so.
EXPIRY_WARNING = timedelta(days=90)


class CostCategory(models.TextChoices):
    LOW = "laag", _("Laag (tot € 5.000)")
    MEDIUM = "midden", _("Midden (€ 5.000 tot € 25.000)")
    HIGH = "hoog", _("Hoog (meer dan € 25.000)")
    UNKNOWN = "onbekend", _("Onbekend")


class Validity(models.TextChoices):
    """Is the rating (erkenning) still valid today? The values are the listing's URL values."""

    VALID = "geldig", _("Geldig")
    EXPIRES_SOON = "verloopt", _("Verloopt binnen 90 dagen")
    EXPIRED = "verlopen", _("Verlopen")
    UNKNOWN = "onbekend", _("Geen einddatum bekend")


# The fields the validity rule reads, as `values_list` names from InterventionPage.
VALIDITY_FIELDS = ("evidence_valid_until", "evidence_assessed_on", "evidence_level__validity_years")


def evidence_expiry(valid_until, assessed_on, validity_years):
    """The end of a rating's validity: the explicit date, or the date of assessment plus the
    level's term in years (29 February becomes 28 February); None when neither is known."""
    if valid_until:
        return valid_until
    if assessed_on and validity_years:
        try:
            return assessed_on.replace(year=assessed_on.year + validity_years)
        except ValueError:  # 29 February
            return assessed_on.replace(year=assessed_on.year + validity_years, day=28)
    return None


def evidence_validity(expires_on, today=None):
    """The one rule for "is this rating valid": a `Validity` value for an end date.

    Expired means the end date has passed; "expires soon" means it ends today or within
    EXPIRY_WARNING. The page (badges), the listing's facet `geldigheid` (in memory and in SQL,
    interventies.search), the admin filter and the "Te reviewen" panel all call this.
    """
    if expires_on is None:
        return Validity.UNKNOWN
    today = today or timezone.localdate()
    if expires_on < today:
        return Validity.EXPIRED
    if expires_on <= today + EXPIRY_WARNING:
        return Validity.EXPIRES_SOON
    return Validity.VALID


def validity_of_row(valid_until, assessed_on, validity_years):
    """`evidence_validity` from the VALIDITY_FIELDS of one `values_list` row."""
    return evidence_validity(evidence_expiry(valid_until, assessed_on, validity_years)).value


def validity_by_page(queryset):
    """(pk, Validity value) for every intervention of `queryset`, in one query."""
    rows = queryset.order_by().values_list("pk", *VALIDITY_FIELDS)
    return [(pk, validity_of_row(*fields)) for pk, *fields in rows]


class InterventionPage(RoutablePageMixin, PlainLanguageMixin, BasePage):
    """One intervention: what it is, for whom, how it works and how strong the evidence is.
    At <intervention>/pdf/ the same facts as a PDF (interventies.views.intervention_pdf)."""

    summary = models.TextField(
        _("samenvatting"),
        max_length=600,
        help_text=_(
            "Maximaal 600 tekens. Staat in de lijst met interventies en in zoekresultaten."
        ),
    )
    goal = RichTextField(_("doel"), features=RICH_TEXT_FEATURES, blank=True)
    target_group = RichTextField(
        _("doelgroep"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Voor wie is de interventie bedoeld (einddoelgroep en intermediairs)?"),
    )
    approach = StreamField(BaseContentBlock(), verbose_name=_("aanpak en werkwijze"), blank=True)
    mechanism_text = RichTextField(
        _("werkzame elementen"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Welke elementen maken dat de aanpak werkt?"),
    )
    rationale = RichTextField(_("onderbouwing"), features=RICH_TEXT_FEATURES, blank=True)
    research = RichTextField(_("onderzoek naar effect"), features=RICH_TEXT_FEATURES, blank=True)
    sources = StreamField(
        [("source", SourceBlock())], verbose_name=_("onderzoek en bewijs: bronnen"), blank=True
    )

    grounds = ParentalManyToManyField(
        DiscriminationGround, blank=True, verbose_name=_("discriminatiegronden")
    )
    domains = ParentalManyToManyField(Domain, blank=True, verbose_name=_("domeinen"))
    policy_steps = ParentalManyToManyField(PolicyStep, blank=True, verbose_name=_("beleidsstappen"))
    municipal_roles = ParentalManyToManyField(
        MunicipalRole, blank=True, verbose_name=_("rol van de gemeente")
    )
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("doelgroepen"))
    mechanisms = ParentalManyToManyField(
        Mechanism, blank=True, verbose_name=_("werkzame mechanismen")
    )
    tags = ClusterTaggableManager(
        through=InterventionTag, blank=True, verbose_name=_("trefwoorden")
    )

    evidence_level = models.ForeignKey(
        EvidenceLevel,
        on_delete=models.PROTECT,
        related_name="interventions",
        verbose_name=_("erkenning / bewijskracht"),
    )
    evidence_assessed_on = models.DateField(_("datum van beoordeling"), null=True, blank=True)
    evidence_valid_until = models.DateField(
        _("beoordeling geldig tot"),
        null=True,
        blank=True,
        help_text=_("Leeg laten: dan rekenen we de termijn uit met de geldigheid van het niveau."),
    )
    evidence_note = RichTextField(
        _("toelichting op de beoordeling"), features=RICH_TEXT_FEATURES, blank=True
    )
    backfire_risk = models.BooleanField(
        _("risico op averechts effect"),
        default=False,
        help_text=_("Aanvinken als de aanpak discriminatie of vooroordelen kan versterken."),
    )
    backfire_explanation = RichTextField(
        _("uitleg over het averechtse effect"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Verplicht als het risico is aangevinkt: wat kan er misgaan en waarom?"),
    )

    cost_category = models.CharField(
        _("kostenindicatie"),
        max_length=10,
        choices=CostCategory.choices,
        default=CostCategory.UNKNOWN,
    )
    duration = models.CharField(_("duur en intensiteit"), max_length=250, blank=True)
    suitable_sizes = ParentalManyToManyField(
        MunicipalitySize, blank=True, verbose_name=_("geschikt voor gemeentegrootte")
    )
    preconditions = RichTextField(_("randvoorwaarden"), features=RICH_TEXT_FEATURES, blank=True)
    provider = models.CharField(_("aanbieder of eigenaar"), max_length=200, blank=True)
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"), blank=True)
    website = models.URLField(_("website"), blank=True)

    related_interventions = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("verwante interventies")
    )
    last_reviewed = models.DateField(
        _("laatst inhoudelijk gecontroleerd"),
        default=date.today,
        help_text=_("Na 12 maanden verschijnt de interventie in de lijst 'Te reviewen'."),
    )
    external_id = models.CharField(
        _("extern kenmerk"),
        max_length=100,
        blank=True,
        help_text=_(
            "Vaste sleutel voor het importeren: dezelfde sleutel werkt de interventie bij."
        ),
    )
    is_example = models.BooleanField(
        _("voorbeeldinhoud"),
        default=False,
        help_text=_("Verzonnen inhoud om de site te laten zien."),
    )

    featured_on_home = True
    search_type = ("interventie", _("Interventies"))
    # The relations to terms of the shared vocabulary that `taxonomy` (the API) and the
    # spreadsheet export show: what a list of interventions prefetches.
    term_relations = [
        "grounds",
        "domains",
        "policy_steps",
        "municipal_roles",
        "audiences",
        "mechanisms",
    ]

    # Few, wide search fields: the database backend prepares every field several times per
    # object, so the texts are combined in two methods (see search_body and search_keywords).
    search_fields = with_search_keys(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("search_keywords", boost=1.5),
            index.SearchField("search_body"),
            index.FilterField("evidence_level_id"),
            index.FilterField("cost_category"),
            index.FilterField("backfire_risk"),
            index.FilterField("last_reviewed"),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("goal"),
        APIField("target_group"),
        APIField("evidence"),
        APIField("backfire_risk"),
        APIField("backfire_explanation"),
        APIField("taxonomy"),
        APIField("cost_category"),
        APIField("duration"),
        APIField("provider"),
        APIField("website"),
        APIField("last_reviewed"),
    ]

    # The editor's form: six tabs (interventies/models/panels.py).
    content_panels = CONTENT_PANELS
    evidence_panels = EVIDENCE_PANELS
    taxonomy_panels = TAXONOMY_PANELS
    execution_panels = EXECUTION_PANELS
    management_panels = MANAGEMENT_PANELS
    edit_handler = EDIT_HANDLER

    parent_page_types = ["interventies.InterventionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("interventie")
        verbose_name_plural = _("interventies")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="unique_intervention_external_id",
            )
        ]

    @property
    def listing_summary(self):
        return self.summary

    @classmethod
    def get_indexed_objects(cls):
        # modelsearch does not prefetch ParentalManyToManyFields itself; without this every
        # indexed intervention costs several queries per related field.
        return (
            super()
            .get_indexed_objects()
            .prefetch_related("grounds", "domains", "mechanisms", "tagged_items__tag")
        )

    def search_keywords(self):
        """Tags and taxonomy names, so "woningmarkt" or "leeftijd" finds the intervention."""
        names = [item.tag.name for item in self.tagged_items.all()]
        for relation in (self.grounds, self.domains, self.mechanisms):
            names.extend(term.name for term in relation.all())
        return " ".join(names)

    def search_body(self):
        """All long texts of the intervention as one plain text; for an approach that can
        backfire, the warning and its explanation too (a search for "averechts" finds it)."""
        warning = (
            [gettext("Let op: risico op averechts effect."), self.backfire_explanation]
            if self.backfire_risk
            else []
        )
        parts = [
            *warning,
            self.goal,
            self.target_group,
            self.mechanism_text,
            self.rationale,
            self.research,
            self.provider,
            *self.approach.stream_block.get_searchable_content(self.approach),
        ]
        return strip_tags(" ".join(str(part) for part in parts if part))

    def clean(self):
        super().clean()
        if self.backfire_risk and not (self.backfire_explanation or "").strip():
            raise ValidationError(
                {"backfire_explanation": _("Leg uit wat het averechtse effect is en waarom.")}
            )
        if (
            self.evidence_assessed_on
            and self.evidence_valid_until
            and self.evidence_valid_until < self.evidence_assessed_on
        ):
            raise ValidationError(
                {"evidence_valid_until": _("Deze datum ligt voor de datum van beoordeling.")}
            )

    # ------------------------------------------------------------------ evidence rules

    @property
    def evidence_expires_on(self):
        """The end of the rating's validity: explicit, or assessment date + the level's term."""
        years = self.evidence_level.validity_years if self.evidence_level_id else None
        return evidence_expiry(self.evidence_valid_until, self.evidence_assessed_on, years)

    @property
    def evidence_validity(self):
        """A `Validity` value for today (see `evidence_validity`)."""
        return evidence_validity(self.evidence_expires_on)

    @property
    def evidence_is_expired(self):
        return self.evidence_validity == Validity.EXPIRED

    @property
    def evidence_expires_soon(self):
        return self.evidence_validity == Validity.EXPIRES_SOON

    @property
    def evidence_is_strong(self):
        return self.evidence_level.slug.startswith("effectief") if self.evidence_level_id else False

    @property
    def evidence_shows_as_strong(self):
        """The green "strong" style of the evidence badge: never beside a backfire warning, so
        a flagged intervention reads as a warning first."""
        return self.evidence_is_strong and not self.backfire_risk

    def mechanisms_with_pages(self):
        """The mechanisms with their dossier page (if any) in the same query."""
        return self.mechanisms.select_related("page")

    @property
    def review_overdue(self):
        return self.last_reviewed < timezone.localdate() - REVIEW_INTERVAL

    @classmethod
    def review_reasons(cls, limit=25):
        """For the admin's "Te reviewen" panel (hub.reviews): live interventions whose rating
        has expired or expires within EXPIRY_WARNING, the earliest end first, as
        (page, reason in Dutch, end date)."""
        due = []
        for pk, *fields in cls.objects.live().order_by().values_list("pk", *VALIDITY_FIELDS):
            expires = evidence_expiry(*fields)
            validity = evidence_validity(expires)
            if validity in (Validity.EXPIRED, Validity.EXPIRES_SOON):
                due.append((expires, pk, validity))
        due.sort()
        due = due[:limit]
        pages = cls.objects.only("id", "title", "content_type_id").in_bulk(
            [pk for _e, pk, _v in due]
        )
        reasons = []
        for expires, pk, validity in due:
            on = date_format(expires, "j F Y")
            if validity == Validity.EXPIRED:
                reason = gettext("Erkenning verlopen op %(date)s") % {"date": on}
            else:
                reason = gettext("Erkenning verloopt op %(date)s") % {"date": on}
            reasons.append((pages[pk], reason, expires))
        return reasons

    @cached_property
    def checklist(self):
        """Every checklist question with this intervention's answer (or None)."""
        answers = {answer.question_id: answer for answer in self.checklist_answers.all()}
        return [
            (question, answers.get(question.pk)) for question in ChecklistQuestion.objects.all()
        ]

    def live_good_practices(self):
        """Good practices (handreikingen app) that used this intervention, live and public."""
        manager = getattr(self, "good_practices", None)
        if manager is None:
            return []
        return manager.live().filter(public_filter()).select_related("province").order_by("-year")

    def all_related(self):
        """Related interventions in both directions, live and public only."""
        related = (
            InterventionPage.objects.live()
            .public()
            .filter(
                models.Q(pk__in=self.related_interventions.values("pk"))
                | models.Q(related_interventions=self)
            )
        )
        return (
            related.exclude(pk=self.pk)
            .distinct()
            .select_related("evidence_level")
            .order_by("title")
        )

    # ------------------------------------------------------------------ routes

    def get_context(self, request, *args, **kwargs):
        from hub.siteurl import absolute_url

        context = super().get_context(request, *args, **kwargs)
        context["share_url"] = absolute_url(self, request)
        return context

    def route(self, request, path_components):
        # Only a live page open to everyone has a PDF: a page behind a login or password
        # answers 404 here, before Wagtail's view restriction check would offer a login (and
        # a PDF must never be kept by a shared cache with content that is not public).
        if list(path_components) == ["pdf"] and not self.is_public_for_pdf():
            raise Http404
        return super().route(request, path_components)

    def is_public_for_pdf(self):
        return self.live and not self.get_view_restrictions().exists()

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from interventies.views import intervention_pdf

        return intervention_pdf(request, self)

    # ------------------------------------------------------------------ API

    @property
    def evidence(self):
        return {
            "level": self.evidence_level.slug,
            "label": self.evidence_level.name,
            "assessed_on": self.evidence_assessed_on.isoformat()
            if self.evidence_assessed_on
            else None,
            "valid_until": self.evidence_expires_on.isoformat()
            if self.evidence_expires_on
            else None,
        }

    @property
    def taxonomy(self):
        return {
            "grond": [t.slug for t in self.grounds.all()],
            "domein": [t.slug for t in self.domains.all()],
            "stap": [t.slug for t in self.policy_steps.all()],
            "rol": [t.slug for t in self.municipal_roles.all()],
            "doelgroep": [t.slug for t in self.audiences.all()],
            "mechanisme": [t.slug for t in self.mechanisms.all()],
            "tags": [item.tag.name for item in self.tagged_items.all()],
        }
