"""Review ("laten toetsen"): a finished scan goes to the reviewers and comes back with advice.

The states of `Scan.status` and who moves them:

    concept --submit (owner)--> ingediend --start_review (toetser)--> in-behandeling
        --send_advice (toetser)--> advies-gegeven

Only a finished concept with an address we may write to (a confirmed contact address, or an
account with a verified address) can be submitted: the advice is sent there. Every change
locks the scan's row (select_for_update), so a double click or two reviewers at once get a
clear ReviewError instead of a second submission or two advices. Once submitted a scan can
no longer be edited (Scan.is_editable); the municipality starts a new version instead.

Emails go through the outbox (hub.outbox.queue_email) in the same transaction:
- to the reviewers when a scan is submitted: one each, only a link to the admin queue, no
  content of the scan;
- to the municipality when the advice is given: a link to the result page, never a private
  link (the code is not stored, and an email is no place for a key).
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from academie.emails.language import in_dutch
from beleidsscan.models import ReviewComment, Scan, ScanStatus
from beleidsscan.services import contact, uploads
from beleidsscan.services.questionnaire import Version
from hub.outbox import queue_email
from hub.siteurl import absolute_path

REVIEW_PERMISSION = "beleidsscan.review_scan"
# Scans a reviewer may see in the admin: everything that was submitted.
REVIEWABLE = (ScanStatus.SUBMITTED, ScanStatus.IN_REVIEW, ScanStatus.ADVISED)
OPEN = (ScanStatus.SUBMITTED, ScanStatus.IN_REVIEW)
NOTE_MAX_LENGTH = 3000
COMMENT_MAX_LENGTH = 5000
ADVICE_MAX_LENGTH = 10000

SUBMITTED_CATEGORY = "beleidsscan-ingediend"
ADVICE_CATEGORY = "beleidsscan-advies"

# Why a scan cannot be submitted (see `submit_blocker`).
NOT_CONCEPT = "not-concept"
NOT_FINISHED = "not-finished"
NO_ADDRESS = "no-address"


class ReviewError(Exception):
    """A step that is not possible in the scan's state; `message` says why, in Dutch."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def may_review(user):
    return bool(user and user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def contact_address(scan):
    """Where the advice goes: the confirmed contact address, else a verified address of the
    scan's account ("" when there is none)."""
    found = contact.addresses(scan)
    return found[0] if found else ""


def submit_blocker(scan):
    """None when `scan` can be submitted now; otherwise NOT_CONCEPT, NOT_FINISHED or
    NO_ADDRESS (the first thing to do)."""
    if scan.status != ScanStatus.CONCEPT:
        return NOT_CONCEPT
    if not scan.is_finished:
        return NOT_FINISHED
    if not contact_address(scan):
        return NO_ADDRESS
    return None


def blocker_message(scan, blocker):
    if blocker == NOT_CONCEPT:
        if scan.status == ScanStatus.ADVISED:
            return _("Deze scan is al getoetst. U vindt het advies bij de uitkomst.")
        return _("Deze scan is al ingediend voor toetsing. U hoeft niets meer te doen.")
    if blocker == NOT_FINISHED:
        return _("Maak de scan eerst af. Daarna kunt u hem laten toetsen.")
    return _(
        "We hebben een bevestigd e-mailadres nodig om het advies te sturen. Bevestig eerst uw "
        "e-mailadres."
    )


def _locked(scan):
    # Only the scan's row is locked (OF self): PostgreSQL refuses FOR UPDATE on the nullable
    # side of an outer join, and the municipality needs no lock.
    return Scan.objects.locked().select_related("municipality").get(pk=scan.pk)


def _copy_state(target, source, fields):
    for name in fields:
        setattr(target, name, getattr(source, name))


def reviewers():
    """Active accounts that may review (by group or their own permission; superusers only
    when the permission is theirs explicitly, so nobody gets mail for a role they lack)."""
    return (
        get_user_model()
        .objects.with_perm(
            REVIEW_PERMISSION,
            is_active=True,
            include_superusers=False,
            backend="django.contrib.auth.backends.ModelBackend",
        )
        .exclude(email="")
        .order_by("pk")
    )


def submit(scan, note="", document_file=None):
    """Submit a finished concept for review, with an optional note and document (an uploaded
    file or an uploads.CheckedDocument). Raises ReviewError, or ValidationError for a bad
    document (then nothing changed)."""
    note = (note or "").strip()[:NOTE_MAX_LENGTH]
    checked = None
    if document_file is not None:
        checked = (
            document_file
            if isinstance(document_file, uploads.CheckedDocument)
            else uploads.check(document_file)
        )
    with transaction.atomic():
        locked = _locked(scan)
        blocker = submit_blocker(locked)
        if blocker is not None:
            raise ReviewError(blocker_message(locked, blocker))
        if checked is not None:
            uploads.store(locked, checked)
        now = timezone.now()
        locked.status = ScanStatus.SUBMITTED
        locked.submitted_at = now
        locked.submission_note = note
        locked.last_activity_at = now
        locked.retention_warned_at = None
        locked.save(
            update_fields=[
                "status",
                "submitted_at",
                "submission_note",
                "last_activity_at",
                "retention_warned_at",
            ]
        )
        notify_reviewers(locked)
    _copy_state(
        scan,
        locked,
        ["status", "submitted_at", "submission_note", "last_activity_at", "retention_warned_at"],
    )
    return scan


def start_review(scan, reviewer):
    """Take a submitted scan into review. A scan already in review is taken over by
    `reviewer` (a colleague may be away); a concept or an advised scan cannot be."""
    with transaction.atomic():
        locked = _locked(scan)
        if locked.status not in OPEN:
            raise ReviewError(_state_message(locked))
        if locked.status == ScanStatus.SUBMITTED or locked.reviewer_id != reviewer.pk:
            locked.status = ScanStatus.IN_REVIEW
            locked.reviewer = reviewer
            locked.review_started_at = timezone.now()
            locked.save(update_fields=["status", "reviewer", "review_started_at"])
    _copy_state(scan, locked, ["status", "reviewer_id", "review_started_at"])
    return scan


def _state_message(scan):
    if scan.status == ScanStatus.CONCEPT:
        return _("Deze scan is niet ingediend voor toetsing.")
    if scan.status == ScanStatus.ADVISED:
        return _("Het advies voor deze scan is al verstuurd.")
    if scan.status == ScanStatus.SUBMITTED:
        return _("Neem de scan eerst in behandeling.")
    return _("Dit kan niet in de huidige status van de scan.")


def step_ids(scan):
    return [step.id for step in Version.of(scan.version).steps]


def save_comments(scan, reviewer, comments, advice=None):
    """Save the reviewer's comment per step ({step id: text}; an empty text deletes it) and,
    when given, the draft of the general advice. Only while the scan is in review; steps that
    are not in the scan's questionnaire are ignored."""
    known = set(step_ids(scan))
    with transaction.atomic():
        locked = _locked(scan)
        if locked.status != ScanStatus.IN_REVIEW:
            raise ReviewError(_state_message(locked))
        now = timezone.now()
        for step_id, text in (comments or {}).items():
            try:
                step_id = int(step_id)
            except (TypeError, ValueError):
                continue
            if step_id not in known:
                continue
            text = (text or "").strip()[:COMMENT_MAX_LENGTH]
            if text:
                ReviewComment.objects.update_or_create(
                    scan=locked, step_id=step_id, defaults={"text": text, "updated_at": now}
                )
            else:
                ReviewComment.objects.filter(scan=locked, step_id=step_id).delete()
        if advice is not None:
            locked.advice = advice.strip()[:ADVICE_MAX_LENGTH]
            locked.save(update_fields=["advice"])
        if locked.reviewer_id is None:
            locked.reviewer = reviewer
            locked.save(update_fields=["reviewer"])
    _copy_state(scan, locked, ["advice", "reviewer_id"])
    return scan


def send_advice(scan, reviewer, advice):
    """Give the advice: the scan is "advies gegeven" and the municipality gets an email with
    a link to its result."""
    advice = (advice or "").strip()[:ADVICE_MAX_LENGTH]
    if not advice:
        raise ReviewError(_("Schrijf eerst een algemeen advies."))
    with transaction.atomic():
        locked = _locked(scan)
        if locked.status != ScanStatus.IN_REVIEW:
            raise ReviewError(_state_message(locked))
        locked.status = ScanStatus.ADVISED
        locked.advice = advice
        locked.advised_at = timezone.now()
        if locked.reviewer_id is None:
            locked.reviewer = reviewer
        locked.save(update_fields=["status", "advice", "advised_at", "reviewer"])
        notify_municipality(locked)
    _copy_state(scan, locked, ["status", "advice", "advised_at", "reviewer_id"])
    return scan


@in_dutch
def notify_reviewers(scan):
    """One email per reviewer: a scan waits in the queue (no content of the scan)."""
    body = render_to_string(
        "beleidsscan/email/review_submitted.txt",
        {"queue_url": absolute_path(reverse("beleidsscan_review_queue"))},
    )
    seen = set()
    emails = []
    for user in reviewers():
        address = user.email.strip()
        if not address or address.lower() in seen:
            continue
        seen.add(address.lower())
        emails.append(
            queue_email(
                to=address,
                subject=_("Er is een beleidsscan ingediend om te toetsen"),
                body_text=body,
                category=SUBMITTED_CATEGORY,
                related=scan,
            )
        )
    return emails


@in_dutch
def notify_municipality(scan):
    """The advice is ready: a link to the result (opened with the private link or in Mijn
    Kennishub); no access code."""
    address = contact_address(scan)
    if not address:
        return None
    body = render_to_string(
        "beleidsscan/email/review_advice.txt",
        {
            "scan": scan,
            "municipality": scan.municipality.name,
            "result_url": absolute_path(reverse("beleidsscan:result", args=[scan.public_id])),
            "mijn_url": absolute_path(reverse("mijn:dashboard")),
        },
    )
    return queue_email(
        to=address,
        subject=_("Advies over uw beleidsscan"),
        body_text=body,
        category=ADVICE_CATEGORY,
        related=scan,
    )
