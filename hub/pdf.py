"""HTML to PDF with WeasyPrint, for every PDF the hub makes (the certificate, a whole guide,
one intervention): one place that loads WeasyPrint and keeps its logging quiet."""

import logging

from django.template.loader import render_to_string
from django.utils import translation

# WeasyPrint logs each rendering step at INFO; keep worker and command output readable.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

# PDF/UA-1: a tagged PDF (headings, lists, tables and figures with their alternate text for
# screen readers) that also shows its <title> as the document title and carries the
# language of <html lang>. Bookmarks come from the h1-h6 headings. Pass it as
# `pdf_variant=PDF_UA` to render_pdf.
PDF_UA = "pdf/ua-1"


def html_to_pdf(html, base_url, **options):
    """The PDF bytes of `html`; relative links and images resolve against `base_url`.
    `options` go to WeasyPrint's write_pdf (e.g. pdf_variant=PDF_UA for an accessible PDF)."""
    from weasyprint import HTML  # heavy: loaded only when a PDF is made

    return HTML(string=html, base_url=base_url).write_pdf(**options)


def render_pdf(template_name, context, base_url, **options):
    """The PDF bytes of a template rendered in Dutch."""
    with translation.override("nl"):
        html = render_to_string(template_name, context)
    return html_to_pdf(html, base_url, **options)
