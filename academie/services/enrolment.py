"""Enrolment, approval, finishing lessons and completing a course."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie.emails import courses as emails
from academie.models import Enrolment, LessonCompletion, LessonPage
from academie.services.certificates import issue_certificate
from academie.services.errors import AccessDenied, EnrolmentRefused
from academie.services.structure import (
    check_can_work_on,
    lock_enrolment,
    progress_for,
    touch,
)


def missing_prerequisites(user, course):
    """Live prerequisite courses that `user` has not completed yet."""
    required = list(course.prerequisites.live().order_by("title"))
    if not required:
        return []
    done = set()
    if user.is_authenticated:
        done = set(
            Enrolment.objects.filter(
                user=user, course__in=required, completed_at__isnull=False
            ).values_list("course_id", flat=True)
        )
    return [prerequisite for prerequisite in required if prerequisite.pk not in done]


def enrol(user, course, *, participant_name, organisation, motivation=""):
    """Enrol `user` in `course`; returns (enrolment, created).

    Refused when an earlier request for the course was refused.
    Safe to call twice (a double click): the unique constraint on (user, course) and
    get_or_create in a transaction make sure there is one enrolment and one email. The email
    (to the participant, or to the managers for a request) is written to the outbox in the
    same transaction, so it is sent after commit, or by the sweeper if the broker was down.
    """
    if not user.is_authenticated:
        raise EnrolmentRefused(_("Log in om u in te schrijven."), code="login")
    if not course.live:
        raise EnrolmentRefused(_("Voor deze cursus kunt u zich niet inschrijven."), code="closed")
    missing = missing_prerequisites(user, course)
    if missing:
        raise EnrolmentRefused(
            ngettext(
                "Rond eerst de cursus %(courses)s af. Daarna kunt u zich inschrijven.",
                "Rond eerst deze cursussen af: %(courses)s. Daarna kunt u zich inschrijven.",
                len(missing),
            )
            % {"courses": ", ".join(f"‘{course.title}’" for course in missing)},
            code="prerequisites",
        )
    status = Enrolment.Status.REQUESTED if course.requires_approval else Enrolment.Status.ACTIVE
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            user=user,
            course=course,
            defaults={
                "status": status,
                "participant_name": participant_name.strip(),
                "organisation": organisation.strip(),
                "motivation": motivation.strip(),
            },
        )
        if not created and enrolment.status == Enrolment.Status.REFUSED:
            raise EnrolmentRefused(
                _(
                    "Uw aanvraag voor deze cursus is afgewezen. U kunt zich daarom niet opnieuw "
                    "inschrijven. Heeft u vragen? Neem contact op met de ADV Academie."
                ),
                code="refused",
            )
        if created:
            if enrolment.status == Enrolment.Status.ACTIVE:
                queue_enrolment_email(enrolment)
            else:
                emails.managers_new_request(enrolment)
    return enrolment, created


def queue_enrolment_email(enrolment):
    """Write the email that belongs to the enrolment's status (ingeschreven or afgewezen) to
    the outbox, once. Call inside the transaction that created or locked the enrolment.
    Returns True when an email was queued."""
    if enrolment.user is None or enrolment.confirmation_sent_at:
        return False
    if enrolment.status == Enrolment.Status.ACTIVE:
        emails.enrolment_confirmed(enrolment)
    elif enrolment.status == Enrolment.Status.REFUSED:
        emails.enrolment_refused(enrolment)
    else:
        return False
    enrolment.confirmation_sent_at = timezone.now()
    enrolment.save(update_fields=["confirmation_sent_at"])
    return True


def queue_status_email(enrolment_id, status):
    """Queue the email of an enrolment that still has `status` (ACTIVE or REFUSED), once.
    For the messages that earlier versions put on the task queue (academie.tasks); the email
    is normally queued with the change itself. Returns True when an email was queued."""
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update(of=("self",)).select_related("user")
        enrolment = locked.filter(pk=enrolment_id).first()
        if enrolment is None or enrolment.status != status:
            return False
        return queue_enrolment_email(enrolment)


def notify_managers_of_request(enrolment_id):
    """Tell the Academiebeheerders about a request that still waits (for the messages that
    earlier versions put on the task queue). Returns how many emails were queued."""
    enrolment = (
        Enrolment.objects.select_related("course")
        .filter(pk=enrolment_id, status=Enrolment.Status.REQUESTED)
        .first()
    )
    if enrolment is None:
        return 0
    with transaction.atomic():
        return len(emails.managers_new_request(enrolment))


def approve(enrolment, by):
    with transaction.atomic():
        enrolment = lock_enrolment(enrolment)
        if enrolment.status != Enrolment.Status.REQUESTED:
            raise EnrolmentRefused(_("Deze aanvraag is al beoordeeld."), code="decided")
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.decided_at = timezone.now()
        enrolment.decided_by = by
        enrolment.save(update_fields=["status", "decided_at", "decided_by"])
        queue_enrolment_email(enrolment)
    return enrolment


def refuse(enrolment, by, reason=""):
    with transaction.atomic():
        enrolment = lock_enrolment(enrolment)
        if enrolment.status != Enrolment.Status.REQUESTED:
            raise EnrolmentRefused(_("Deze aanvraag is al beoordeeld."), code="decided")
        enrolment.status = Enrolment.Status.REFUSED
        enrolment.refusal_reason = reason.strip()
        enrolment.decided_at = timezone.now()
        enrolment.decided_by = by
        enrolment.save(update_fields=["status", "refusal_reason", "decided_at", "decided_by"])
        queue_enrolment_email(enrolment)
    return enrolment


def complete_lesson(enrolment, lesson):
    """Mark a lesson done. Returns True when it was not done before."""
    if not isinstance(lesson, LessonPage):
        raise AccessDenied(_("Dit is geen les."), code="not_a_lesson")
    with transaction.atomic():
        enrolment = lock_enrolment(enrolment) if enrolment else None
        check_can_work_on(enrolment, lesson)
        _completion, created = LessonCompletion.objects.get_or_create(
            enrolment=enrolment, lesson=lesson
        )
        touch(enrolment, lesson)
        if created:
            check_completion(enrolment)
    return created


def check_completion(enrolment):
    """Complete the course when every required lesson is done and every quiz passed.

    Call inside the transaction that holds the enrolment lock. Issues the certificate once.
    """
    if enrolment.completed_at:
        return None
    progress = progress_for(enrolment)
    if not progress.is_complete:
        return None
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    return issue_certificate(enrolment)
