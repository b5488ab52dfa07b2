from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Kennishub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import checks, querysets  # noqa: F401  (system checks; cache invalidation signals)
        from hub.faceting import memory, terms  # noqa: F401

        memory.connect_signals()
        from hub.models import NavigationSettings, SearchSynonym

        # Changing these changes what pages show: empty the page cache and facet indexes.
        memory.watch(NavigationSettings)
        memory.watch(SearchSynonym)
        self.connect_navigation_signals()

    def connect_navigation_signals(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from hub.models import NavigationSettings
        from hub.templatetags.hub_tags import drop_cached_navigation

        post_save.connect(
            drop_cached_navigation, sender=NavigationSettings, dispatch_uid="nav-save"
        )
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(drop_cached_navigation, dispatch_uid=f"nav-{id(signal)}")

        from hub.renditions import on_publish

        page_published.connect(on_publish, dispatch_uid="pregenerate-renditions")
