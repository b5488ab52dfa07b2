"""An uploaded policy document leaves the disk together with its row (and so with its scan)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from beleidsscan.models import ScanDocument


@receiver(post_delete, sender=ScanDocument)
def delete_document_file(sender, instance, **kwargs):
    name, storage = instance.file.name, instance.file.storage
    if name:
        # After the commit: a rolled-back delete must not lose the file.
        transaction.on_commit(lambda: storage.delete(name))
