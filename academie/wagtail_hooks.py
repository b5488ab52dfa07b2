from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from academie.admin_views import CertificateViewSet, CompletionReportViewSet, EnrolmentViewSet
from academie.masterclass_admin import MasterclassSessionViewSet, RegistrationViewSet
from academie.models import CourseIndexPage, MasterclassIndexPage
from academie.permissions import grant_course_manager_page_permissions


class AcademieGroup(ViewSetGroup):
    menu_label = _("Academie")
    menu_icon = "group"
    menu_order = 200
    items = (
        EnrolmentViewSet("academie_enrolments"),
        CertificateViewSet("academie_certificates"),
        CompletionReportViewSet("academie_completions"),
        MasterclassSessionViewSet("academie_sessions"),
        RegistrationViewSet("academie_registrations"),
    )


@hooks.register("register_admin_viewset")
def register_academie_viewsets():
    return AcademieGroup()


@hooks.register("after_create_page")
def give_managers_the_new_course_index(request, page):
    """A new course catalogue or masterclass index is managed by the Academiebeheerders
    from the start."""
    if isinstance(page.specific, (CourseIndexPage, MasterclassIndexPage)):
        grant_course_manager_page_permissions(page)


@hooks.register("before_delete_page")
def keep_masterclasses_with_participants(request, page):
    """Deleting a masterclass series deletes its sessions and their registrations: refuse
    while one of its sessions still has participants (the same rule as for a session)."""
    from academie.models import MasterclassPage
    from academie.services import registration

    specific = page.specific
    if not isinstance(specific, MasterclassPage):
        return None
    for session in specific.sessions.all():
        reason = registration.session_delete_refusal(session)
        if reason:
            messages.error(request, f"{session}: {reason}")
            return redirect("wagtailadmin_pages:edit", page.pk)
    return None
