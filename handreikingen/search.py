"""The faceted list of good practices at /praktijkvoorbeelden/, and the guides by their
vocabulary (for alerts)."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from handreikingen.models import GoodPracticePage, GuidePage
from hub.faceting import ForeignKeyFacet, PageListing, Sort, TaxonomyFacet
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    MunicipalitySize,
    PolicyStep,
    Province,
)


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


class GuideSearch(PageListing):
    """Guides by their shared vocabulary. The site has no faceted guide listing (the guides
    index is a short list); alerts (mijn.services.alerts) use this to find the guides that
    match an alert's filters in the same way as the other listings."""

    page_model = GuidePage
    facets = [
        TaxonomyFacet("grond", _("Discriminatiegrond"), DiscriminationGround),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("doelgroep", _("Doelgroep"), Audience),
    ]
    noun_singular = _("handreiking")
    noun_plural = _("handreikingen")
