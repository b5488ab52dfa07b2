"""Wagtail admin screens for Academiebeheerders: enrolments with progress, approving or
refusing requests, certificates (revoke) and completions per organisation, with CSV/XLSX
export. Every view checks the model permission on the server."""

import django_filters
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permissions import policy_registry

from academie import services
from academie.forms.courses import ReasonForm
from academie.manage.exports import SafeSpreadsheetExportMixin
from academie.manage.read_only import ReadOnlyViewSetMixin
from academie.models import Certificate, CoursePage, Enrolment
from academie.querysets import with_progress

# --------------------------------------------------------------------------- enrolments


class EnrolmentIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        return with_progress(super().get_base_queryset().select_related("course", "user"))

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == Enrolment.Status.REQUESTED and self.user_has_permission("change"):
            # A visible button, not hidden in the "..." menu: this is the work to do.
            buttons.insert(
                0,
                ListingButton(
                    _("Beoordelen"),
                    url=reverse("academie_enrolments:review", args=[instance.pk]),
                    icon_name="tick",
                    attrs={
                        "aria-label": _("Aanvraag van %(name)s beoordelen")
                        % {"name": instance.display_name}
                    },
                    priority=5,
                ),
            )
        return buttons


class EnrolmentInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(
            with_progress(Enrolment.objects.select_related("course", "user")), pk=self.pk
        )

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.status == Enrolment.Status.REQUESTED and self.user_has_permission("change"):
            buttons.append(
                HeaderButton(
                    _("Aanvraag beoordelen"),
                    url=reverse("academie_enrolments:review", args=[self.object.pk]),
                    icon_name="tick",
                )
            )
        return buttons


@permission_required("academie.change_enrolment", raise_exception=True)
def review_enrolment(request, pk):
    """Approve or refuse a request (POST), after a confirmation screen (GET)."""
    enrolment = get_object_or_404(Enrolment.objects.select_related("course", "user"), pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        try:
            if action == "approve":
                services.approve(enrolment, by=request.user)
                messages.success(
                    request,
                    _("%(name)s is ingeschreven voor %(course)s en krijgt een e-mail.")
                    % {"name": enrolment.display_name, "course": enrolment.course.title},
                )
            elif action == "refuse":
                services.refuse(enrolment, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(
                    request,
                    _("De aanvraag van %(name)s is afgewezen; de deelnemer krijgt een e-mail.")
                    % {"name": enrolment.display_name},
                )
            else:
                messages.error(request, _("Kies: goedkeuren of afwijzen."))
                return redirect("academie_enrolments:review", pk=pk)
        except services.AcademieError as error:
            messages.error(request, error.message)
        return redirect(reverse("academie_enrolments:index") + "?status=aangevraagd")
    return TemplateResponse(
        request,
        "academie/admin/review_enrolment.html",
        {"enrolment": enrolment, "form": form},
    )


class EnrolmentViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = gettext_lazy("Inschrijvingen")
    index_view_class = EnrolmentIndexView
    inspect_view_class = EnrolmentInspectView
    list_display = [
        "display_name",
        "course",
        "organisation",
        "status",
        Column("progress_percent", label=gettext_lazy("Voortgang (%)")),
        "created_at",
        "completed_at",
    ]
    list_filter = ["status", "course"]
    search_fields = ["participant_name", "organisation", "user__email", "course__title"]
    search_backend_name = None
    ordering = ["-created_at"]
    export_headings = {
        "display_name": gettext_lazy("Deelnemer"),
        "email": gettext_lazy("E-mailadres"),
        "organisation": gettext_lazy("Organisatie"),
        "course.title": gettext_lazy("Cursus"),
        "get_status_display": gettext_lazy("Status"),
        "progress_percent": gettext_lazy("Voortgang (%)"),
        "created_at": gettext_lazy("Ingeschreven op"),
        "decided_at": gettext_lazy("Beoordeeld op"),
        "completed_at": gettext_lazy("Afgerond op"),
        "last_activity_at": gettext_lazy("Laatst actief"),
    }
    list_export = list(export_headings)
    export_filename = "inschrijvingen"
    inspect_view_fields = [
        "display_name",
        "email",
        "organisation",
        "course",
        "status",
        "motivation",
        "refusal_reason",
        "progress_percent",
        "created_at",
        "decided_at",
        "decided_by",
        "completed_at",
        "last_activity_at",
        "anonymised_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", review_enrolment, name="review"),
        ]


# --------------------------------------------------------------------------- certificates


class CertificateInspectView(InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            HeaderButton(
                _("PDF downloaden"),
                url=self.object.get_download_path(),
                icon_name="download",
            )
        )
        buttons.append(
            HeaderButton(
                _("Controlepagina"),
                url=self.object.get_verification_path(),
                icon_name="link-external",
            )
        )
        if not self.object.revoked_at and self.user_has_permission("change"):
            buttons.append(
                HeaderButton(
                    _("Intrekken"),
                    url=reverse("academie_certificates:revoke", args=[self.object.pk]),
                    icon_name="bin",
                )
            )
        return buttons


@permission_required("academie.change_certificate", raise_exception=True)
def revoke_certificate(request, pk):
    certificate = get_object_or_404(Certificate, pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.revoke_certificate(certificate, form.cleaned_data["reason"])
        messages.success(
            request,
            _("Certificaat %(code)s is ingetrokken. De controlepagina laat dit nu zien.")
            % {"code": certificate.code},
        )
        return redirect("academie_certificates:inspect", pk=pk)
    return TemplateResponse(
        request,
        "academie/admin/revoke_certificate.html",
        {"certificate": certificate, "form": form},
    )


class CertificateIndexView(SafeSpreadsheetExportMixin, IndexView):
    pass


class CertificateViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificaten")
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    list_display = [
        "code",
        "holder_name",
        "course_title",
        "issued_on",
        "valid_until",
        Column("status_label", label=gettext_lazy("Status")),
    ]
    list_filter = ["course"]
    search_fields = ["code", "holder_name", "course_title"]
    search_backend_name = None
    ordering = ["-issued_on"]
    export_headings = {
        "code": gettext_lazy("Code"),
        "holder_name": gettext_lazy("Naam"),
        "course_title": gettext_lazy("Cursus"),
        "hours": gettext_lazy("Uren"),
        "issued_on": gettext_lazy("Uitgereikt op"),
        "valid_until": gettext_lazy("Geldig tot en met"),
        "status_label": gettext_lazy("Status"),
        "get_verification_url": gettext_lazy("Controlepagina"),
    }
    list_export = list(export_headings)
    export_filename = "certificaten"
    inspect_view_fields = [
        "code",
        "holder_name",
        "course_title",
        "hours",
        "issued_on",
        "valid_until",
        "status_label",
        "revoked_at",
        "revoked_reason",
        "reminder_sent_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", revoke_certificate, name="revoke"),
        ]


# --------------------------------------------------------------------------- report


class CompletionFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cursus"), queryset=CoursePage.objects.order_by("title")
    )
    completed_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Afgerond in de periode"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enrolment
        fields = ["course", "completed_at"]


