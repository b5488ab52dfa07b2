"""Certificates on the site: the public verification at /academie/certificaat/ (anyone with
the code) and the PDF download for the holder.

The verification pages answer "is this certificate valid now?": a revoked or expired
certificate must show so on the next request, so they never come from a cache.
"""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from academie import services
from academie.forms.courses import CertificateLookupForm
from academie.models import Certificate
from academie.services.certificates import ensure_pdf


@never_cache
@login_required
def certificate_pdf(request, code):
    """Download your own certificate; it is made now if the background task has not yet."""
    certificate = Certificate.objects.filter(code=services.normalise_code(code)).first()
    if certificate is None or (
        certificate.user_id != request.user.pk
        and not request.user.has_perm("academie.view_certificate")
    ):
        raise Http404
    ensure_pdf(certificate)
    filename = f"certificaat-{slugify(certificate.course_title)[:60]}-{certificate.code}.pdf"
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type="application/pdf",
    )


@never_cache
@require_GET
def certificate_lookup(request):
    """/academie/certificaat/: type a code; a valid-looking code leads to its page."""
    form = CertificateLookupForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("academie:certificate", code=form.cleaned_data["code"])
    return render(
        request,
        "academie/certificate_lookup.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


@never_cache
@require_GET
def certificate_detail(request, code):
    """/academie/certificaat/<code>/: public, no login. Valid, expired, revoked or unknown."""
    normalised, certificate = services.verify_certificate(code)
    if certificate is not None and normalised != code:
        return redirect("academie:certificate", code=normalised)
    return render(
        request,
        "academie/certificate_detail.html",
        {
            "certificate": certificate,
            "code": code[:40],
            "form": CertificateLookupForm(),
            "checked_at": timezone.now(),
        },
        status=200 if certificate is not None else 404,
    )
