"""When a masterclass session, or a page with sessions below it, may not be deleted: not while
the session still has participants (deleting it would drop their registrations without a
word). Used by the admin's session delete view and the page delete hooks."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import ngettext

from academie.models import ACTIVE_STATUSES, MasterclassSession


def session_delete_refusal(session, now=None):
    """Why a session cannot be deleted, or "" when it can. A session that has not ended
    keeps its participants: deleting it would drop their registrations without a word."""
    now = now or timezone.now()
    if session.is_past(now):
        return ""
    active = session.registrations.filter(status__in=ACTIVE_STATUSES).count()
    if not active:
        return ""
    return ngettext(
        "Deze bijeenkomst heeft nog %(count)s aanmelding. Meld die eerst af op de "
        "deelnemerspagina (de deelnemer krijgt dan een e-mail). Wilt u alleen geen nieuwe "
        "aanmeldingen? Zet dan ‘Aanmelding gesloten’ aan.",
        "Deze bijeenkomst heeft nog %(count)s aanmeldingen. Meld die eerst af op de "
        "deelnemerspagina (de deelnemers krijgen dan een e-mail). Wilt u alleen geen nieuwe "
        "aanmeldingen? Zet dan ‘Aanmelding gesloten’ aan.",
        active,
    ) % {"count": active}


def pages_delete_refusal(pages, now=None):
    """Why deleting these pages is refused, or "" when it may go ahead.

    Deleting a page deletes its subtree: every masterclass series under it and their sessions
    and registrations. The first session (anywhere in the subtree) that still has
    participants blocks the delete, with the same reason as deleting that session itself.
    """
    subtree = Q()
    for page in pages:
        subtree |= Q(page__path__startswith=page.path)
    if not subtree:
        return ""
    sessions = (
        MasterclassSession.objects.filter(subtree)
        .filter(registrations__status__in=ACTIVE_STATUSES)
        .distinct()
        .select_related("page")
    )
    for session in sessions:
        reason = session_delete_refusal(session, now=now)
        if reason:
            return f"{session}: {reason}"
    return ""
