"""Review ("laten toetsen"): the reviewer's comment per policy step and the uploaded policy
document. Documents live in private storage (settings.PRIVATE_MEDIA_ROOT), never under a
public media URL; they are served only by a view that checks access, and deleted with the
scan (see beleidsscan.signals)."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from beleidsscan.storage import private_storage


def document_path(instance, filename):
    # Never the visitor's file name on disk: a random name, the right extension.
    return f"beleidsscan/{uuid.uuid4().hex}.{instance.extension}"


class ReviewComment(models.Model):
    scan = models.ForeignKey(
        "beleidsscan.Scan", on_delete=models.CASCADE, related_name="review_comments"
    )
    step = models.ForeignKey(
        "hub.PolicyStep", verbose_name=_("beleidsstap"), on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField(_("opmerking"))
    updated_at = models.DateTimeField(_("bijgewerkt"), default=timezone.now)

    class Meta:
        verbose_name = _("opmerking van de toetser")
        verbose_name_plural = _("opmerkingen van de toetser")
        constraints = [
            models.UniqueConstraint(fields=["scan", "step"], name="beleidsscan_comment_per_step")
        ]

    def __str__(self):
        return self.text[:60]


class ScanDocument(models.Model):
    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word (.docx)"

    scan = models.OneToOneField(
        "beleidsscan.Scan", on_delete=models.CASCADE, related_name="document"
    )
    file = models.FileField(storage=private_storage, upload_to=document_path, max_length=200)
    kind = models.CharField(max_length=4, choices=Kind.choices)
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    size = models.PositiveIntegerField(_("grootte in bytes"))
    uploaded_at = models.DateTimeField(_("geüpload op"), default=timezone.now)

    class Meta:
        verbose_name = _("beleidsdocument")
        verbose_name_plural = _("beleidsdocumenten")

    def __str__(self):
        return self.original_name

    @property
    def extension(self):
        return self.kind
