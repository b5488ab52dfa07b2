import factory
import wagtail_factories

from hub.models import EvidenceLevel
from interventies.models import InterventionIndexPage, InterventionPage
from tests.factories import TaxonomyPageFactory


class InterventionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Interventies"
    slug = "interventies"

    class Meta:
        model = InterventionIndexPage


class InterventionPageFactory(TaxonomyPageFactory):
    title = factory.Sequence(lambda n: f"Interventie nummer {n}")
    # Fixed words, not Faker: random Dutch words ("werk", "huur") made text-search tests flaky.
    summary = factory.Sequence(lambda n: f"Samenvatting {n} van deze interventie.")
    evidence_level = factory.LazyFunction(lambda: EvidenceLevel.objects.get(slug="goed-beschreven"))

    class Meta:
        model = InterventionPage
