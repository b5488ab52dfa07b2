"""The faceted search of the intervention database (used by the listing, export and API)."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from hub.faceting import ChoiceFacet, ForeignKeyFacet, PageListing, Sort, TagFacet, TaxonomyFacet
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalRole,
    PolicyStep,
)
from interventies.models import CostCategory, InterventionPage


class InterventionSearch(PageListing):
    page_model = InterventionPage
    facets = [
        TaxonomyFacet("grond", _("Discriminatiegrond"), DiscriminationGround),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("stap", _("Beleidsstap"), PolicyStep),
        ForeignKeyFacet(
            "erkenning",
            _("Erkenning"),
            EvidenceLevel,
            "evidence_level",
            help_text=_("Hoe sterk is het bewijs dat de aanpak werkt?"),
        ),
        TaxonomyFacet("mechanisme", _("Werkzaam mechanisme"), Mechanism),
        TaxonomyFacet("rol", _("Rol van de gemeente"), MunicipalRole),
        TaxonomyFacet("doelgroep", _("Doelgroep"), Audience),
        ChoiceFacet("kosten", _("Kosten"), "cost_category", CostCategory.choices),
        TagFacet("tag", _("Trefwoord"), InterventionPage),
    ]
    sorts = [
        Sort("bewijs", _("Sterkste bewijs eerst"), ("-evidence_level__sort_order", "title")),
        Sort("titel", _("Titel (A-Z)"), ("title",)),
        Sort("nieuwste", _("Nieuwste eerst"), ("-first_published_at",)),
    ]
    default_sort = "bewijs"
    noun_singular = _("interventie")
    noun_plural = _("interventies")
    extra_params = ("format",)
    select_related = ("evidence_level",)

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "grounds", "domains")
        return objects
