"""HTML to PDF with WeasyPrint, for every PDF the hub makes (the certificate, a whole guide,
one intervention): one place that loads WeasyPrint and keeps its logging quiet."""

import logging

from django.template.loader import render_to_string
from django.utils import translation

# WeasyPrint logs each rendering step at INFO; keep worker and command output readable.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def html_to_pdf(html, base_url, **options):
    """The PDF bytes of `html`; relative links and images resolve against `base_url`.
    `options` go to WeasyPrint's write_pdf (e.g. pdf_tags=True for a tagged PDF)."""
    from weasyprint import HTML  # heavy: loaded only when a PDF is made

    return HTML(string=html, base_url=base_url).write_pdf(**options)


def render_pdf(template_name, context, base_url, **options):
    """The PDF bytes of a template rendered in Dutch."""
    with translation.override("nl"):
        html = render_to_string(template_name, context)
    return html_to_pdf(html, base_url, **options)
