from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Kennishub")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub import querysets  # noqa: F401  (connects cache invalidation signals)
        from hub.faceting import memory, terms  # noqa: F401

        memory.connect_signals()
