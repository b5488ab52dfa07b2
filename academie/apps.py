from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademieConfig(AppConfig):
    name = "academie"
    verbose_name = _("ADV Academie en masterclasses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Signal receivers connect, and Celery tasks register, on import. The tasks must be
        # known in the web process too: the services enqueue them by name.
        from academie import signals, tasks  # noqa: F401
        from academie.models import MasterclassSession
        from academie.services import seats
        from hub import versions

        # The masterclass listing is a facet index over sessions (not pages): rebuild it
        # when a session changes. Registrations change no facet, but they change the free
        # seats that listings and cached pages show: academie.signals marks those outdated
        # after commit (and academie.services.seats after queryset updates), through
        # a scope of the page cache that covers the masterclass pages only.
        versions.watch(MasterclassSession)
        versions.register_scope(seats.SEATS_VERSION_KEY, seats.masterclass_paths)
