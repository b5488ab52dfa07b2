"""The certificate as a PDF (WeasyPrint), kept in Django's default storage."""

import logging

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation

from academie import conf
from academie.models import Certificate

# WeasyPrint logs each rendering step at INFO; keep worker and command output readable.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def render_pdf(certificate):
    """The PDF bytes of a certificate. Uses no network: fonts and styles are local."""
    from weasyprint import HTML

    with translation.override("nl"):
        html = render_to_string(
            "academie/certificate_pdf.html",
            {
                "certificate": certificate,
                "issuer": conf.certificate_issuer(),
                "verification_url": certificate.get_verification_url(),
            },
        )
    return HTML(string=html, base_url=conf.site_url()).write_pdf()


def ensure_pdf(certificate):
    """Render and store the PDF unless it exists already. Returns the certificate."""
    if certificate.pdf:
        return certificate
    content = render_pdf(certificate)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(content), save=False)
    updated = Certificate.objects.filter(pk=certificate.pk, pdf="").update(pdf=certificate.pdf.name)
    if not updated:
        # Another worker stored a PDF first: keep theirs, drop ours.
        certificate.pdf.storage.delete(certificate.pdf.name)
        certificate.refresh_from_db(fields=["pdf"])
    return certificate
