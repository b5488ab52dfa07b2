"""The raadsledentool at /raadsleden/: role choice, a quick scan and a tailored result.

Everything a council member reads is edited in the admin: the roles with their examples and
instruments (a StreamField on the tool page), the scan questions with their advice, questions
for the college and motion texts (inline on the tool page), the do's and don'ts and the
conversation starters. Nothing about the visitor is stored: the answers live in the URL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.snippets.blocks import SnippetChooserBlock

from hub.blocks import RICH_TEXT_FEATURES, BaseContentBlock
from hub.models import BasePage


class Instrument(models.TextChoices):
    WRITTEN_QUESTIONS = "schriftelijke-vragen", _("Schriftelijke vragen")
    MOTION = "motie", _("Motie")
    AMENDMENT = "amendement", _("Amendement")
    INITIATIVE = "initiatiefvoorstel", _("Initiatiefvoorstel")
    WORK_VISIT = "werkbezoek", _("Werkbezoek")
    BUDGET = "begrotingsbehandeling", _("Begrotingsbehandeling")


class Answer(models.TextChoices):
    YES = "ja", _("Ja")
    PARTLY = "deels", _("Deels")
    NO = "nee", _("Nee")
    UNKNOWN = "onbekend", _("Weet ik niet")


class RoleBlock(blocks.StructBlock):
    role = SnippetChooserBlock("hub.CouncilRole", label=_("Rol"))
    explanation = blocks.RichTextBlock(label=_("Uitleg"), features=RICH_TEXT_FEATURES)
    examples = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Voorbeelden"))
    actions = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Wat kunt u doen?"))
    instruments = blocks.MultipleChoiceBlock(
        choices=Instrument.choices, label=_("Instrumenten"), required=False
    )

    class Meta:
        icon = "user"
        label = _("Rol van de raad")


class CouncilToolPage(RoutablePageMixin, BasePage):
    body = StreamField(BaseContentBlock(), verbose_name=_("uitleg"), blank=True)
    roles = StreamField([("role", RoleBlock())], verbose_name=_("rollen"), blank=True)
    dos = StreamField(
        [("item", blocks.CharBlock(max_length=300))],
        verbose_name=_("doen bij het verkennen van discriminatie"),
        blank=True,
    )
    donts = StreamField(
        [("item", blocks.CharBlock(max_length=300))],
        verbose_name=_("niet doen bij het verkennen van discriminatie"),
        blank=True,
    )
    conversation_starters = StreamField(
        [("item", blocks.CharBlock(max_length=300))],
        verbose_name=_("vragen voor het gesprek in de raad"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("roles"),
        InlinePanel("questions", heading=_("Vragen van de quickscan"), label=_("Vraag")),
        MultiFieldPanel([FieldPanel("dos"), FieldPanel("donts")], heading=_("Doen en niet doen")),
        FieldPanel("conversation_starters"),
    ]
    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count = 1
    search_type = ("raadsleden", _("Raadsledentool"))

    class Meta:
        verbose_name = _("raadsledentool")

    @path("")
    def start(self, request):
        from handreikingen.raadsleden.views import start

        return start(request, self)

    @path("scan/")
    def scan(self, request):
        from handreikingen.raadsleden.views import scan

        return scan(request, self)

    @path("resultaat/")
    def result(self, request):
        from handreikingen.raadsleden.views import result

        return result(request, self)

    @path("resultaat/word/")
    def result_docx(self, request):
        from handreikingen.raadsleden.views import result_docx

        return result_docx(request, self)


class ScanQuestion(Orderable):
    """One question of the quick scan, with what each answer means and what to do next."""

    page = ParentalKey(CouncilToolPage, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("sleutel"),
        max_length=50,
        help_text=_(
            "Korte vaste naam, staat in de link naar het resultaat. Verander hem niet zomaar."
        ),
    )
    step = models.ForeignKey(
        "hub.PolicyStep", on_delete=models.PROTECT, related_name="+", verbose_name=_("beleidsstap")
    )
    domain = models.ForeignKey(
        "hub.Domain",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("domein (voor aanbevolen interventies)"),
    )
    question = models.CharField(_("vraag"), max_length=300)
    help_text = models.CharField(_("toelichting"), max_length=300, blank=True)
    meaning_partly = RichTextField(
        _("wat betekent 'deels'?"), features=RICH_TEXT_FEATURES, blank=True
    )
    meaning_no = RichTextField(_("wat betekent 'nee'?"), features=RICH_TEXT_FEATURES, blank=True)
    meaning_unknown = RichTextField(
        _("wat betekent 'weet ik niet'?"), features=RICH_TEXT_FEATURES, blank=True
    )
    college_questions = StreamField(
        [("question", blocks.CharBlock(max_length=300))],
        verbose_name=_("vragen aan het college"),
        blank=True,
    )
    motion = models.TextField(_("tekst voor een motie"), blank=True)
    written_questions = models.TextField(_("tekst voor schriftelijke vragen"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("step"),
        FieldPanel("domain"),
        FieldPanel("question"),
        FieldPanel("help_text"),
        FieldPanel("meaning_partly"),
        FieldPanel("meaning_no"),
        FieldPanel("meaning_unknown"),
        FieldPanel("college_questions"),
        FieldPanel("motion"),
        FieldPanel("written_questions"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("vraag van de quickscan")
        verbose_name_plural = _("vragen van de quickscan")
        constraints = [
            models.UniqueConstraint(fields=["page", "key"], name="unique_scan_question_key")
        ]

    def meaning(self, answer):
        return {
            Answer.PARTLY: self.meaning_partly,
            Answer.NO: self.meaning_no,
            Answer.UNKNOWN: self.meaning_unknown,
        }.get(answer, "")
