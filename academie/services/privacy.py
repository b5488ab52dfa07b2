"""The participant's rights (AVG): download all their data, delete their account.

Deleting an account removes the person, not the history: enrolments, finished lessons and
quiz results stay without name or account (for the academy's numbers); certificates stay
verifiable with the code and show only what is printed on them (name, course, hours, dates).

Masterclass registrations (by account or by a verified address) are part of the export;
deleting the account cancels the upcoming ones (the seats go to the waitlist) and anonymises
all of them (academie.services.retention).

Alerts (mijn.services.alerts: the account's own and those asked for without an account at a
verified address) are part of the export and are deleted with the account, with their emails.
The interventions the user keeps in "Mijn lijst" (interventies.services.shortlist) are part
of the export and are deleted with the account.
Policy scans (beleidsscan.services.privacy: the account's own and those whose confirmed
contact address is a verified address of the account) are part of the export; the account's
own are deleted with it, and its addresses are taken off the other scans.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academie import conf
from academie.models import (
    Certificate,
    Enrolment,
    LessonCompletion,
    MasterclassRegistration,
    QuizAttempt,
)
from academie.services import retention
from academie.services.errors import AcademieError
from academie.services.registration import owned_by
from beleidsscan.services import privacy as policy_scans
from hub.accounts import address_condition, verified_addresses
from hub.models import OutboundEmail
from interventies.services import shortlist
from mijn.services import alerts


def _iso(value):
    return value.isoformat() if value else None


def _email_addresses(user):
    from allauth.account.models import EmailAddress

    return [
        {"e_mailadres": address.email, "bevestigd": address.verified, "primair": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("pk")
    ]


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


def export_registrations(user):
    registrations = (
        MasterclassRegistration.objects.filter(owned_by(user), anonymised_at__isnull=True)
        .select_related("session", "session__page")
        .order_by("created_at")
    )
    return [
        {
            "masterclass": registration.session.page.title,
            "plaats": registration.session.city,
            "datum": _iso(registration.session.date),
            "pagina": conf.absolute_url(registration.session.url),
            "status": registration.get_status_display(),
            "naam": registration.name,
            "e_mailadres": registration.email,
            "organisatie": registration.organisation,
            "gemeente": registration.municipality,
            "functie": registration.get_role_display(),
            "wensen": registration.needs,
            "workshops": registration.workshop_summary,
            "aangemeld_op": _iso(registration.created_at),
            "bevestigd_op": _iso(registration.confirmed_at),
            "afgemeld_op": _iso(registration.cancelled_at),
            "aanwezig": registration.attended,
        }
        for registration in registrations
    ]


def export_alerts(user):
    return alerts.export_for(user, verified_addresses(user))


def export_policy_scans(user):
    return policy_scans.export_for(user, verified_addresses(user))


def export_shortlist(user):
    return shortlist.export_for_user(user, conf.absolute_url)


# The sections of the data export, in this order, after the account and its addresses.
EXPORT_SECTIONS = (
    ("inschrijvingen", export_enrolments),
    ("certificaten", export_certificates),
    ("e_mails", export_emails),
    ("masterclasses", export_registrations),
    ("meldingen", export_alerts),
    ("mijn_lijst", export_shortlist),
    ("beleidsscans", export_policy_scans),
)


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
    for name, function in EXPORT_SECTIONS:
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
        alerts.forget(user, verified_addresses(user))
        _own_emails(user).delete()
        retention.forget_user(user)
        shortlist.erase_for_user(user)
        policy_scans.forget(user, verified_addresses(user))
        user.delete()
