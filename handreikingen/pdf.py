"""The PDF of a whole guide (all chapters, a table of contents and page numbers).

Rendered with WeasyPrint and stored in the default storage under a name that contains the
guide's content version, so a new publication makes a new file and old ones are never served.
"""

import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone

logger = logging.getLogger(__name__)


def pdf_path(guide, version=None):
    return f"handreikingen/pdf/{guide.pk}-{version or guide.pdf_version()}.pdf"


def render_guide_pdf(guide, base_url):
    from weasyprint import HTML

    html = render_to_string(
        "handreikingen/guide_pdf.html",
        {"guide": guide, "chapters": list(guide.chapters()), "printed_on": timezone.localdate()},
    )
    return HTML(string=html, base_url=base_url).write_pdf()


def ensure_guide_pdf(guide, base_url):
    """Return the storage path of the current PDF, rendering it if it does not exist yet."""
    path = pdf_path(guide)
    if not default_storage.exists(path):
        data = render_guide_pdf(guide, base_url)
        if not default_storage.exists(path):
            default_storage.save(path, ContentFile(data))
        logger.info("Rendered PDF for guide %s (%s bytes)", guide.pk, len(data))
    return path
