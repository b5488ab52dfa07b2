"""What invalidates what, for the academy: one table, connected in AcademieConfig.ready()
through hub.signals.connect.

- The masterclass listing is a facet index over sessions (not pages): a session that changes
  bumps the content version (hub.versions.watch), like a page.
- The site search entry of a masterclass series follows its sessions: the series is found by
  the places where it is held ("Deventer").
- Listings and cached pages show the free seats of each session: a registration that is
  created, changes status or is deleted marks them outdated after commit, through a scope of
  the page cache that covers the masterclass pages only (academie.services.seats does the same
  after queryset updates, which send no signals). Registrations change no facet.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from academie.models import MasterclassPage, MasterclassRegistration, MasterclassSession
from academie.services import seats
from hub import versions


def reindex_series(sender, instance, **kwargs):
    page_id = instance.page_id

    def update():
        from modelsearch.index import insert_or_update_object

        page = MasterclassPage.objects.filter(pk=page_id).first()
        if page is not None and page.live:
            insert_or_update_object(page)

    transaction.on_commit(update)


def registration_changed(sender, instance, update_fields=None, **kwargs):
    """Seats are held by status: a save that leaves the status alone (a reminder sent,
    attendance, anonymising) changes nothing that visitors see."""
    if update_fields is not None and "status" not in update_fields:
        return
    seats.seats_changed()


TABLE = [
    # signal, models, receiver: why
    # A series is found in site search by the places of its sessions.
    (post_save, (MasterclassSession,), reindex_series),
    (post_delete, (MasterclassSession,), reindex_series),
    # Free seats are shown on the masterclass pages (their own page-cache scope).
    (post_save, (MasterclassRegistration,), registration_changed),
    (post_delete, (MasterclassRegistration,), registration_changed),
]


def register_versions():
    """Sessions bump the content version; the masterclass pages get a scope for seats."""
    versions.watch(MasterclassSession)
    versions.register_scope(seats.SEATS_VERSION_KEY, seats.masterclass_paths)
