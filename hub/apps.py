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
