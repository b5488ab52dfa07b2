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
