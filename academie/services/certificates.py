"""Certificates: unguessable codes, issuing, the PDF, verification, revoking, and the reminder
before a certificate expires.

The PDF (WeasyPrint) is kept in Django's default storage. It is made by the Celery task
`finish_certificate_task` (defined here, next to the rule it runs) after the certificate is
issued, or on the first download, whichever comes first.
"""

import posixpath
import secrets
from datetime import timedelta

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from academie import conf
from academie.emails import courses as emails
from academie.models import Certificate
from hub.pdf import PDF_UA
from hub.pdf import render_pdf as render_template_pdf
from hub.qr import qr_svg
from hub.queue import RETRY_ON_DATABASE_ERRORS, enqueue_on_commit

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: easy to type over
CODE_GROUPS = 4
CODE_GROUP_LENGTH = 4  # 16 symbols of 30: about 78 bits, not guessable


def new_certificate_code():
    while True:
        raw = "".join(
            secrets.choice(CODE_ALPHABET) for _i in range(CODE_GROUPS * CODE_GROUP_LENGTH)
        )
        code = format_code(raw)
        if not Certificate.objects.filter(code=code).exists():
            return code


def format_code(raw):
    return "-".join(raw[i : i + CODE_GROUP_LENGTH] for i in range(0, len(raw), CODE_GROUP_LENGTH))


def normalise_code(value):
    """What a person typed or pasted (spaces, lower case, no dashes) as a stored code, or ""."""
    raw = "".join(ch for ch in str(value or "").upper() if ch.isalnum())
    if len(raw) != CODE_GROUPS * CODE_GROUP_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return ""
    return format_code(raw)


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


def issue_certificate(enrolment):
    """Create the certificate of a completed enrolment. The email to the holder is written to
    the outbox in the caller's transaction (sent after commit, or by the sweeper if the broker
    was down); the PDF is made by a task after commit, or on the first download."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    course = enrolment.course
    user = enrolment.user
    issued_on = timezone.localdate()
    holder = (
        enrolment.participant_name
        or (user.get_full_name() if user else "")
        or (user.email if user else "")
    )
    certificate = Certificate.objects.create(
        code=new_certificate_code(),
        enrolment=enrolment,
        user=user,
        course=course,
        holder_name=holder,
        course_title=course.title,
        hours=course.duration_hours,
        issued_on=issued_on,
        valid_until=add_months(issued_on, course.certificate_validity_months)
        if course.certificate_validity_months
        else None,
    )
    if user is not None:
        emails.course_completed(certificate)
        certificate.completion_email_sent_at = timezone.now()
        certificate.save(update_fields=["completion_email_sent_at"])
    enqueue_on_commit(finish_certificate_task, certificate.pk)
    return certificate


def _locked(certificate_id):
    return (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(pk=certificate_id)
        .first()
    )


# --------------------------------------------------------------------------- the PDF

# Raise when the certificate PDF changes (its template or WeasyPrint options): a stored PDF
# of an older layout is made again on the next download or task run.
# 2 = PDF/UA with a QR code to the verification page (issue 19, point 4).
PDF_LAYOUT = 2


def certificate_pdf_context(certificate):
    """What the certificate PDF shows: the holder and course, and the public verification
    page as a printed URL and as a QR code (an inline SVG with an accessible name)."""
    verification_url = certificate.get_verification_url()
    with translation.override("nl"):
        label = gettext("QR-code naar de controlepagina van dit certificaat")
    return {
        "certificate": certificate,
        "issuer": conf.certificate_issuer(),
        "verification_url": verification_url,
        "qr_code": qr_svg(verification_url, label=label, size="24mm"),
    }


def render_pdf(certificate):
    """The PDF bytes of a certificate (PDF/UA: tagged, with title and language). Uses no
    network: fonts, styles and the QR code are local."""
    return render_template_pdf(
        "academie/certificate_pdf.html",
        certificate_pdf_context(certificate),
        conf.site_url(),
        pdf_variant=PDF_UA,
    )


def pdf_is_current(certificate):
    """Whether the stored PDF has the current layout (PDF_LAYOUT is in its file name)."""
    return bool(certificate.pdf) and f"-v{PDF_LAYOUT}" in posixpath.basename(certificate.pdf.name)


def ensure_pdf(certificate):
    """Render and store the PDF unless a PDF of the current layout exists already (an older
    one is replaced, then deleted). Returns the certificate."""
    if pdf_is_current(certificate):
        return certificate
    previous = certificate.pdf.name or ""
    content = render_pdf(certificate)
    certificate.pdf.save(f"{certificate.code}-v{PDF_LAYOUT}.pdf", ContentFile(content), save=False)
    updated = Certificate.objects.filter(pk=certificate.pk, pdf=previous).update(
        pdf=certificate.pdf.name
    )
    if not updated:
        # Another worker stored a PDF first: keep theirs, drop ours.
        certificate.pdf.storage.delete(certificate.pdf.name)
        certificate.refresh_from_db(fields=["pdf"])
    elif previous:
        certificate.pdf.storage.delete(previous)
    return certificate


def finish_certificate(certificate_id):
    """Render the certificate PDF (if missing); email the holder the link if that was not
    done when the certificate was issued (certificates of earlier versions). Returns True
    when that email was queued now."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return False
    ensure_pdf(certificate)
    with transaction.atomic():
        certificate = _locked(certificate_id)
        if certificate is None or certificate.user is None or certificate.completion_email_sent_at:
            return False
        emails.course_completed(certificate)
        certificate.completion_email_sent_at = timezone.now()
        certificate.save(update_fields=["completion_email_sent_at"])
    return True


# The name is older than this module (messages on the queue carry it): keep it.
@shared_task(name="academie.tasks.finish_certificate", **RETRY_ON_DATABASE_ERRORS)
def finish_certificate_task(certificate_id):
    return finish_certificate(certificate_id)


def verify_certificate(value):
    """(code, certificate or None) for what someone typed on the verification page."""
    code = normalise_code(value)
    if not code:
        return "", None
    return code, Certificate.objects.filter(code=code).first()


def revoke_certificate(certificate, reason):
    Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason.strip()
    )
    certificate.refresh_from_db()
    return certificate


# --------------------------------------------------------------------------- expiry


def expiring_certificates(today=None):
    """Valid certificates that end within the reminder period and were not reminded yet."""
    today = today or timezone.localdate()
    return Certificate.objects.filter(
        valid_until__isnull=False,
        valid_until__gte=today,
        valid_until__lte=today + timedelta(days=conf.reminder_days()),
        reminder_sent_at__isnull=True,
        revoked_at__isnull=True,
        user__isnull=False,
    )


def send_expiry_reminders():
    """Remind holders whose certificate expires soon (at most 1000 per run). Sends each
    reminder once, also when two runs overlap (row lock plus a "sent" timestamp). Returns
    how many were queued."""
    sent = 0
    for certificate_id in expiring_certificates().values_list("pk", flat=True)[:1000]:
        with transaction.atomic():
            certificate = _locked(certificate_id)
            if certificate is None or certificate.reminder_sent_at or certificate.user is None:
                continue
            emails.certificate_expiring(certificate)
            certificate.reminder_sent_at = timezone.now()
            certificate.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent
