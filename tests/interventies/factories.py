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
    summary = factory.Faker("paragraph", locale="nl_NL")
    evidence_level = factory.LazyFunction(lambda: EvidenceLevel.objects.get(slug="goed-beschreven"))

    class Meta:
        model = InterventionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def taxonomy(self, create, extracted, **kwargs):
        """taxonomy={"grounds": [...], "domains": [...]} with terms or slugs."""
        if not extracted:
            return
        for field, values in extracted.items():
            model = InterventionPage._meta.get_field(field).related_model
            terms = [v if not isinstance(v, str) else model.objects.get(slug=v) for v in values]
            getattr(self, field).set(terms)
        if create:
            self.save()
