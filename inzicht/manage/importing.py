"""Admin views: import figures into a dataset, import areas and inhabitants, and download
their templates. Every view checks the permission on the server: figures need
`inzicht.change_dataset`, areas `inzicht.add_area` and `inzicht.change_area` (the
Eindredacteur group has them; a Redacteur may only look)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from hub.tabular import XLSX_CONTENT_TYPE
from inzicht.forms.importing import AreaImportForm, ObservationImportForm
from inzicht.importing import areas, observations, template
from inzicht.importing.areas import import_areas
from inzicht.importing.observations import import_observations
from inzicht.models import Dataset

FIGURES_PERMISSIONS = ["inzicht.change_dataset"]
AREAS_PERMISSIONS = ["inzicht.add_area", "inzicht.change_area"]


def may_import_figures(user):
    return user.has_perms(FIGURES_PERMISSIONS)


def may_import_areas(user):
    return user.has_perms(AREAS_PERMISSIONS)


def _forbidden(request):
    """A real 403 (the site's 403 page): Wagtail's admin would turn PermissionDenied into a
    redirect to the dashboard, which hides from scripts and tests that the request was
    refused."""
    return permission_denied(request, PermissionDenied(_("U mag dit niet importeren.")))


def _xlsx(data, filename):
    response = HttpResponse(data, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def figures_template_view(request):
    if not may_import_figures(request.user):
        return _forbidden(request)
    return _xlsx(template.observations_xlsx(), "cijfers-sjabloon.xlsx")


def areas_template_view(request):
    if not may_import_areas(request.user):
        return _forbidden(request)
    return _xlsx(template.areas_xlsx(), "gebieden-sjabloon.xlsx")


def figures_import_view(request):
    if not may_import_figures(request.user):
        return _forbidden(request)
    initial = {}
    if request.GET.get("dataset", "").isdigit():
        initial["dataset"] = Dataset.objects.filter(pk=request.GET["dataset"]).first()
    form = ObservationImportForm(request.POST or None, request.FILES or None, initial=initial)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = import_observations(
            upload.name, upload.read(), form.cleaned_data["dataset"], user=request.user
        )
        if report.ok:
            messages.success(request, report.summary)
    return TemplateResponse(
        request,
        "inzicht/admin/import.html",
        {
            "form": form,
            "report": report,
            "columns": observations.COLUMNS,
            "title": _("Cijfers importeren"),
            "intro": _(
                "Upload een CSV- of Excel-bestand met de cijfers van één dataset. We controleren "
                "eerst alle rijen. Staat er één fout in, dan slaan we niets op en ziet u hieronder "
                "per rij en kolom wat er mis is. Gaat alles goed, dan vervangen de cijfers in het "
                "bestand alle cijfers die de dataset had."
            ),
            "template_url": reverse("inzicht_import_figures_template"),
            "action": reverse("inzicht_import_figures"),
        },
    )


def areas_import_view(request):
    if not may_import_areas(request.user):
        return _forbidden(request)
    form = AreaImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = import_areas(upload.name, upload.read(), user=request.user)
        if report.ok:
            messages.success(request, report.summary)
    return TemplateResponse(
        request,
        "inzicht/admin/import.html",
        {
            "form": form,
            "report": report,
            "columns": areas.COLUMNS,
            "title": _("Gebieden importeren"),
            "intro": _(
                "Upload een CSV- of Excel-bestand met gemeenten, hun provincie, politie-eenheid, "
                "werkgebied van de ADV en inwoners per jaar. Eén gemeente mag op meer rijen "
                "staan, één per jaar. We controleren eerst alle rijen; bij één fout slaan we "
                "niets op."
            ),
            "template_url": reverse("inzicht_import_areas_template"),
            "action": reverse("inzicht_import_areas"),
        },
    )
