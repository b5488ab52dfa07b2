import factory
import wagtail_factories

from handreikingen.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
)
from hub.models import MunicipalitySize, Province
from tests.factories import TaxonomyPageFactory


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Handreikingen"
    slug = "handreikingen"

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handreiking {n}")
    intro = "Een handreiking om mee te beginnen."

    class Meta:
        model = GuidePage


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hoofdstuk {n}")
    what_to_do = "<p>Begin klein.</p>"

    class Meta:
        model = GuideChapterPage


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"

    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(TaxonomyPageFactory):
    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    municipality = factory.Sequence(lambda n: f"Gemeente Test{n}")
    province = factory.LazyFunction(lambda: Province.objects.get(slug="utrecht"))
    size = factory.LazyFunction(lambda: MunicipalitySize.objects.get(slug="tot-20000"))
    year = 2024
    summary = "Een gemeente pakte het aan."
    what_they_did = "<p>Ze gingen in gesprek.</p>"

    class Meta:
        model = GoodPracticePage
