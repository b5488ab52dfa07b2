from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademieConfig(AppConfig):
    name = "academie"
    verbose_name = _("ADV Academie en masterclasses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academie import (  # noqa: F401  (signals and privacy hooks register on import)
            masterclass_privacy,
            signals,
        )
        from academie.models import MasterclassSession
        from academie.services import registration
        from hub import versions

        # The masterclass listing is a facet index over sessions (not pages): rebuild it
        # when a session changes. Registrations change no facet, but they change the free
        # seats that listings and cached pages show: academie.signals marks those outdated
        # after commit (and academie.services.registration after queryset updates), through
        # a scope of the page cache that covers the masterclass pages only.
        versions.watch(MasterclassSession)
        versions.register_scope(registration.SEATS_VERSION_KEY, registration.masterclass_paths)
