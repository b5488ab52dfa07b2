"""The questions of the beleidsscan, edited in the admin, and their frozen versions.

Editors change the questions, weights and advice on the `Questionnaire` snippet (with its
questions inline). Every save whose content differs from the newest version writes a new
`QuestionnaireVersion`: a frozen copy of everything a result needs. A scan points at the
version it was started with, so an old result reads the same after any later edit.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class AnswerChoice(models.TextChoices):
    YES = "ja", _("Ja")
    PARTLY = "gedeeltelijk", _("Gedeeltelijk")
    NO = "nee", _("Nee")
    UNKNOWN = "weet-niet", _("Weet ik niet")


class QuestionnaireQuerySet(models.QuerySet):
    def current(self):
        """The questionnaire new scans use: the active one (the oldest, if editors made two)."""
        return self.filter(is_active=True).order_by("pk").first()


class Questionnaire(ClusterableModel):
    title = models.CharField(_("titel"), max_length=200)
    intro = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Korte uitleg boven aan de scan: voor wie, hoe lang het duurt, wat u krijgt."),
    )
    is_active = models.BooleanField(
        _("in gebruik"),
        default=True,
        help_text=_("Nieuwe scans gebruiken de vragenlijst die in gebruik is."),
    )

    objects = QuestionnaireQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("is_active"),
        InlinePanel("questions", label=_("Vragen"), min_num=1),
    ]

    class Meta:
        verbose_name = _("vragenlijst beleidsscan")
        verbose_name_plural = _("vragenlijsten beleidsscan")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Save, then freeze the content as a new version when it changed.

        ClusterableModel.save() writes the inline questions after the row itself (and after
        post_save), so the version is made here, once the questions are in the database."""
        with transaction.atomic():
            super().save(*args, **kwargs)
            if kwargs.get("update_fields") is None:
                from beleidsscan.services.questionnaire import freeze

                freeze(self)

    def latest_version(self):
        return self.versions.order_by("-number").first()


class ScanQuestion(Orderable):
    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("sleutel"),
        max_length=60,
        help_text=_(
            "Vaste code van de vraag, bijvoorbeeld 'lokaal-beeld'. Verander deze niet: "
            "de voortgang tussen scans wordt per sleutel vergeleken."
        ),
    )
    step = models.ForeignKey(
        "hub.PolicyStep", verbose_name=_("beleidsstap"), on_delete=models.PROTECT, related_name="+"
    )
    text = models.CharField(_("vraag"), max_length=300)
    why = models.TextField(_("waarom deze vraag"), max_length=600)
    weight = models.PositiveSmallIntegerField(
        _("gewicht"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
        help_text=_("Hoe zwaar de vraag telt in de score van de stap: 1 (licht) tot 3 (zwaar)."),
    )
    partly_points = models.PositiveSmallIntegerField(
        _("punten voor 'gedeeltelijk'"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("'Ja' geeft 100 punten, 'nee' en 'weet ik niet' 0."),
    )
    in_place = models.CharField(
        _("wat er staat bij 'ja'"),
        max_length=300,
        help_text=_(
            "Zo verschijnt een 'ja' bij 'Wat al staat', bijvoorbeeld 'Er is een lokaal beeld'."
        ),
    )
    action = models.CharField(
        _("volgende actie"),
        max_length=300,
        help_text=_(
            "De actie als het antwoord geen 'ja' is, bijvoorbeeld 'Maak een lokaal beeld'."
        ),
    )
    advice_no = models.TextField(_("advies bij 'nee'"))
    advice_partly = models.TextField(_("advies bij 'gedeeltelijk'"))
    advice_unknown = models.TextField(_("advies bij 'weet ik niet'"))
    domain = models.ForeignKey(
        "hub.Domain",
        verbose_name=_("domein"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: het terrein waar de vraag over gaat, voor passende interventies."),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("step")]),
        FieldPanel("text"),
        FieldPanel("why"),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("partly_points"), FieldPanel("domain")]),
        FieldPanel("in_place"),
        FieldPanel("action"),
        MultiFieldPanel(
            [FieldPanel("advice_no"), FieldPanel("advice_partly"), FieldPanel("advice_unknown")],
            heading=_("Advies per antwoord"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "key"], name="beleidsscan_question_unique_key"
            )
        ]

    def __str__(self):
        return self.text


class QuestionnaireVersion(models.Model):
    """A frozen copy of a questionnaire: what scans started on it are read with."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("versie"))
    content = models.JSONField(_("inhoud"))
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("versie van de vragenlijst")
        verbose_name_plural = _("versies van de vragenlijst")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="beleidsscan_version_unique_number"
            )
        ]

    def __str__(self):
        return f"{self.questionnaire} (versie {self.number})"
