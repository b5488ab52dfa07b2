"""A guide as PDF, at <guide>/pdf/."""

import logging

from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify

from handreikingen.pdf import ensure_guide_pdf
from handreikingen.tasks import build_guide_pdf
from hub.queue import enqueue_on_commit

logger = logging.getLogger(__name__)


def guide_pdf(request, guide):
    """The guide as PDF: from storage, or rendered now if this version has no PDF yet."""
    try:
        path = ensure_guide_pdf(guide, request.build_absolute_uri("/"))
    except Exception:
        logger.exception("PDF of guide %s failed to render", guide.pk)
        enqueue_on_commit(build_guide_pdf, guide.pk)
        response = TemplateResponse(
            request, "handreikingen/pdf_failed.html", {"page": guide}, status=503
        )
        response["Retry-After"] = "120"
        return response
    response = FileResponse(
        default_storage.open(path, "rb"),
        content_type="application/pdf",
        as_attachment=False,
        filename=f"{slugify(guide.title)}.pdf",
    )
    # Shared caches may keep the PDF of a public guide; never one behind a login or password.
    if guide.get_view_restrictions().exists():
        response["Cache-Control"] = "private, no-cache"
    else:
        response["Cache-Control"] = "public, max-age=300"
    return response
