"""The participant's rights (AVG): download all their data, delete their account.

Deleting an account removes the person, not the history: enrolments, finished lessons and
quiz results stay without name or account (for the academy's numbers); certificates stay
verifiable with the code and show only what is printed on them (name, course, hours, dates).

Other parts of the academy add their own data with `export_section` and `on_account_delete`
(for example masterclass registrations), so export and deletion stay complete.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academie import conf
from academie.models import Certificate, Enrolment, LessonCompletion, QuizAttempt
from academie.services import AcademieError
from hub.accounts import address_condition, verified_addresses
from hub.models import OutboundEmail

_EXPORT_SECTIONS = []
_DELETE_HANDLERS = []


def export_section(name):
    """Register `function(user) -> JSON-able data` as a section of the data export."""

    def register(function):
        _EXPORT_SECTIONS.append((name, function))
        return function

    return register


def on_account_delete(function):
    """Register `function(user)`, run inside the deletion transaction before the user goes."""
    _DELETE_HANDLERS.append(function)
    return function


def _iso(value):
    return value.isoformat() if value else None


def _email_addresses(user):
    from allauth.account.models import EmailAddress

    return [
        {"e_mailadres": address.email, "bevestigd": address.verified, "primair": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("pk")
    ]


@export_section("inschrijvingen")
def export_enrolments(user):
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("created_at")
    )
    completions = {}
    for completion in LessonCompletion.objects.filter(enrolment__in=enrolments).select_related(
        "lesson"
    ):
        completions.setdefault(completion.enrolment_id, []).append(
            {"les": completion.lesson.title, "afgerond_op": _iso(completion.completed_at)}
        )
    attempts = {}
    for attempt in QuizAttempt.objects.filter(enrolment__in=enrolments).select_related("quiz"):
        attempts.setdefault(attempt.enrolment_id, []).append(
            {
                "toets": attempt.quiz.title,
                "poging": attempt.number,
                "score_procent": attempt.score,
                "geslaagd": attempt.passed,
                "ingeleverd_op": _iso(attempt.submitted_at),
                "antwoorden": [
                    {
                        "vraag": question["text"],
                        "gekozen": [a["text"] for a in question["answers"] if a["chosen"]],
                        "goed": question["correct"],
                    }
                    for question in attempt.review
                ],
            }
        )
    return [
        {
            "cursus": enrolment.course.title,
            "cursus_url": conf.absolute_url(enrolment.course.url or ""),
            "status": enrolment.get_status_display(),
            "naam": enrolment.participant_name,
            "organisatie": enrolment.organisation,
            "toelichting_bij_aanvraag": enrolment.motivation,
            "reden_afwijzing": enrolment.refusal_reason,
            "ingeschreven_op": _iso(enrolment.created_at),
            "beoordeeld_op": _iso(enrolment.decided_at),
            "afgerond_op": _iso(enrolment.completed_at),
            "laatst_actief": _iso(enrolment.last_activity_at),
            "afgeronde_lessen": completions.get(enrolment.pk, []),
            "toetspogingen": attempts.get(enrolment.pk, []),
        }
        for enrolment in enrolments
    ]


@export_section("certificaten")
def export_certificates(user):
    return [
        {
            "code": certificate.code,
            "naam": certificate.holder_name,
            "cursus": certificate.course_title,
            "uren": str(certificate.hours),
            "uitgereikt_op": _iso(certificate.issued_on),
            "geldig_tot_en_met": _iso(certificate.valid_until),
            "status": str(certificate.status_label),
            "controleren": certificate.get_verification_url(),
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_on")
    ]


def _own_emails(user):
    """Outbox rows sent to an address this account has verified (never to one it merely
    added: anyone can add anyone's address, unverified)."""
    return OutboundEmail.objects.filter(address_condition("to", verified_addresses(user)))


@export_section("e_mails")
def export_emails(user):
    return [
        {
            "aan": email.to,
            "onderwerp": email.subject,
            "soort": email.category,
            "status": email.get_status_display(),
            "aangemaakt_op": _iso(email.created_at),
            "verzonden_op": _iso(email.sent_at),
            "tekst": email.body_text,
        }
        for email in _own_emails(user).order_by("created_at")
    ]


def export_user_data(user):
    data = {
        "toelichting": _(
            "Dit zijn alle gegevens die de Kennishub over u bewaart, gemaakt op uw verzoek."
        ),
        "gemaakt_op": _iso(timezone.now()),
        "account": {
            "gebruikersnaam": user.get_username(),
            "e_mailadres": user.email,
            "voornaam": user.first_name,
            "achternaam": user.last_name,
            "lid_sinds": _iso(user.date_joined),
            "laatst_ingelogd": _iso(user.last_login),
        },
        "e_mailadressen": _email_addresses(user),
    }
    for name, function in _EXPORT_SECTIONS:
        data[name] = function(user)
    return data


def can_delete(user):
    return not (user.is_staff or user.is_superuser)


def delete_account(user):
    """Delete `user`; keep their history anonymous and their certificates verifiable."""
    if not can_delete(user):
        raise AcademieError(
            _(
                "Een account met toegang tot de beheeromgeving kunt u hier niet verwijderen. "
                "Vraag een beheerder om dit te doen."
            ),
            code="staff",
        )
    with transaction.atomic():
        enrolments = Enrolment.objects.filter(user=user)
        OutboundEmail.objects.related_to_queryset(enrolments).delete()
        OutboundEmail.objects.related_to(user).delete()
        Enrolment.objects.filter(user=user).update(
            user=None,
            participant_name="",
            motivation="",
            refusal_reason="",
            anonymised_at=timezone.now(),
        )
        Certificate.objects.filter(user=user).update(user=None)
        _own_emails(user).delete()
        for handler in _DELETE_HANDLERS:
            handler(user)
        user.delete()
