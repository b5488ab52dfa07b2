from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Kennishub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import signals, versions
        from hub.models import NavigationSettings, SearchSynonym
        from hub.ops import checks  # noqa: F401  (system checks register on import)

        # Changing these changes what pages show: new content version (hub.versions).
        versions.watch(NavigationSettings)
        versions.watch(SearchSynonym)
        signals.connect(signals.TABLE, "hub")
        self.remove_pages_from_search_index()

    @staticmethod
    def remove_pages_from_search_index():
        """Pages index themselves when saved (BasePage.save, search_auto_update off); a
        deleted page leaves the search index through modelsearch's own handler."""
        from django.db.models.signals import post_delete
        from modelsearch.index import get_indexed_models
        from modelsearch.signal_handlers import post_delete_signal_handler

        from hub.models import BasePage

        for model in get_indexed_models():
            if issubclass(model, BasePage):
                post_delete.connect(post_delete_signal_handler, sender=model)
