"""Django views of the academy: the catalogue listing, "Mijn academie", the data export and
account deletion, and the public certificate verification."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from academie import services
from academie.forms.courses import CertificateLookupForm, DeleteAccountForm
from academie.models import Certificate, Enrolment
from academie.querysets import with_progress
from academie.search.courses import CourseSearch
from academie.services import privacy
from academie.services.certificates import ensure_pdf

RESULT_TEMPLATE = "academie/includes/course_card.html"


def catalogue(request, index_page):
    """/academie/: every course, with facets and text search (hub.faceting)."""
    search = CourseSearch(request, index_page=index_page)
    state = search.run()
    enrolled = {}
    if request.user.is_authenticated and state.results:
        for course_id, status, completed_at in Enrolment.objects.filter(
            user=request.user, course__in=[course.pk for course in state.results]
        ).values_list("course_id", "status", "completed_at"):
            if completed_at:
                enrolled[course_id] = _("Afgerond")
            else:
                enrolled[course_id] = Enrolment.Status(status).label
    context = index_page.get_context(request)
    context.update(
        {
            "search": state,
            "result_template": RESULT_TEMPLATE,
            "search_label": _("Zoek een cursus"),
            "enrolled": enrolled,
        }
    )
    response = TemplateResponse(request, index_page.get_template(request), context)
    if state.query:
        response["X-Robots-Tag"] = "noindex"
    return response


# --------------------------------------------------------------------------- Mijn academie


@never_cache
@login_required
def dashboard(request):
    enrolments = with_progress(
        Enrolment.objects.filter(user=request.user).select_related("course", "last_item")
    ).order_by("completed_at", "-last_activity_at", "-created_at")
    certificates = Certificate.objects.filter(user=request.user).order_by("-issued_on", "-pk")
    return render(
        request,
        "academie/dashboard.html",
        {
            "active": [e for e in enrolments if e.is_active and not e.completed_at],
            "waiting": [e for e in enrolments if not e.is_active],
            "completed": [e for e in enrolments if e.completed_at],
            "certificates": certificates,
            "can_delete": privacy.can_delete(request.user),
            **masterclass_overview(request.user),
        },
    )


def masterclass_overview(user):
    """Masterclass registrations for "Mijn academie": coming up, and attended afterwards."""
    from academie.masterclass_views import registrations_for_user
    from academie.models import RegistrationStatus

    registrations = registrations_for_user(user)
    today = timezone.localdate()
    upcoming = [
        r
        for r in registrations
        if r.session.date >= today and r.status != RegistrationStatus.CANCELLED
    ]
    for registration in upcoming:
        registration.position = registration.waitlist_position()
    past = [
        r
        for r in registrations
        if r.session.date < today and r.status == RegistrationStatus.CONFIRMED
    ]
    return {
        "masterclasses_upcoming": upcoming,
        "masterclasses_past": past,
        "masterclasses_attended": sum(1 for r in past if r.attended),
    }


@login_required
def resume(request, pk):
    """ "Verder waar u gebleven was": the last opened lesson if it is not done, else the next."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("course", "last_item"),
        pk=pk,
        user=request.user,
        status=Enrolment.Status.ACTIVE,
    )
    progress = services.progress_for(enrolment)
    last = enrolment.last_item
    target = None
    if last is not None and last.live:
        item = next((i for i in progress.items if i.pk == last.pk), None)
        if item is not None and progress.state(item) == "open":
            target = item
    target = target or progress.next_item
    return HttpResponseRedirect(target.url if target else enrolment.course.url)


@never_cache
@login_required
@require_GET
def data_export(request):
    data = privacy.export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mijn-gegevens-kennishub-{stamp}.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and privacy.can_delete(user) and form.is_valid():
        privacy.delete_account(user)
        logout(request)
        messages.success(
            request,
            _("Uw account is verwijderd. Bedankt dat u de ADV Academie heeft gebruikt."),
        )
        return redirect("/")
    return render(
        request,
        "academie/delete_account.html",
        {
            "form": form,
            "can_delete": privacy.can_delete(user),
            "enrolment_count": Enrolment.objects.filter(user=user).count(),
            "certificate_count": Certificate.objects.filter(user=user).count(),
        },
        status=400 if request.method == "POST" else 200,
    )


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


# --------------------------------------------------------------------------- verification


# The verification pages answer "is this certificate valid now?": a revoked or expired
# certificate must show so on the next request, so they never come from a cache.


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
