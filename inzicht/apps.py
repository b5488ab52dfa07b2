from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InzichtConfig(AppConfig):
    """Inzicht: discrimination figures per municipality and region (/cijfers/).

    Its own app: the figures are data (areas, populations, datasets, observations) with their
    own import, privacy rule and open-data API, not pages of the knowledge base. It uses the
    shared taxonomy of hub/ (grounds, domains, provinces, size classes) and links to the
    interventions, but nothing in the other apps depends on it.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "inzicht"
    verbose_name = _("Inzicht in cijfers")

    def ready(self):
        from hub.signals import connect
        from inzicht import (
            api,  # noqa: F401  (registers /api/v2/cijfers/)
            signals,
        )

        signals.register_versions()
        connect(signals.TABLE, "inzicht")
