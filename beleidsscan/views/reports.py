"""The result as a PDF or Word report (for the college and the council). Same access as the
result page; never cached, never indexed."""

from django.http import HttpResponse
from django.shortcuts import redirect

from beleidsscan.charts import score_chart
from beleidsscan.reports.pdf import build_pdf
from beleidsscan.reports.word import DOCX_TYPE, build_docx
from beleidsscan.services import access, results
from beleidsscan.views.common import private_page
from hub.siteurl import absolute_url


def _finished(request, public_id):
    scan, _level = access.scan_for(request, public_id)
    if not scan.is_finished:
        return scan, None
    return scan, results.build(scan)


def _filename(scan, extension):
    return f"beleidsscan-{scan.municipality.slug}-{scan.finished_at:%Y-%m-%d}.{extension}"


def _download(data, content_type, filename):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@private_page
def report_pdf(request, public_id):
    scan, result = _finished(request, public_id)
    if result is None:
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    data = build_pdf(
        result,
        score_chart(result),
        absolute_url=lambda page: absolute_url(page, request),
        base_url=request.build_absolute_uri("/"),
    )
    return _download(data, "application/pdf", _filename(scan, "pdf"))


@private_page
def report_docx(request, public_id):
    scan, result = _finished(request, public_id)
    if result is None:
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    data = build_docx(result, absolute_url=lambda page: absolute_url(page, request))
    return _download(data, DOCX_TYPE, _filename(scan, "docx"))
