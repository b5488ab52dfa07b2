"""Review on the public side: submitting a finished scan (/beleidsscan/<id>/toetsen/, owner
only) and downloading its document (/beleidsscan/<id>/document/, owner or editor).

The rules live in beleidsscan/services/reviews.py; this page explains what to do first when a
scan cannot be submitted yet (finish it, confirm an address). A refused document shows its
error in the form and keeps the note, so nothing typed is lost.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from beleidsscan.forms.review import ReviewSubmitForm
from beleidsscan.models import ScanDocument
from beleidsscan.services import access, reviews, uploads
from beleidsscan.views.common import private_page


def scan_url(name, scan):
    """The address of one of the scan's pages ("" while that page does not exist yet)."""
    try:
        return reverse(f"beleidsscan:{name}", args=[scan.public_id])
    except NoReverseMatch:
        return ""


def document_response(document):
    """The document as a download: never shown inline, never sniffed, never cached."""
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.original_name,
        content_type=uploads.CONTENT_TYPES.get(document.kind, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-cache, no-store, must-revalidate, max-age=0"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@private_page
@require_http_methods(["GET", "POST"])
def submit(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    blocker = reviews.submit_blocker(scan)
    form = ReviewSubmitForm(request.POST or None, request.FILES or None)
    message = ""
    status = 200
    if request.method == "POST":
        if blocker is not None:
            status = 409
            message = reviews.blocker_message(scan, blocker)
        elif form.is_valid():
            try:
                reviews.submit(scan, form.cleaned_data["note"], form.cleaned_data["document"])
            except reviews.ReviewError as error:
                message, status = error.message, 409
            except ValidationError as error:
                form.add_error("document", error)
                status = 400
            else:
                access.touch(scan)
                messages.success(
                    request,
                    _(
                        "Uw scan is ingediend. Een toetser bekijkt hem en stuurt u een e-mail "
                        "als het advies klaar is."
                    ),
                )
                return redirect("beleidsscan:review_submit", public_id=scan.public_id)
        else:
            status = 400
        blocker = reviews.submit_blocker(scan)
    context = {
        "scan": scan,
        "form": form,
        "message": message,
        "blocker": blocker,
        "NOT_CONCEPT": reviews.NOT_CONCEPT,
        "NOT_FINISHED": reviews.NOT_FINISHED,
        "NO_ADDRESS": reviews.NO_ADDRESS,
        "document": ScanDocument.objects.filter(scan=scan).first(),
        "overview_url": scan_url("overview", scan),
        "email_link_url": scan_url("email_link", scan),
        "result_url": scan_url("result", scan),
        "file_kept_note": bool(request.method == "POST" and form.errors.get("document")),
    }
    return render(request, "beleidsscan/review_submit.html", context, status=status)


@private_page
@require_GET
def document(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.EDITOR)
    item = ScanDocument.objects.filter(scan=scan).first()
    if item is None:
        raise Http404
    return document_response(item)
