"""The factsheet downloads: /cijfers/<gemeente>/factsheet/pdf/ and .../word/ (issue 17)."""

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from inzicht.factsheet import build_factsheet
from inzicht.services import municipality as municipality_service
from inzicht.views.params import requested_source

PDF_TYPE = "application/pdf"


def _sheet(request, page, slug):
    area = municipality_service.find_municipality(slug)
    if area is None:
        raise Http404(_("Deze gemeente kennen we niet."))
    report = municipality_service.build(area, requested_source=requested_source(request))
    interventions = municipality_service.interventions_base_url()
    page_path = page.url + page.reverse_subpage("municipality", args=[area.slug])
    return area, build_factsheet(
        report,
        page_url=request.build_absolute_uri(page_path),
        interventions_url=request.build_absolute_uri(interventions) if interventions else "",
    )


def _download(data, content_type, filename):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def factsheet_pdf(request, page, slug):
    from inzicht.factsheet.pdf import build_pdf

    area, sheet = _sheet(request, page, slug)
    data = build_pdf(sheet, base_url=request.build_absolute_uri("/"))
    return _download(data, PDF_TYPE, f"factsheet-{area.slug}.pdf")


def factsheet_word(request, page, slug):
    from inzicht.factsheet.word import DOCX_TYPE, build_docx

    area, sheet = _sheet(request, page, slug)
    return _download(build_docx(sheet), DOCX_TYPE, f"factsheet-{area.slug}.docx")
