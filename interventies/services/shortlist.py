"""The visitor's "Mijn lijst": the interventions they keep to read again and to compare.

Anonymous visitors keep their list in the session (a list of page ids under SESSION_KEY);
signed-in users in the database (ShortlistItem). At login the session's list joins the
account's list (`merge_session_list`, called from interventies.signals).

Only live, public interventions of the request's site can be added. An intervention that
later disappears (unpublished, made private, moved to another site) stays in the stored list
but is not shown (`entries` counts it as unavailable); it can still be removed, and it
comes back when it is published again. Deleting a page deletes its items (the foreign key
cascades); the session keeps a dead id, which nothing shows.

A page that shows a visitor's own list state is never served from or stored in the shared
page cache: hub.pagecache only caches requests without a session cookie, and without a
session cookie the list is empty by definition (`is_personal`). Templates therefore render
the "Bewaar" button without a CSRF token for such requests (see
interventies.templatetags.shortlist_tags), which keeps those pages cacheable.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from hub.querysets import public_filter
from interventies.models import InterventionPage, ShortlistItem

SESSION_KEY = "interventies_shortlist"
# The most interventions one list holds: enough to collect for a policy plan, small enough
# that the list page stays one short read.
MAX_ITEMS = 50
# A page id is a positive 32-bit integer (the page table's primary key); at most 10 digits.
_ID_PATTERN = re.compile(r"^[0-9]{1,10}$")
_MAX_ID = 2**31 - 1
# The request attribute that remembers the ids for the rest of the request.
_MEMO = "_interventies_shortlist_ids"


class ShortlistError(Exception):
    """A change to the list was refused; `message` says why, in Dutch, safe to show."""

    def __init__(self, message, code=""):
        super().__init__(message)
        self.message = message
        self.code = code


def parse_id(value):
    """The page id in `value` (a query or form value), or None when it is not a plain
    positive number that fits a page id ("-1", "1e3", "０", 40 digits, "" give None)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value.isascii() or not _ID_PATTERN.match(value):
        return None
    number = int(value)
    return number if 0 < number <= _MAX_ID else None


def available_interventions(request):
    """Live, public interventions of the request's site: what a visitor may keep or compare."""
    site = Site.find_for_request(request)
    if site is None:
        return InterventionPage.objects.none()
    return InterventionPage.objects.live().in_site(site).filter(public_filter())


