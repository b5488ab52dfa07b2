"""The "wat werkt" dossier: one page per working mechanism, listing its interventions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES, BaseContentBlock
from hub.models import BasePage, Mechanism
from hub.textsearch.indexing import with_search_keys


class MechanismIndexPage(BasePage):
    """/interventies/wat-werkt/: an introduction and the list of mechanisms."""

    body = StreamField(BaseContentBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["interventies.InterventionIndexPage"]
    subpage_types = ["interventies.MechanismPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht werkzame mechanismen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["mechanism_pages"] = (
            MechanismPage.objects.child_of(self).live().public().select_related("mechanism")
        )
        return context


class MechanismPage(BasePage):
    """Evidence of effect, why it works, when it does not, and examples, for one mechanism."""

    mechanism = models.OneToOneField(
        Mechanism, on_delete=models.PROTECT, related_name="page", verbose_name=_("mechanisme")
    )
    evidence = RichTextField(_("bewijs voor effect"), features=RICH_TEXT_FEATURES, blank=True)
    why_it_works = RichTextField(_("waarom werkt het?"), features=RICH_TEXT_FEATURES, blank=True)
    when_it_fails = RichTextField(
        _("wanneer werkt het niet?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Noem ook wanneer de aanpak averechts kan werken."),
    )
    examples = StreamField(BaseContentBlock(), verbose_name=_("voorbeelden"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("mechanism"),
        FieldPanel("intro"),
        FieldPanel("evidence"),
        FieldPanel("why_it_works"),
        FieldPanel("when_it_fails"),
        FieldPanel("examples"),
    ]
    search_fields = with_search_keys(
        [
            *BasePage.search_fields,
            index.SearchField("evidence"),
            index.SearchField("why_it_works"),
            index.SearchField("when_it_fails"),
            index.SearchField("examples"),
        ]
    )
    parent_page_types = ["interventies.MechanismIndexPage"]
    subpage_types = []
    search_type = ("mechanisme", _("Wat werkt: mechanismen"))

    class Meta:
        verbose_name = _("werkzaam mechanisme (pagina)")
        verbose_name_plural = _("werkzame mechanismen (pagina's)")

    def interventions(self):
        # Imported here: the dossier's page types are registered before the interventions
        # (see interventies/models/__init__.py), so this module cannot import them at the top.
        from interventies.models.interventions import InterventionPage

        return (
            InterventionPage.objects.live()
            .public()
            .filter(mechanisms=self.mechanism)
            .select_related("evidence_level")
            .prefetch_related("grounds", "domains")
            .order_by("-evidence_level__sort_order", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["interventions"] = self.interventions()
        return context
