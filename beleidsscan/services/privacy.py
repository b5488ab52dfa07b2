"""A person's rights (AVG) for the beleidsscan: their scans in the data export, and what
happens to them when the account is deleted (academie.services.privacy calls both).

Someone's scans are the scans their account keeps (`owner`), and the scans whose confirmed
contact address is one of their verified addresses (an unconfirmed address may have been
typed by anyone, so it does not hand out a scan's content).

Deleting the account deletes the scans it keeps (documents, links, comments and emails go
with them) and blanks the contact address on other scans that had one of its verified
addresses as contact: those scans stay for whoever else holds a link.
"""

from django.db.models import Q

from beleidsscan.models import QuestionnaireVersion, Scan
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scans import delete_scans
from beleidsscan.services.scoring import answer_label, scores
from hub.accounts import address_condition


def _iso(value):
    return value.isoformat() if value else None


def owned_by(user, addresses=()):
    condition = Q(owner=user)
    if addresses:
        condition |= Q(contact_confirmed_at__isnull=False) & address_condition(
            "contact_email", addresses
        )
    return Scan.objects.filter(condition)


def export_for(user, addresses=()):
    scans = list(
        owned_by(user, addresses)
        .select_related("municipality", "size", "document")
        .prefetch_related("focus_domains", "focus_grounds", "review_comments__step")
        .order_by("created_at", "pk")
    )
    versions = {
        version.pk: Version.of(version)
        for version in QuestionnaireVersion.objects.filter(
            pk__in={scan.version_id for scan in scans}
        )
    }
    rows = []
    for scan in scans:
        version = versions[scan.version_id]
        answers = scan.answers or {}
        document = getattr(scan, "document", None)
        rows.append(
            {
                "gemeente": scan.municipality.name,
                "grootteklasse": scan.size.name if scan.size else None,
                "rol": scan.get_role_display(),
                "status": scan.get_status_display(),
                "in_uw_account": scan.owner_id == user.pk,
                "e_mailadres": scan.contact_email,
                "e_mailadres_bevestigd_op": _iso(scan.contact_confirmed_at),
                "gestart_op": _iso(scan.created_at),
                "afgerond_op": _iso(scan.finished_at),
                "laatst_gebruikt": _iso(scan.last_activity_at),
                "ingediend_op": _iso(scan.submitted_at),
                "advies_gegeven_op": _iso(scan.advised_at),
                "versie_vragenlijst": version.number,
                "terreinen": [domain.name for domain in scan.focus_domains.all()],
                "gronden": [ground.name for ground in scan.focus_grounds.all()],
                "antwoorden": [
                    {
                        "stap": step.number,
                        "beleidsstap": step.name,
                        "vraag": question.text,
                        "antwoord": str(answer_label(answers.get(question.key), missing="")),
                    }
                    for step in version.steps
                    for question in step.questions
                ],
                "scores": [
                    {
                        "stap": item.step.number,
                        "beleidsstap": item.step.name,
                        "score": item.score,
                        "niveau": str(item.maturity_label),
                    }
                    for item in scores(version, answers)
                ],
                "toelichting_bij_indienen": scan.submission_note,
                "opmerkingen_toetser": [
                    {
                        "stap": comment.step.number,
                        "beleidsstap": comment.step.name,
                        "opmerking": comment.text,
                        "bijgewerkt_op": _iso(comment.updated_at),
                    }
                    for comment in sorted(
                        scan.review_comments.all(), key=lambda item: item.step.number
                    )
                ],
                "advies": scan.advice,
                "document": (
                    {
                        "bestandsnaam": document.original_name,
                        "geupload_op": _iso(document.uploaded_at),
                    }
                    if document
                    else None
                ),
            }
        )
    return rows


def forget(user, addresses=()):
    """Delete the scans `user` keeps; blank their addresses on other scans. Returns
    (deleted, blanked)."""
    deleted = delete_scans(Scan.objects.filter(owner=user))
    blanked = 0
    if addresses:
        blanked = Scan.objects.filter(address_condition("contact_email", addresses)).update(
            contact_email="", contact_confirmed_at=None
        )
    return deleted, blanked
