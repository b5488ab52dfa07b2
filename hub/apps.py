from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Kennishub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import checks, signals, versions  # noqa: F401  (checks register on import)
        from hub.models import NavigationSettings, SearchSynonym

        # Changing these changes what pages show: new content version (hub.versions).
        versions.watch(NavigationSettings)
        versions.watch(SearchSynonym)
        signals.connect(signals.TABLE, "hub")
