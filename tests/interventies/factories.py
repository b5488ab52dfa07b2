import factory
import wagtail_factories

from hub.models import EvidenceLevel
from interventies.models import InterventionIndexPage, InterventionPage


class InterventionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Interventies"
    slug = "interventies"

    class Meta:
        model = InterventionIndexPage


class InterventionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Interventie nummer {n}")
    # Fixed words, not Faker: random Dutch words ("werk", "huur") made text-search tests flaky.
    summary = factory.Sequence(lambda n: f"Samenvatting {n} van deze interventie.")
    evidence_level = factory.LazyFunction(lambda: EvidenceLevel.objects.get(slug="goed-beschreven"))

    class Meta:
        model = InterventionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def taxonomy(self, create, extracted, **kwargs):
        """taxonomy={"grounds": [...], "domains": [...], "tags": [names]} with terms or slugs."""
        if not extracted:
            return
        for field, values in extracted.items():
            if field == "tags":
                self.tags.set(values)
                continue
            model = InterventionPage._meta.get_field(field).related_model
            terms = [v if not isinstance(v, str) else model.objects.get(slug=v) for v in values]
            getattr(self, field).set(terms)
        if create:
            self.save()