def is_personal(request):
    """True when the request may carry a list of its own: a signed-in user, or a visitor with
    a session. Without a session cookie the list is empty and the page may be shared (and
    cached) as it is."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _clean_session_ids(raw):
    """The ids stored in the session, as unique positive ints in their order; anything else
    (a tampered or outdated session value) is dropped."""
    if not isinstance(raw, list):
        return []
    ids = []
    for value in raw[: MAX_ITEMS * 2]:
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= _MAX_ID:
            if value not in ids:
                ids.append(value)
    return ids[:MAX_ITEMS]


def _session_ids(request):
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or not hasattr(request, "session"):
        return []
    return _clean_session_ids(request.session.get(SESSION_KEY))


def _user_ids(user):
    return list(
        ShortlistItem.objects.filter(user=user)
        .order_by("added_at", "pk")
        .values_list("page_id", flat=True)
    )


def shortlist_ids(request):
    """The page ids in the visitor's list, oldest first. One query (signed in) or a session
    read, once per request however many buttons a page shows."""
    memo = getattr(request, _MEMO, None)
    if memo is not None:
        return memo
    if not is_personal(request):
        ids = []
    elif request.user.is_authenticated:
        ids = _user_ids(request.user)
    else:
        ids = _session_ids(request)
    setattr(request, _MEMO, ids)
    return ids


def contains(request, page_id):
    return page_id in set(shortlist_ids(request))


def _forget_memo(request):
    if hasattr(request, _MEMO):
        delattr(request, _MEMO)


def _full_message():
    return ngettext(
        "Uw lijst is vol: er passen maximaal %(max)d interventie in. "
        "Verwijder eerst een interventie uit uw lijst.",
        "Uw lijst is vol: er passen maximaal %(max)d interventies in. "
        "Verwijder eerst een interventie uit uw lijst.",
        MAX_ITEMS,
    ) % {"max": MAX_ITEMS}


def find_available(request, raw_id):
    """The live, public intervention of this site with id `raw_id` (a form value), or a
    ShortlistError with a Dutch message."""
    page_id = parse_id(raw_id)
    page = available_interventions(request).filter(pk=page_id).first() if page_id else None
    if page is None:
        raise ShortlistError(
            _(
                "Deze interventie kunnen we niet vinden. Misschien is ze verwijderd of niet "
                "meer openbaar."
            ),
            code="unknown",
        )
    return page


def _lock_user(user):
    """Serialise the list changes of one user (two tabs adding at once): both would count
    49 and both add, one past the cap. A no-op on SQLite, which writes one at a time."""
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()


def add(request, raw_id):
    """Add the intervention with id `raw_id` to the visitor's list and return it. Adding
    one that is already in the list changes nothing (a double submit is harmless)."""
    page = find_available(request, raw_id)
    if request.user.is_authenticated:
        with transaction.atomic():
            _lock_user(request.user)
            ids = _user_ids(request.user)
            if page.pk not in ids:
                if len(ids) >= MAX_ITEMS:
                    raise ShortlistError(_full_message(), code="full")
                ShortlistItem.objects.get_or_create(user=request.user, page=page)
    else:
        ids = _clean_session_ids(request.session.get(SESSION_KEY))
        if page.pk not in ids:
            if len(ids) >= MAX_ITEMS:
                raise ShortlistError(_full_message(), code="full")
            request.session[SESSION_KEY] = [*ids, page.pk]
    _forget_memo(request)
    return page


def remove(request, raw_id):
    """Remove the intervention with id `raw_id` from the visitor's own list (also one that is
    no longer published). Returns True when it was in the list. Only ever touches the
    visitor's own list: the id selects within it."""
    page_id = parse_id(raw_id)
    if page_id is None:
        raise ShortlistError(_("Deze interventie staat niet in uw lijst."), code="unknown")
    if request.user.is_authenticated:
        deleted, _details = ShortlistItem.objects.filter(
            user=request.user, page_id=page_id
        ).delete()
        removed = bool(deleted)
    else:
        ids = _clean_session_ids(request.session.get(SESSION_KEY))
        removed = page_id in ids
        if removed:
            request.session[SESSION_KEY] = [pk for pk in ids if pk != page_id]
    _forget_memo(request)
    return removed


def entries(request):
    """What "Mijn lijst" shows: (the available interventions in the order they were added,
    the number of ids in the list that are no longer available). Two queries at most,
    however long the list."""
    ids = shortlist_ids(request)
    if not ids:
        return [], 0
    pages = (
        available_interventions(request)
        .filter(pk__in=ids)
        .select_related("evidence_level")
        .in_bulk()
    )
    found = [pages[pk] for pk in ids if pk in pages]
    return found, len(ids) - len(found)


def merge_session_list(request, user):
    """At login: the interventions of the session's list join `user`'s list (those still
    available, up to MAX_ITEMS), and the session's list is emptied. Returns the number that
    did not fit."""
    session = getattr(request, "session", None)
    ids = _clean_session_ids(session.get(SESSION_KEY)) if session is not None else []
    if not ids:
        return 0
    available = set(
        available_interventions(request).filter(pk__in=ids).values_list("pk", flat=True)
    )
    with transaction.atomic():
        _lock_user(user)
        existing = set(_user_ids(user))
        candidates = [pk for pk in ids if pk in available and pk not in existing]
        room = max(MAX_ITEMS - len(existing), 0)
        ShortlistItem.objects.bulk_create(
            [ShortlistItem(user=user, page_id=pk) for pk in candidates[:room]],
            ignore_conflicts=True,
        )
    del session[SESSION_KEY]
    _forget_memo(request)
    return max(len(candidates) - room, 0)


# ---------------------------------------------------------------------- privacy (AVG)


def export_for_user(user, absolute_url):
    """The user's list for their data export (academie.services.privacy): every stored item,
    also those no longer published. `absolute_url(path)` makes a full link."""
    items = (
        ShortlistItem.objects.filter(user=user).select_related("page").order_by("added_at", "pk")
    )
    return [
        {
            "interventie": item.page.title,
            "pagina": absolute_url(item.page.url) if item.page.live and item.page.url else None,
            "bewaard_op": item.added_at.isoformat(),
        }
        for item in items
    ]


def erase_for_user(user):
    """Delete the user's list (account deletion)."""
    ShortlistItem.objects.filter(user=user).delete()
