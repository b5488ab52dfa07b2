"""The checklist for anti-discrimination interventions: editable questions, answers per page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ChecklistQuestion(models.Model):
    """One question of the checklist, e.g. "Is het probleem helder omschreven?"."""

    key = models.SlugField(_("sleutel"), unique=True, help_text=_("Vaste naam voor imports."))
    question = models.CharField(_("vraag"), max_length=250)
    help_text = models.TextField(_("uitleg"), blank=True)
    sort_order = models.IntegerField(_("volgorde"), default=0)

    sort_order_field = "sort_order"
    panels = [FieldPanel("question"), FieldPanel("key"), FieldPanel("help_text")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("checklistvraag")
        verbose_name_plural = _("checklistvragen")

    def __str__(self):
        return self.question


class ChecklistAnswer(Orderable):
    class Answer(models.TextChoices):
        YES = "ja", _("Ja")
        PARTLY = "deels", _("Deels")
        NO = "nee", _("Nee")
        UNKNOWN = "onbekend", _("Onbekend")

    page = ParentalKey(
        "interventies.InterventionPage", on_delete=models.CASCADE, related_name="checklist_answers"
    )
    question = models.ForeignKey(
        ChecklistQuestion, on_delete=models.CASCADE, verbose_name=_("vraag")
    )
    answer = models.CharField(_("antwoord"), max_length=10, choices=Answer.choices)
    note = models.TextField(_("toelichting"), blank=True)

    panels = [FieldPanel("question"), FieldPanel("answer"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("antwoord op de checklist")
        verbose_name_plural = _("checklist")
        constraints = [
            models.UniqueConstraint(fields=["page", "question"], name="one_answer_per_question")
        ]
