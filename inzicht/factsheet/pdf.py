"""The factsheet as a PDF of one or two A4 pages (WeasyPrint, hub/pdf.py)."""

from hub.pdf import render_pdf

TEMPLATE = "inzicht/factsheet_pdf.html"


def build_pdf(sheet, base_url):
    """A tagged PDF (headings, tables and lists in the structure tree, for screen readers),
    in Dutch (<html lang="nl">), with the factsheet's title as the document title."""
    return render_pdf(TEMPLATE, {"sheet": sheet}, base_url, pdf_tags=True)
