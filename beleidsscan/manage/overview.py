"""Admin view: the overall picture of all scans (aggregates only) and its CSV export.

Both check `beleidsscan.view_scan_overview` on the server (Redacteur and Eindredacteur have
it, beleidsscan/migrations/0002); without it the answer is a real 403. Wagtail's admin URL
wrapper sends anonymous visitors to the admin login first.
"""

import csv
import io

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from beleidsscan.services.overview import (
    CSV_COLUMNS,
    MIN_MUNICIPALITIES,
    TOO_FEW,
    build_overview,
    csv_rows,
)
from hub.spreadsheets import spreadsheet_cell

PERMISSION = "beleidsscan.view_scan_overview"


def may_view_overview(user):
    return user.has_perm(PERMISSION)


def _forbidden(request):
    """A real 403 (Wagtail would turn PermissionDenied into a redirect to the dashboard)."""
    return permission_denied(
        request, PermissionDenied(_("U mag het totaalbeeld van de beleidsscans niet zien."))
    )


def overview_view(request):
    if not may_view_overview(request.user):
        return _forbidden(request)
    overview = build_overview()
    return TemplateResponse(
        request,
        "beleidsscan/admin/overview.html",
        {
            "title": _("Beleidsscans: totaalbeeld"),
            "overview": overview,
            "min_municipalities": MIN_MUNICIPALITIES,
            "too_few": TOO_FEW,
            "csv_url": reverse("beleidsscan_overview_csv"),
        },
    )


def overview_csv_view(request):
    if not may_view_overview(request.user):
        return _forbidden(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([str(label) for label in CSV_COLUMNS])
    for row in csv_rows(build_overview()):
        writer.writerow([spreadsheet_cell(value) for value in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    name = f"beleidsscans-totaalbeeld-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
