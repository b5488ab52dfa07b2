"""The PDF of a whole guide (all public chapters, a table of contents and page numbers).

Rendered with WeasyPrint and stored in the default storage under a name that contains the
guide's content version (GuidePage.pdf_version), so a new publication, or a chapter that is
restricted or unpublished, makes a new file; older files of the guide are deleted then, and
at once when a view restriction changes (`discard_guide_pdfs`).
"""

import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from hub.pdf import PDF_UA, render_pdf

logger = logging.getLogger(__name__)


FOLDER = "handreikingen/pdf"


def pdf_path(guide, version=None):
    return f"{FOLDER}/{guide.pk}-{version or guide.pdf_version()}.pdf"


def discard_guide_pdfs(guide_id, keep=None):
    """Delete the stored PDFs of a guide (all but `keep`). Returns how many went."""
    try:
        _folders, files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in files:
        path = f"{FOLDER}/{name}"
        if name.startswith(f"{guide_id}-") and path != keep:
            default_storage.delete(path)
            removed += 1
    return removed


def render_guide_pdf(guide, base_url):
    return render_pdf(
        "handreikingen/guide_pdf.html",
        {"guide": guide, "chapters": list(guide.chapters()), "printed_on": timezone.localdate()},
        base_url,
        pdf_variant=PDF_UA,
    )


def ensure_guide_pdf(guide, base_url):
    """Return the storage path of the current PDF, rendering it if it does not exist yet."""
    path = pdf_path(guide)
    if not default_storage.exists(path):
        data = render_guide_pdf(guide, base_url)
        if not default_storage.exists(path):
            default_storage.save(path, ContentFile(data))
        discard_guide_pdfs(guide.pk, keep=path)
        logger.info("Rendered PDF for guide %s (%s bytes)", guide.pk, len(data))
    return path
