"""The shared vocabulary of the field: policy steps, roles of the municipality, domains,
discrimination grounds, audiences, working mechanisms, evidence levels, council roles,
municipality sizes and provinces. Every listing, the import and the API use these terms.

Every term has a slug (used in URLs as facet value), a name, a description and a sort order.
Editors manage the terms as snippets; the initial terms are seeded by a data migration.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Korte naam voor in webadressen en filters, bijvoorbeeld 'wonen'."),
    )
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.IntegerField(_("volgorde"), default=0, db_index=True)

    sort_order_field = "sort_order"

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class PolicyStep(TaxonomyTerm):
    """Beleidsstap: one of the six steps of local anti-discrimination policy."""

    number = models.PositiveSmallIntegerField(_("stapnummer"), unique=True)

    panels = [FieldPanel("number"), *TaxonomyTerm.panels]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("beleidsstap")
        verbose_name_plural = _("beleidsstappen")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class MunicipalRole(TaxonomyTerm):
    """Rol van de gemeente: aanjagen, ondersteunen en faciliteren, regie voeren."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("rol van de gemeente")
        verbose_name_plural = _("rollen van de gemeente")


class Domain(TaxonomyTerm):
    """Domein (maatschappelijk terrein), e.g. Wonen or Arbeidsmarkt."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")


class DiscriminationGround(TaxonomyTerm):
    """Discriminatiegrond: a ground from the law, or a specific form of it."""

    class Kind(models.TextChoices):
        LEGAL = "legal", _("Grond uit de wet")
        SPECIFIC = "specific", _("Specifieke vorm")

    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.LEGAL)

    panels = [*TaxonomyTerm.panels, FieldPanel("kind")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("discriminatiegrond")
        verbose_name_plural = _("discriminatiegronden")


class Audience(TaxonomyTerm):
    """Doelgroep: who a piece of content or a course is for."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Mechanism(TaxonomyTerm):
    """Werkzaam mechanisme: why an intervention works ("wat werkt")."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("werkzaam mechanisme")
        verbose_name_plural = _("werkzame mechanismen")


class EvidenceLevel(TaxonomyTerm):
    """Erkenning / bewijskracht. `sort_order` is the rank: higher means stronger evidence."""

    validity_years = models.PositiveSmallIntegerField(
        _("geldigheid in jaren"),
        null=True,
        blank=True,
        help_text=_("Hoe lang een beoordeling op dit niveau geldig is. Leeg: geen termijn."),
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("validity_years")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("erkenningsniveau")
        verbose_name_plural = _("erkenningsniveaus")


class CouncilRole(TaxonomyTerm):
    """Raadsrol: the roles of a council member."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("rol van de raad")
        verbose_name_plural = _("rollen van de raad")


class MunicipalitySize(TaxonomyTerm):
    """Gemeentegrootte in inhabitants."""

    min_inhabitants = models.PositiveIntegerField(_("vanaf aantal inwoners"), default=0)
    max_inhabitants = models.PositiveIntegerField(_("tot aantal inwoners"), null=True, blank=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("min_inhabitants"), FieldPanel("max_inhabitants")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("gemeentegrootte")
        verbose_name_plural = _("gemeentegroottes")


class Province(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")


TAXONOMY_MODELS = [
    PolicyStep,
    MunicipalRole,
    Domain,
    DiscriminationGround,
    Audience,
    Mechanism,
    EvidenceLevel,
    CouncilRole,
    MunicipalitySize,
    Province,
]
