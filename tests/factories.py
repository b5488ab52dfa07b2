"""factory-boy factories for the hub's page types (wagtail-factories)."""

import factory
import wagtail_factories

from hub.models import ContentPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="nl_NL")
    intro = factory.Faker("paragraph", locale="nl_NL")

    class Meta:
        model = ContentPage
