"""The faceted search of the intervention database (used by the listing, export and API)."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from hub.faceting import ChoiceFacet, FacetedSearch, ForeignKeyFacet, Sort, TagFacet, TaxonomyFacet
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalRole,
    PolicyStep,
)
from hub.querysets import public_filter
from interventies.models import CostCategory, InterventionPage


class InterventionSearch(FacetedSearch):
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

    def __init__(self, request, index_page=None, params=None):
        self.index_page = index_page
        super().__init__(request, params=params)

    def base_queryset(self):
        queryset = InterventionPage.objects.live().filter(public_filter())
        if self.index_page is not None:
            queryset = queryset.descendant_of(self.index_page)
        return queryset

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "grounds", "domains")
        return objects
