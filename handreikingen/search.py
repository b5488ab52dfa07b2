"""The faceted list of good practices at /praktijkvoorbeelden/."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from handreikingen.models import GoodPracticePage
from hub.faceting import ForeignKeyFacet, PageListing, Sort, TaxonomyFacet
from hub.models import DiscriminationGround, Domain, MunicipalitySize, PolicyStep, Province


class GoodPracticeSearch(PageListing):
    page_model = GoodPracticePage
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

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "domains")
        return objects
