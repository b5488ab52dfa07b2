"""Signal receivers of the academy.

- The site search entry of a masterclass series follows its sessions: the series is found by
  the places where it is held ("Deventer").
- Listings and cached pages show the free seats of each session: a registration that is
  created, changes status or is deleted marks them outdated after commit.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from academie.models import MasterclassPage, MasterclassRegistration, MasterclassSession
from academie.services.seats import seats_changed


@receiver(post_save, sender=MasterclassSession)
@receiver(post_delete, sender=MasterclassSession)
def reindex_series(sender, instance, **kwargs):
    page_id = instance.page_id

    def update():
        from modelsearch.index import insert_or_update_object

        page = MasterclassPage.objects.filter(pk=page_id).first()
        if page is not None and page.live:
            insert_or_update_object(page)

    transaction.on_commit(update)


@receiver(post_save, sender=MasterclassRegistration)
@receiver(post_delete, sender=MasterclassRegistration)
def registration_changed(sender, instance, update_fields=None, **kwargs):
    """Seats are held by status: a save that leaves the status alone (a reminder sent,
    attendance, anonymising) changes nothing that visitors see."""
    if update_fields is not None and "status" not in update_fields:
        return
    seats_changed()
