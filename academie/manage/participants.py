"""Per masterclass session in the admin: the participants, waitlist and no-shows, cancelling a
registration, the check-in list for a tablet, the CSV/XLSX export, an email to all
participants, more seats, and the thank-you email.

Every view checks the model permission on the server; every change goes through the
services (locked, with the outbox).
"""

import csv
import io
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from academie.forms.masterclasses import CapacityForm, ParticipantMailForm
from academie.manage.exports import format_datetime, spreadsheet_cell
from academie.models import MasterclassRegistration, MasterclassSession, RegistrationStatus
from academie.services import RegistrationRefused, attendance, participant_mail, seats
from academie.services import registration as service

Status = RegistrationStatus

VIEW = "academie.view_masterclassregistration"
MANAGE = "academie.change_masterclassregistration"
CHANGE_SESSION = "academie.change_masterclasssession"


def get_session(pk):
    return get_object_or_404(
        MasterclassSession.objects.select_related("page", "slides").with_counts(), pk=pk
    )


def participants_url(session):
    return reverse("academie_sessions:participants", args=[session.pk])


# --------------------------------------------------------------------------- participants


def registration_groups(session):
    registrations = list(session.registrations.select_related("user").order_by("sequence"))
    past = session.is_past()
    groups = {
        "confirmed": [r for r in registrations if r.status == Status.CONFIRMED],
        "unconfirmed": [r for r in registrations if r.is_unconfirmed],
        "waitlist": [r for r in registrations if r.status == Status.WAITLISTED],
        "gone": [r for r in registrations if r.status in (Status.CANCELLED, Status.EXPIRED)],
    }
    for position, registration in enumerate(groups["waitlist"], start=1):
        registration.position = position
    groups["no_shows"] = [r for r in groups["confirmed"] if r.attended is not True] if past else []
    return groups


@permission_required(VIEW, raise_exception=True)
def participants(request, pk):
    """Per session: who is registered, who waits, who did not come."""
    session = get_session(pk)
    groups = registration_groups(session)
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/participants.html",
        {
            "session": session,
            "can_manage": request.user.has_perm(MANAGE),
            "can_change_session": request.user.has_perm(CHANGE_SESSION),
            "past": session.is_past(),
            "started": session.has_started(),
            **groups,
        },
    )


@require_POST
@permission_required(MANAGE, raise_exception=True)
def cancel_registration(request, pk, registration_pk):
    registration = get_object_or_404(MasterclassRegistration, pk=registration_pk, session_id=pk)
    try:
        _registration, changed = service.cancel(registration, by_organiser=True)
    except RegistrationRefused as error:
        messages.error(request, error.message)
    else:
        if changed:
            messages.success(
                request,
                _("%(name)s is afgemeld. De plaats gaat naar de wachtlijst.")
                % {"name": registration.display_name},
            )
    return redirect("academie_sessions:participants", pk=pk)


# --------------------------------------------------------------------------- check-in


@permission_required(MANAGE, raise_exception=True)
def checkin(request, pk):
    """The check-in list at the door: big buttons, one POST per participant (works on a
    tablet, with or without JavaScript)."""
    session = get_session(pk)
    query = (request.GET.get("q") or "").strip()[:100]
    confirmed = session.registrations.filter(status=Status.CONFIRMED)
    shown = confirmed
    if query:
        shown = shown.filter(
            Q(name__icontains=query) | Q(organisation__icontains=query) | Q(email__icontains=query)
        )
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/checkin.html",
        {
            "session": session,
            "registrations": shown.order_by("name", "pk"),
            "query": query,
            "present": confirmed.filter(attended=True).count(),
            "total": confirmed.count(),
            "can_check_in": session.date <= timezone.localdate(),
        },
    )


@require_POST
@permission_required(MANAGE, raise_exception=True)
def checkin_mark(request, pk, registration_pk):
    registration = get_object_or_404(MasterclassRegistration, pk=registration_pk, session_id=pk)
    present = request.POST.get("present") == "1"
    try:
        attendance.mark_attendance(registration, present)
    except RegistrationRefused as error:
        messages.error(request, error.message)
    url = reverse("academie_sessions:checkin", args=[pk])
    query = (request.POST.get("q") or "").strip()
    if query:
        url += "?" + urlencode({"q": query})
    return redirect(f"{url}#deelnemer-{registration.pk}")


# --------------------------------------------------------------------------- export

EXPORT_COLUMNS = [
    ("volgnummer", gettext_lazy("Volgnummer")),
    ("status", gettext_lazy("Status")),
    ("wachtlijst", gettext_lazy("Plaats op wachtlijst")),
    ("naam", gettext_lazy("Naam")),
    ("email", gettext_lazy("E-mailadres")),
    ("organisatie", gettext_lazy("Organisatie")),
    ("gemeente", gettext_lazy("Gemeente")),
    ("functie", gettext_lazy("Functie")),
    ("wensen", gettext_lazy("Toegankelijkheid of dieet")),
    ("workshops", gettext_lazy("Workshops")),
    ("aangemeld_op", gettext_lazy("Aangemeld op")),
    ("bevestigd_op", gettext_lazy("Bevestigd op")),
    ("aanwezig", gettext_lazy("Aanwezig")),
]


