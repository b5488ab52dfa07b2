"""Mijn academie: the dashboard (courses, certificates, masterclass registrations), "verder
waar u was", and the participant's rights: download all their data, delete their account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from academie import services
from academie.emails.masterclasses import cancel_path
from academie.forms.courses import DeleteAccountForm
from academie.models import Certificate, Enrolment, MasterclassRegistration, RegistrationStatus
from academie.querysets import with_progress
from academie.services import privacy
from academie.services.registration import owned_by


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


def registrations_for_user(user):
    """A signed-in user's masterclass registrations (by account or by a verified address)."""
    registrations = list(
        MasterclassRegistration.objects.filter(owned_by(user), anonymised_at__isnull=True)
        .exclude(status=RegistrationStatus.EXPIRED)
        .select_related("session", "session__page")
        .order_by("session__date", "session__start_time")
    )
    for registration in registrations:
        if registration.is_active and not registration.session.has_started():
            registration.cancel_path = cancel_path(registration)
    return registrations


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
