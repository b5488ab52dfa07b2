"""Certificates: issued when a course is completed, verifiable by anyone with the code.

A certificate keeps its own copy of what is printed on it (name, course, hours, dates), so it
stays verifiable when the course changes or the holder deletes their account.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academie import conf
from academie.models.fields import account_link


def certificate_upload_to(instance, filename):
    return f"{conf.certificate_folder()}/{filename}"


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "geldig", _("Geldig")
        EXPIRED = "verlopen", _("Verlopen")
        REVOKED = "ingetrokken", _("Ingetrokken")

    code = models.CharField(_("code"), max_length=24, unique=True)
    enrolment = models.OneToOneField(
        "academie.Enrolment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificate",
    )
    user = account_link(_("account"), related_name="academie_certificates")
    course = models.ForeignKey(
        "academie.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("cursus"),
    )
    holder_name = models.CharField(_("naam op het certificaat"), max_length=200)
    course_title = models.CharField(_("cursus op het certificaat"), max_length=255)
    hours = models.DecimalField(_("studiebelasting in uren"), max_digits=4, decimal_places=1)
    issued_on = models.DateField(_("uitgereikt op"), default=timezone.localdate)
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)
    pdf = models.FileField(_("PDF"), upload_to=certificate_upload_to, blank=True)
    completion_email_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_reason = models.TextField(_("reden van intrekken"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")
        ordering = ["-issued_on", "-pk"]

    def __str__(self):
        return f"{self.code} · {self.holder_name} · {self.course_title}"

    @property
    def status(self):
        if self.revoked_at:
            return self.Status.REVOKED
        if self.valid_until and self.valid_until < timezone.localdate():
            return self.Status.EXPIRED
        return self.Status.VALID

    status.fget.short_description = _("status")

    @property
    def status_label(self):
        return self.Status(self.status).label

    status_label.fget.short_description = _("status")

    @property
    def is_valid(self):
        return self.status == self.Status.VALID

    def get_verification_path(self):
        return reverse("academie:certificate", args=[self.code])

    def get_verification_url(self):
        return conf.absolute_url(self.get_verification_path())

    def get_download_path(self):
        return reverse("academie:certificate_pdf", args=[self.code])
