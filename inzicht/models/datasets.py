"""Datasets of discrimination figures and their observations.

An observation is one count: year × area × source × ground × domain × nature. A blank ground,
domain or nature means "all together" (the total of that dimension), so a report's table of
"meldingen per grond" is a set of observations with a ground and no domain or nature.
A count of None means the source reported the cell as unknown; a cell without an observation
is missing. Neither is zero.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class HttpsURLField(models.URLField):
    """A URL field whose form adds https:// (not http://) to an address typed without it."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class Source(models.Model):
    """Who registered the reports: politie, antidiscriminatievoorziening, College voor de
    Rechten van de Mens, Meldpunt Internet Discriminatie, ..."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    counted_as = models.CharField(
        _("wat er geteld is"),
        max_length=60,
        help_text=_("Bijvoorbeeld 'meldingen' of 'registraties'."),
    )
    description = models.TextField(_("toelichting"), blank=True)
    sort_order = models.IntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Nature(models.Model):
    """Aard van het incident: ongelijke behandeling, vijandige bejegening, bedreiging, geweld."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    sort_order = models.IntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("aard van het incident")
        verbose_name_plural = _("aard van incidenten")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Licence(models.TextChoices):
    CC0 = "cc0", "CC0 1.0"
    CC_BY = "cc-by", "CC BY 4.0"


LICENCE_URLS = {
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/deed.nl",
}


class Dataset(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    organisation = models.CharField(_("bronorganisatie"), max_length=200)
    year = models.PositiveSmallIntegerField(_("jaar van publicatie"))
    methodology = models.TextField(
        _("toelichting op de methode"),
        help_text=_("Hoe is er geteld? Wat telt mee en wat niet? Komt onder elke grafiek."),
    )
    link = HttpsURLField(_("link naar de bron"), blank=True)
    licence = models.CharField(
        _("licentie"), max_length=10, choices=Licence.choices, default=Licence.CC_BY
    )
    is_example = models.BooleanField(
        _("voorbeeldcijfers"),
        default=False,
        help_text=_(
            "Verzonnen cijfers om de site te laten zien. Elke pagina en download zegt dit."
        ),
    )
    version = models.PositiveIntegerField(
        _("versie"), default=0, editable=False, help_text=_("Hoger na elke import.")
    )
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")
        ordering = ["-year", "title"]

    def __str__(self):
        return self.title

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")


class Observation(models.Model):
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="observations")
    year = models.PositiveSmallIntegerField(_("jaar"))
    area = models.ForeignKey("inzicht.Area", on_delete=models.PROTECT, related_name="observations")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")
    ground = models.ForeignKey(
        "hub.DiscriminationGround",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    domain = models.ForeignKey(
        "hub.Domain", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    nature = models.ForeignKey(
        Nature, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    count = models.PositiveIntegerField(_("aantal"), null=True, blank=True)

    class Meta:
        verbose_name = _("waarneming")
        verbose_name_plural = _("waarnemingen")
        indexes = [
            models.Index(fields=["area", "year"], name="inzicht_obs_area_year"),
            # The comparison reads every municipality's total of one year and source.
            models.Index(
                fields=["year", "source", "area"],
                condition=models.Q(ground=None, domain=None, nature=None),
                name="inzicht_obs_totals",
            ),
        ]

    def __str__(self):
        return f"{self.area} {self.year} {self.source}: {self.count}"


class ImportLog(models.Model):
    """Who imported which file into which dataset, when, and with what result."""

    # A log row refers to nothing an editor needs in "usage" listings; without this, Wagtail
    # adds a reference-index write to every import once the admin has registered the model.
    wagtail_reference_index_ignore = True

    dataset = models.ForeignKey(
        Dataset, on_delete=models.SET_NULL, null=True, blank=True, related_name="imports"
    )
    dataset_title = models.CharField(_("dataset"), max_length=200)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    filename = models.CharField(_("bestand"), max_length=255)
    created_at = models.DateTimeField(_("tijdstip"), auto_now_add=True)
    succeeded = models.BooleanField(_("gelukt"), default=False)
    rows = models.PositiveIntegerField(_("rijen"), default=0)
    errors = models.PositiveIntegerField(_("fouten"), default=0)
    summary = models.TextField(_("samenvatting"), blank=True)

    class Meta:
        verbose_name = _("import van cijfers")
        verbose_name_plural = _("imports van cijfers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.dataset_title} ({self.created_at:%Y-%m-%d %H:%M})"
