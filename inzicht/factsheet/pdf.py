"""The factsheet as a PDF of one or two A4 pages (WeasyPrint, hub/pdf.py)."""

from hub.pdf import render_pdf

TEMPLATE = "inzicht/factsheet_pdf.html"


def build_pdf(sheet, base_url):
    return render_pdf(TEMPLATE, {"sheet": sheet}, base_url)
