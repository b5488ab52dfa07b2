from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.models import Page

from academie.manage.courses import CertificateViewSet, CompletionReportViewSet, EnrolmentViewSet
from academie.manage.masterclasses import MasterclassSessionViewSet, RegistrationViewSet
from academie.models import CourseIndexPage, MasterclassIndexPage
from academie.permissions import grant_course_manager_page_permissions
from academie.services import delete_guards


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
    """Deleting a page deletes its subtree, with any masterclass series, sessions and
    registrations in it: refuse while one of those sessions still has participants (the
    same rule as for deleting a session)."""
    reason = delete_guards.pages_delete_refusal([page])
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_masterclasses_with_participants_in_bulk(request, action_type, objects, action_view):
    """The same rule for the page explorer's bulk delete."""
    if action_type != "delete":
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    reason = delete_guards.pages_delete_refusal(pages)
    if reason:
        messages.error(request, reason)
        return redirect(action_view.next_url or "wagtailadmin_explore_root")
    return None