def export_rows(session):
    groups = registration_groups(session)
    positions = {r.pk: r.position for r in groups["waitlist"]}
    attended = {True: _("ja"), False: _("nee"), None: ""}
    for registration in session.registrations.order_by("sequence"):
        yield [
            registration.sequence,
            registration.get_status_display(),
            positions.get(registration.pk, ""),
            registration.display_name,
            registration.email,
            registration.organisation,
            registration.municipality,
            registration.get_role_display(),
            registration.needs,
            registration.workshop_summary,
            format_datetime(registration.created_at),
            format_datetime(registration.confirmed_at),
            attended[registration.attended],
        ]


@permission_required(VIEW, raise_exception=True)
def export(request, pk, fmt):
    session = get_session(pk)
    headings = [str(label) for _key, label in EXPORT_COLUMNS]
    rows = [[spreadsheet_cell(value) for value in row] for row in export_rows(session)]
    name = f"deelnemers-{slugify(session.page.title)[:40]}-{session.slug}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(headings)
        writer.writerows(rows)
        response = HttpResponse(
            "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = str(_("Deelnemers"))[:31]
        sheet.append(headings)
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    raise Http404


# --------------------------------------------------------------------------- actions


def session_form_response(request, session, form, *, title, icon, submit, intro):
    """The form of one action on a session (academie/masterclasses/admin/form.html), shown
    again with status 400 after a POST that did not go through."""
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/form.html",
        {
            "session": session,
            "form": form,
            "title": title,
            "icon": icon,
            "submit": submit,
            "intro": intro,
        },
        status=400 if request.method == "POST" else 200,
    )


@permission_required(MANAGE, raise_exception=True)
def email_participants(request, pk):
    session = get_session(pk)
    form = ParticipantMailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            count, sent = participant_mail.mail_participants(
                session, sent_by=request.user, **form.cleaned_data
            )
        except RegistrationRefused as error:
            messages.error(request, error.message)
        else:
            if sent:
                messages.success(
                    request,
                    _(
                        "Uw e-mail gaat naar %(count)s deelnemers. U vindt hem terug onder "
                        "Uitgaande e-mail."
                    )
                    % {"count": count},
                )
            else:
                messages.info(
                    request,
                    _(
                        "Deze e-mail was al verstuurd, naar %(count)s deelnemers. Er is niets "
                        "dubbel verstuurd."
                    )
                    % {"count": count},
                )
            return redirect("academie_sessions:participants", pk=pk)
    return session_form_response(
        request,
        session,
        form,
        title=_("E-mail aan deelnemers"),
        icon="mail",
        submit=_("E-mail versturen"),
        intro=_(
            "Het bericht gaat via de uitgaande e-mail naar elke deelnemer apart. Niemand ziet "
            "de e-mailadressen van anderen."
        ),
    )


@permission_required(CHANGE_SESSION, raise_exception=True)
def capacity(request, pk):
    session = get_session(pk)
    form = CapacityForm(request.POST or None, initial={"capacity": session.capacity})
    if request.method == "POST" and form.is_valid():
        try:
            promoted = seats.change_capacity(session, form.cleaned_data["capacity"])
        except RegistrationRefused as error:
            form.add_error("capacity", error.message)
        else:
            messages.success(
                request,
                _(
                    "Het aantal plaatsen is nu %(capacity)s. Van de wachtlijst kregen %(count)s mensen een plaats."
                )
                % {"capacity": form.cleaned_data["capacity"], "count": len(promoted)},
            )
            return redirect("academie_sessions:participants", pk=pk)
    return session_form_response(
        request,
        session,
        form,
        title=_("Aantal plaatsen aanpassen"),
        icon="plus",
        submit=_("Opslaan"),
        intro=_("Nu bezet: %(taken)s van %(capacity)s plaatsen; %(waitlist)s op de wachtlijst.")
        % {
            "taken": session.seats_taken,
            "capacity": session.capacity,
            "waitlist": session.n_waitlist,
        },
    )


@permission_required(MANAGE, raise_exception=True)
def thank_you(request, pk):
    session = get_session(pk)
    if request.method == "POST":
        try:
            count = attendance.send_thank_you(session)
        except RegistrationRefused as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("De bedankmail gaat naar %(count)s deelnemers.") % {"count": count},
            )
        return redirect("academie_sessions:participants", pk=pk)
    waiting = session.registrations.filter(
        status=Status.CONFIRMED, attended=True, thank_you_sent_at__isnull=True
    ).count()
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/thank_you.html",
        {"session": session, "waiting": waiting, "past": session.is_past()},
    )
