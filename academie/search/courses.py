"""The faceted course catalogue at /academie/ (the one faceting engine of hub/faceting)."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from academie.models import CourseFormat, CoursePage, DurationBand
from hub.faceting import ChoiceFacet, PageListing, Sort, TaxonomyFacet
from hub.models import Audience, Domain, PolicyStep


class CourseSearch(PageListing):
    page_model = CoursePage
    facets = [
        TaxonomyFacet("doelgroep", _("Doelgroep"), Audience),
        ChoiceFacet("vorm", _("Vorm"), "course_format", CourseFormat.choices),
        ChoiceFacet(
            "duur",
            _("Duur"),
            "duration_band",
            DurationBand.choices,
            help_text=_("De studiebelasting in uren."),
        ),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("stap", _("Beleidsstap"), PolicyStep),
    ]
    sorts = [
        Sort("titel", _("Titel (A-Z)"), ("title",)),
        Sort("kortste", _("Kortste eerst"), ("duration_hours", "title")),
        Sort("nieuwste", _("Nieuwste eerst"), ("-first_published_at",)),
    ]
    default_sort = "titel"
    noun_singular = _("cursus")
    noun_plural = _("cursussen")

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "audiences")
        return objects
