"""The rules of a scan's life: start, answer, finish, continue in a new version, keep in an
account, and delete. Views call these; they never change a scan themselves."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from beleidsscan.models import Questionnaire, Scan, ScanStatus
from beleidsscan.services import access
from beleidsscan.services.questionnaire import Version, freeze
from beleidsscan.services.scoring import clean_answers, is_complete


class ScanError(Exception):
    """A rule was broken; the message is Dutch and meant for the visitor."""

    def __init__(self, message, code=""):
        super().__init__(message)
        self.message = message
        self.code = code


def current_version():
    """The version new scans use, or None when no questionnaire is in use."""
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        return None
    return questionnaire.latest_version() or freeze(questionnaire)


def size_of(municipality):
    """The municipality's size class from its most recent number of inhabitants."""
    from inzicht.models import Population
    from inzicht.services.loading import Vocabulary

    inhabitants = (
        Population.objects.filter(area=municipality)
        .order_by("-year")
        .values_list("inhabitants", flat=True)
        .first()
    )
    return Vocabulary.load().size_for(inhabitants)


@transaction.atomic
def start(*, municipality, role, domains=(), grounds=(), user=None):
    """A new concept scan and its owner link: (scan, code). The code is shown once."""
    version = current_version()
    if version is None:
        raise ScanError(_("De beleidsscan is op dit moment niet beschikbaar."), "unavailable")
    scan = Scan.objects.create(
        version=version,
        municipality=municipality,
        size=size_of(municipality),
        role=role,
        owner=user if user is not None and user.is_authenticated else None,
    )
    scan.focus_domains.set(domains)
    scan.focus_grounds.set(grounds)
    _access, code = access.new_link(scan, access.OWNER)
    return scan, code


def _require_editable(scan):
    if not scan.is_editable:
        raise ScanError(
            _(
                "Deze scan is ingediend voor toetsing en kan niet meer worden gewijzigd. "
                "Begin een nieuwe versie om verder te werken."
            ),
            "locked",
        )


@transaction.atomic
def save_answers(scan, answers):
    """Merge the answers of one step into the scan. Unknown question keys and answers are
    dropped (the form already refuses them). Saving again after finishing keeps the scan
    finished only while every question still has an answer."""
    scan = Scan.objects.locked().select_related("version").get(pk=scan.pk)
    _require_editable(scan)
    version = Version.of(scan.version)
    merged = clean_answers(version, {**scan.answers, **answers})
    scan.answers = merged
    if scan.finished_at and not is_complete(version, merged):
        scan.finished_at = None
    scan.last_activity_at = timezone.now()
    scan.retention_warned_at = None
    scan.save(update_fields=["answers", "finished_at", "last_activity_at", "retention_warned_at"])
    return scan


@transaction.atomic
def finish(scan):
    scan = Scan.objects.locked().select_related("version").get(pk=scan.pk)
    _require_editable(scan)
    if not is_complete(Version.of(scan.version), scan.answers):
        raise ScanError(
            _("Nog niet alle vragen zijn beantwoord. Kies ‘weet ik niet’ als u iets niet weet."),
            "incomplete",
        )
    if scan.finished_at is None:
        scan.finished_at = timezone.now()
    scan.last_activity_at = timezone.now()
    scan.save(update_fields=["finished_at", "last_activity_at"])
    return scan


@transaction.atomic
def new_version(scan, *, user=None):
    """A new concept scan that continues `scan` (the baseline for the progress per step):
    the current questionnaire, the same municipality, role and focus, and the answers to the
    questions that still exist. Returns (new scan, owner code)."""
    if not scan.is_finished:
        raise ScanError(_("Rond de scan eerst af; daarna kunt u een nieuwe versie beginnen."))
    version = current_version()
    if version is None:
        raise ScanError(_("De beleidsscan is op dit moment niet beschikbaar."), "unavailable")
    copy = Scan.objects.create(
        version=version,
        municipality=scan.municipality,
        size=size_of(scan.municipality),
        role=scan.role,
        owner=scan.owner if scan.owner_id else (user if user and user.is_authenticated else None),
        previous=scan,
        answers=clean_answers(Version.of(version), scan.answers),
        contact_email=scan.contact_email,
        contact_confirmed_at=scan.contact_confirmed_at,
    )
    copy.focus_domains.set(scan.focus_domains.all())
    copy.focus_grounds.set(scan.focus_grounds.all())
    _access, code = access.new_link(copy, access.OWNER)
    return copy, code


@transaction.atomic
def keep_in_account(scan, user):
    """Put the scan in the user's "Mijn Kennishub" (it keeps working with its links too)."""
    if scan.owner_id and scan.owner_id != user.pk:
        raise ScanError(_("Deze scan staat al in een ander account."), "owned")
    Scan.objects.filter(pk=scan.pk).update(owner=user, last_activity_at=timezone.now())
    scan.owner = user


def delete_scans(queryset):
    """Delete scans with their links, answers, comments and document (the file leaves the
    disk after the commit, beleidsscan.signals) and the emails they caused. Returns how many
    scans went."""
    from hub.models import OutboundEmail

    with transaction.atomic():
        OutboundEmail.objects.related_to_queryset(queryset).delete()
        return queryset.delete()[1].get(Scan._meta.label, 0)


def delete(scan):
    delete_scans(Scan.objects.filter(pk=scan.pk))


def scans_of_user(user):
    return (
        Scan.objects.filter(owner=user)
        .select_related("municipality", "version")
        .order_by("-created_at")
    )


def status_label(scan):
    return dict(ScanStatus.choices)[scan.status]
