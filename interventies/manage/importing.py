"""Admin view: import interventions from CSV or XLSX, with a full validation report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from interventies.forms import ImportForm
from interventies.models import InterventionIndexPage
from interventies.spreadsheets import template
from interventies.spreadsheets.importing import import_interventions
from interventies.spreadsheets.report import report_summary
from interventies.spreadsheets.schema import COLUMNS

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _import_parent(request):
    """The page to import under, or None; PermissionDenied when the user may not import."""
    parent = InterventionIndexPage.objects.first()
    if parent is not None and not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return parent


def template_view(request):
    """The import template (XLSX), for the same users as the import itself."""
    parent = _import_parent(request)
    if parent is None:
        messages.error(request, _("Maak eerst een interventiedatabase-pagina aan."))
        return redirect("wagtailadmin_home")
    response = HttpResponse(template.as_xlsx(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="interventies-sjabloon.xlsx"'
    return response


def import_view(request):
    parent = _import_parent(request)
    if parent is None:
        messages.error(request, _("Maak eerst een interventiedatabase-pagina aan."))
        return redirect("wagtailadmin_home")
    permissions = parent.permissions_for_user(request.user)
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
        {
            "form": form,
            "report": report,
            "columns": COLUMNS,
            "parent": parent,
            **template.page_help(),
        },
    )
