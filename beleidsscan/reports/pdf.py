"""The scan's report as a PDF for the college and the council (WeasyPrint, hub/pdf.py):
a tagged PDF in Dutch with the scores, the advice per step and every answer."""

from hub.pdf import render_pdf

TEMPLATE = "beleidsscan/report_pdf.html"


def build_pdf(result, chart, absolute_url, base_url):
    context = {"result": result, "scan": result.scan, "chart": chart, "absolute_url": absolute_url}
    return render_pdf(TEMPLATE, context, base_url, pdf_tags=True)
