"""Keep the site search entry of a masterclass series in step with its sessions: the series
is found by the places where it is held ("Deventer")."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from academie.models import MasterclassSession


@receiver(post_save, sender=MasterclassSession)
@receiver(post_delete, sender=MasterclassSession)
def reindex_series(sender, instance, **kwargs):
    page_id = instance.page_id

    def update():
        from modelsearch.index import insert_or_update_object

        from academie.models import MasterclassPage

        page = MasterclassPage.objects.filter(pk=page_id).first()
        if page is not None and page.live:
            insert_or_update_object(page)

    transaction.on_commit(update)
