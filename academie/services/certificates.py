"""Certificates: unguessable codes, issuing, verification and revoking."""

import secrets

from django.utils import timezone

from academie.models import Certificate
from hub.queue import enqueue_on_commit

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
        from academie.emails import courses as emails

        emails.course_completed(certificate)
        certificate.completion_email_sent_at = timezone.now()
        certificate.save(update_fields=["completion_email_sent_at"])
    from academie import tasks

    enqueue_on_commit(tasks.finish_certificate, certificate.pk)
    return certificate


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
