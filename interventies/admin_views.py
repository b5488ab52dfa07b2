"""Admin view: import interventions from CSV or XLSX, with a full validation report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from interventies.columns import COLUMNS
from interventies.forms import ImportForm
from interventies.importer import import_interventions
from interventies.models import InterventionIndexPage


def report_summary(report):
    """One sentence for the admin message and the command line."""
    summary = ngettext(
        "Import gelukt: %(created)s nieuw, %(updated)s bijgewerkt en %(unchanged)s ongewijzigd "
        "(%(rows)s rij).",
        "Import gelukt: %(created)s nieuw, %(updated)s bijgewerkt en %(unchanged)s ongewijzigd "
        "(%(rows)s rijen).",
        report.rows,
    ) % {
        "created": len(report.created),
        "updated": len(report.updated),
        "unchanged": len(report.unchanged),
        "rows": report.rows,
    }
    if report.drafts:
        summary += " " + ngettext(
            "%(count)s interventie is opgeslagen als concept; een eindredacteur moet publiceren.",
            "%(count)s interventies zijn opgeslagen als concept; een eindredacteur moet "
            "publiceren.",
            len(report.drafts),
        ) % {"count": len(report.drafts)}
    return summary


def import_view(request):
    parent = InterventionIndexPage.objects.first()
    if parent is None:
        messages.error(request, _("Maak eerst een interventiedatabase-pagina aan."))
        return redirect("wagtailadmin_home")
    permissions = parent.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        raise PermissionDenied
    report = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        publish = form.cleaned_data["publish"]
        if publish and not permissions.can_publish_subpage():
            form.add_error("publish", _("U mag niet publiceren; importeer als concept."))
        else:
            upload = form.cleaned_data["file"]
            report = import_interventions(
                upload.name, upload.read(), parent=parent, publish=publish, user=request.user
            )
            if report.ok:
                messages.success(request, report_summary(report))
    return TemplateResponse(
        request,
        "interventies/admin/import.html",
        {"form": form, "report": report, "columns": COLUMNS, "parent": parent},
    )
