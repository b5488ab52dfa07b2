"""factory-boy factories for the hub's page types (wagtail-factories), and the base of the
sections' page factories that take a `taxonomy`."""

import factory
import wagtail_factories

from hub.models import ContentPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="nl_NL")
    intro = factory.Faker("paragraph", locale="nl_NL")

    class Meta:
        model = ContentPage


class TaxonomyPageFactory(wagtail_factories.PageFactory):
    """A page factory with `taxonomy={"grounds": [...], "domains": [...], "tags": [names]}`:
    many-to-many fields set after the page is made, with terms or their slugs (tag names for
    `tags`); the page is saved again only when there was a taxonomy."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def taxonomy(self, create, extracted, **kwargs):
        if not extracted:
            return
        for field, values in extracted.items():
            if field == "tags":
                self.tags.set(values)
                continue
            model = type(self)._meta.get_field(field).related_model
            terms = [v if not isinstance(v, str) else model.objects.get(slug=v) for v in values]
            getattr(self, field).set(terms)
        if create:
            self.save()
