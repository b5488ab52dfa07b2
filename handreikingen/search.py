"""The faceted list of good practices at /praktijkvoorbeelden/."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from handreikingen.models import GoodPracticePage
from hub.faceting import FacetedSearch, ForeignKeyFacet, Sort, TaxonomyFacet
from hub.models import DiscriminationGround, Domain, MunicipalitySize, PolicyStep, Province
from hub.querysets import public_filter


class GoodPracticeSearch(FacetedSearch):
    facets = [
        ForeignKeyFacet("provincie", _("Provincie"), Province, "province"),
        ForeignKeyFacet("grootte", _("Gemeentegrootte"), MunicipalitySize, "size"),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("grond", _("Discriminatiegrond"), DiscriminationGround),
        TaxonomyFacet("stap", _("Beleidsstap"), PolicyStep),
    ]
    sorts = [
        Sort("nieuwste", _("Nieuwste eerst"), ("-year", "title")),
        Sort("titel", _("Titel (A-Z)"), ("title",)),
        Sort("gemeente", _("Gemeente (A-Z)"), ("municipality", "title")),
    ]
    default_sort = "nieuwste"
    noun_singular = _("praktijkvoorbeeld")
    noun_plural = _("praktijkvoorbeelden")
    select_related = ("province", "size")

    def __init__(self, request, index_page=None, params=None):
        self.index_page = index_page
        super().__init__(request, params=params)

    def base_queryset(self):
        queryset = GoodPracticePage.objects.live().filter(public_filter())
        if self.index_page is not None:
            queryset = queryset.descendant_of(self.index_page)
        return queryset

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "domains")
        return objects
