"""Areas and their populations: municipalities, ADV working areas, police units, provinces
and the Netherlands as a whole. Areas and their membership are data (imported and seeded),
because municipalities merge and ADV working areas change."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaKind(models.TextChoices):
    MUNICIPALITY = "gemeente", _("Gemeente")
    ADV_AREA = "adv", _("Werkgebied antidiscriminatievoorziening")
    POLICE_UNIT = "politie", _("Politie-eenheid")
    PROVINCE = "provincie", _("Provincie")
    NATIONAL = "nederland", _("Nederland")


class AreaQuerySet(models.QuerySet):
    def municipalities(self):
        return self.filter(kind=AreaKind.MUNICIPALITY)

    def national(self):
        return self.filter(kind=AreaKind.NATIONAL).first()


class Area(models.Model):
    kind = models.CharField(_("soort gebied"), max_length=12, choices=AreaKind.choices)
    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Voor het webadres, bijvoorbeeld 'utrecht' in /cijfers/utrecht/."),
    )
    code = models.CharField(
        _("code"),
        max_length=20,
        blank=True,
        help_text=_("Code van het CBS, bijvoorbeeld GM0344 voor Utrecht."),
    )
    province = models.ForeignKey(
        "hub.Province",
        verbose_name=_("provincie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    parents = models.ManyToManyField(
        "self",
        verbose_name=_("valt onder"),
        through="AreaMembership",
        symmetrical=False,
        related_name="members",
        blank=True,
    )

    objects = AreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "slug"], name="inzicht_area_kind_slug"),
            models.UniqueConstraint(fields=["kind", "name"], name="inzicht_area_kind_name"),
        ]

    def __str__(self):
        return self.name


class AreaMembership(models.Model):
    """`area` lies in `parent`: a municipality in an ADV working area, a police unit, a
    province."""

    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="memberships")
    parent = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="member_links")

    class Meta:
        verbose_name = _("lidmaatschap van een gebied")
        verbose_name_plural = _("lidmaatschappen van gebieden")
        constraints = [
            models.UniqueConstraint(fields=["area", "parent"], name="inzicht_membership_unique")
        ]

    def __str__(self):
        return f"{self.area_id} -> {self.parent_id}"


class Population(models.Model):
    """Inhabitants of an area on 1 January of a year (CBS)."""

    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="populations")
    year = models.PositiveSmallIntegerField(_("jaar"))
    inhabitants = models.PositiveIntegerField(_("inwoners"))

    class Meta:
        verbose_name = _("inwonertal")
        verbose_name_plural = _("inwonertallen")
        ordering = ["area", "year"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="inzicht_population_unique")
        ]

    def __str__(self):
        return f"{self.area} {self.year}: {self.inhabitants}"
