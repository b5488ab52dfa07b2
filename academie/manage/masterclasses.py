"""Wagtail admin screens for organisers (Academiebeheerders): the masterclass sessions (with,
per session, the screens of academie.manage.participants), and every registration across
sessions (read-only).

Every view checks the model permission on the server; every change goes through the
services in academie.services (locked, with the outbox).
"""

import django_filters
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton

from academie.manage.participants import (
    VIEW,
    cancel_registration,
    capacity,
    checkin,
    checkin_mark,
    email_participants,
    export,
    participants,
    participants_url,
    thank_you,
)
from academie.manage.read_only import ReadOnlyViewSetMixin
from academie.models import MasterclassPage, MasterclassRegistration, MasterclassSession, Region
from academie.services import delete_guards


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
                    url=participants_url(instance),
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
            return redirect(participants_url(self.object))
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
                HeaderButton(_("Deelnemers"), url=participants_url(self.object), icon_name="group")
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
