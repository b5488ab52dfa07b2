"""Wagtail admin screens for organisers (Academiebeheerders): masterclass sessions, and per
session the participants, waitlist and no-shows, a check-in list for a tablet, CSV/XLSX
export, an email to all participants, raising capacity and the thank-you email.

Every view checks the model permission on the server; every change goes through
the services (academie.services: seats, registration, attendance, participant_mail; locked,
with the outbox).
"""

import csv
import io
from urllib.parse import urlencode

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton

from academie.admin_views import ReadOnlyViewSetMixin
from academie.exports import format_datetime, spreadsheet_cell
from academie.forms.masterclasses import CapacityForm, ParticipantMailForm
from academie.models import (
    MasterclassPage,
    MasterclassRegistration,
    MasterclassSession,
    Region,
    RegistrationStatus,
)
from academie.services import (
    RegistrationRefused,
    attendance,
    delete_guards,
    participant_mail,
    seats,
)
from academie.services import registration as service

Status = RegistrationStatus

VIEW = "academie.view_masterclassregistration"
MANAGE = "academie.change_masterclassregistration"
CHANGE_SESSION = "academie.change_masterclasssession"


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _session(pk):
    return get_object_or_404(
        MasterclassSession.objects.select_related("page", "slides").with_counts(), pk=pk
    )


def _participants_url(session):
    return reverse("academie_sessions:participants", args=[session.pk])


# --------------------------------------------------------------------------- sessions listing


class SessionFilterSet(WagtailFilterSet):
    when = django_filters.ChoiceFilter(
        label=gettext_lazy("Wanneer"),
        choices=[("komend", gettext_lazy("Komend")), ("geweest", gettext_lazy("Geweest"))],
        method="filter_when",
        empty_label=gettext_lazy("Alle"),
    )
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Masterclass"), queryset=MasterclassPage.objects.order_by("title")
    )
    region = django_filters.ChoiceFilter(label=gettext_lazy("Regio"), choices=Region.choices)

    class Meta:
        model = MasterclassSession
        fields = ["when", "page", "region"]

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "komend":
            return queryset.filter(date__gte=today)
        if value == "geweest":
            return queryset.filter(date__lt=today)
        return queryset


class SessionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page").with_counts()

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(VIEW):
            buttons.insert(
                0,
                ListingButton(
                    _("Deelnemers"),
                    url=_participants_url(instance),
                    icon_name="group",
                    attrs={"aria-label": _("Deelnemers van %(session)s") % {"session": instance}},
                    priority=5,
                ),
            )
        return buttons


class SessionDeleteView(DeleteView):
    """Refuses, with the reason, to delete a session that still has participants."""

    def refusal(self):
        reason = delete_guards.session_delete_refusal(self.object)
        if reason:
            messages.error(self.request, reason)
            return redirect(_participants_url(self.object))
        return None

    def get(self, request, *args, **kwargs):
        return self.refusal() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refusal() or super().post(request, *args, **kwargs)


class SessionEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm(VIEW):
            buttons.append(
                HeaderButton(_("Deelnemers"), url=_participants_url(self.object), icon_name="group")
            )
        return buttons


class MasterclassSessionViewSet(ModelViewSet):
    model = MasterclassSession
    icon = "date"
    menu_label = gettext_lazy("Masterclass-bijeenkomsten")
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    filterset_class = SessionFilterSet
    search_fields = ["city", "venue_name", "page__title"]
    search_backend_name = None
    ordering = ["-date", "city"]
    list_display = [
        "__str__",
        "date",
        "region",
        Column("capacity", label=gettext_lazy("Plaatsen")),
        Column("n_confirmed", label=gettext_lazy("Aangemeld")),
        Column("n_waitlist", label=gettext_lazy("Wachtlijst")),
        Column("n_attended", label=gettext_lazy("Aanwezig")),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/deelnemers/", participants, name="participants"),
            path("<int:pk>/aanwezig/", checkin, name="checkin"),
            path("<int:pk>/aanwezig/<int:registration_pk>/", checkin_mark, name="checkin_mark"),
            path("<int:pk>/export/<str:fmt>/", export, name="export"),
            path("<int:pk>/email/", email_participants, name="email"),
            path("<int:pk>/capaciteit/", capacity, name="capacity"),
            path("<int:pk>/bedankmail/", thank_you, name="thank_you"),
            path("<int:pk>/afmelden/<int:registration_pk>/", cancel_registration, name="cancel"),
        ]


# --------------------------------------------------------------------------- participants


def _groups(session):
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


def participants(request, pk):
    """Per session: who is registered, who waits, who did not come."""
    _require(request, VIEW)
    session = _session(pk)
    groups = _groups(session)
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
def cancel_registration(request, pk, registration_pk):
    _require(request, MANAGE)
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


def checkin(request, pk):
    """The check-in list at the door: big buttons, one POST per participant (works on a
    tablet, with or without JavaScript)."""
    _require(request, MANAGE)
    session = _session(pk)
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
def checkin_mark(request, pk, registration_pk):
    _require(request, MANAGE)
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
    groups = _groups(session)
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


def export(request, pk, fmt):
    _require(request, VIEW)
    session = _session(pk)
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


def email_participants(request, pk):
    _require(request, MANAGE)
    session = _session(pk)
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
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/form.html",
        {
            "session": session,
            "form": form,
            "title": _("E-mail aan deelnemers"),
            "icon": "mail",
            "submit": _("E-mail versturen"),
            "intro": _(
                "Het bericht gaat via de uitgaande e-mail naar elke deelnemer apart. Niemand ziet "
                "de e-mailadressen van anderen."
            ),
        },
        status=400 if request.method == "POST" else 200,
    )


def capacity(request, pk):
    _require(request, CHANGE_SESSION)
    session = _session(pk)
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
    return TemplateResponse(
        request,
        "academie/masterclasses/admin/form.html",
        {
            "session": session,
            "form": form,
            "title": _("Aantal plaatsen aanpassen"),
            "icon": "plus",
            "submit": _("Opslaan"),
            "intro": _(
                "Nu bezet: %(taken)s van %(capacity)s plaatsen; %(waitlist)s op de wachtlijst."
            )
            % {
                "taken": session.seats_taken,
                "capacity": session.capacity,
                "waitlist": session.n_waitlist,
            },
        },
        status=400 if request.method == "POST" else 200,
    )


def thank_you(request, pk):
    _require(request, MANAGE)
    session = _session(pk)
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


# --------------------------------------------------------------------------- all registrations


class RegistrationViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    """Every registration, to find someone across sessions (read-only)."""

    model = MasterclassRegistration
    icon = "user"
    menu_label = gettext_lazy("Aanmeldingen masterclasses")
    list_display = ["display_name", "session", "organisation", "status", "created_at", "attended"]
    list_filter = ["status", "session__page", "attended"]
    search_fields = ["name", "email", "organisation", "municipality"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_fields = [
        "display_name",
        "email",
        "organisation",
        "municipality",
        "role",
        "needs",
        "workshop_summary",
        "session",
        "status",
        "sequence",
        "created_at",
        "confirmed_at",
        "promoted_at",
        "cancelled_at",
        "attended",
        "reminder_sent_at",
        "thank_you_sent_at",
        "anonymised_at",
    ]
