"""Who may use a scan: the holder of one of its private links, or its account.

A private link is `/beleidsscan/toegang/<code>/`, where the code is 43 random URL-safe
characters (256 bits); only its SHA-256 is stored, so the link is shown once and cannot be
read back from the database. Opening the link puts a grant (the scan and the link's row id)
in the visitor's session and redirects to the scan's own address, so the code does not stay
in the address bar, the history or a Referer. Every request checks the grant again: a
revoked link, or a scan that is gone, stops working at once.

Levels: "eigenaar" (owner: everything, including sharing, review and deletion) and
"bewerker" (a shared link: fill in and read the result).
"""

import hashlib
import re
import secrets

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from beleidsscan.models import Scan, ScanAccess

SESSION_KEY = "beleidsscan_grants"
OWNER = ScanAccess.Kind.OWNER
EDITOR = ScanAccess.Kind.EDITOR
_CODE_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")


class NoAccess(Http404):
    """No scan with this id, or no access to it: the two look the same."""


class LinkInvalid(Exception):
    """A forged, mistyped or revoked link, or one whose scan was deleted."""


def _hash(code):
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def new_link(scan, kind, label=""):
    """A new private link: (ScanAccess row, code). The code is not stored anywhere."""
    code = secrets.token_urlsafe(32)
    access = ScanAccess.objects.create(
        scan=scan, kind=kind, secret_hash=_hash(code), label=label[:100]
    )
    return access, code


def find_link(code):
    """The active ScanAccess for `code`; LinkInvalid otherwise."""
    code = (code or "").strip()
    if not _CODE_SHAPE.fullmatch(code):
        raise LinkInvalid
    access = (
        ScanAccess.objects.select_related("scan")
        .filter(secret_hash=_hash(code), revoked_at__isnull=True)
        .first()
    )
    if access is None:
        raise LinkInvalid
    return access


def remember(request, access):
    """Keep the grant in the session (a new session id: no fixation)."""
    grants = dict(request.session.get(SESSION_KEY) or {})
    if not grants:
        request.session.cycle_key()
    grants[access.scan.public_id.hex] = access.pk
    request.session[SESSION_KEY] = grants


def forget(request, scan):
    grants = dict(request.session.get(SESSION_KEY) or {})
    if grants.pop(scan.public_id.hex, None) is not None:
        request.session[SESSION_KEY] = grants


def level(request, scan):
    """OWNER, EDITOR or None for this request."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and scan.owner_id == user.pk:
        return OWNER
    grants = request.session.get(SESSION_KEY) or {}
    access_pk = grants.get(scan.public_id.hex)
    if not isinstance(access_pk, int):
        return None
    kind = (
        ScanAccess.objects.filter(pk=access_pk, scan=scan, revoked_at__isnull=True)
        .values_list("kind", flat=True)
        .first()
    )
    return kind


def scan_for(request, public_id, *, need=EDITOR, queryset=None):
    """(scan, level) when the request may use the scan at `need`; else 404 (no access looks
    the same as no scan, so ids cannot be probed) or 403 (an editor asking for owner rights)."""
    queryset = queryset if queryset is not None else Scan.objects.all()
    scan = (
        queryset.select_related("version", "municipality", "size")
        .filter(public_id=public_id)
        .first()
    )
    if scan is None:
        raise NoAccess
    found = level(request, scan)
    if found is None:
        raise NoAccess
    if need == OWNER and found != OWNER:
        raise PermissionDenied
    return scan, found


def revoke(access):
    if access.revoked_at is None:
        access.revoked_at = timezone.now()
        access.save(update_fields=["revoked_at"])


def touch(scan):
    """Note activity: the two-year retention counts from here."""
    now = timezone.now()
    Scan.objects.filter(pk=scan.pk).update(last_activity_at=now, retention_warned_at=None)
    scan.last_activity_at = now
    scan.retention_warned_at = None