class CompletionReportView(SafeSpreadsheetExportMixin, ReportView):
    """Completed courses per organisation (and per course), for reports to funders."""

    page_title = gettext_lazy("Afgerond per organisatie")
    header_icon = "table"
    index_url_name = "academie_completions:index"
    index_results_url_name = "academie_completions:index_results"
    filterset_class = CompletionFilterSet
    model = Enrolment
    any_permission_required = ["view", "change"]
    paginate_by = 100
    verbose_name = gettext_lazy("regel")
    verbose_name_plural = gettext_lazy("regels")
    export_filename = "afgerond-per-organisatie"
    export_headings = {
        "organisation": gettext_lazy("Organisatie"),
        "course__title": gettext_lazy("Cursus"),
        "enrolled": gettext_lazy("Ingeschreven"),
        "completed": gettext_lazy("Afgerond"),
    }
    list_export = list(export_headings)
    columns = [Column(name, label=label) for name, label in export_headings.items()]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Enrolment)

    def get_filtered_queryset(self):
        enrolments = self.filter_queryset(
            Enrolment.objects.exclude(status=Enrolment.Status.REFUSED)
        )
        return (
            enrolments.values("organisation", "course__title")
            .annotate(
                enrolled=Count("pk", filter=Q(status=Enrolment.Status.ACTIVE)),
                completed=Count("pk", filter=Q(completed_at__isnull=False)),
            )
            .order_by("organisation", "course__title")
        )


class CompletionReportViewSet(ViewSet):
    icon = "table"
    menu_label = gettext_lazy("Afgerond per organisatie")

    @cached_property
    def menu_item_class(self):
        def is_shown(_self, request):
            return request.user.has_perm("academie.view_enrolment")

        return type("CompletionReportMenuItem", (MenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [
            path("", CompletionReportView.as_view(), name="index"),
            path("results/", CompletionReportView.as_view(results_only=True), name="index_results"),
        ]
