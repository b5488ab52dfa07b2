"""The beleidsscan in the Wagtail admin: a menu group "Beleidsscan" and the review views.

The group is a submenu whose items each say who sees them; the submenu itself only shows
when one of its items does. Other parts of the beleidsscan add their items to it with the
hook `register_beleidsscan_menu_item` (return a MenuItem with its own `is_shown`), e.g.:

    @hooks.register(MENU_HOOK)
    def register_overview_menu_item():
        return PermissionMenuItem(_("Totaalbeeld"), reverse(...), icon_name="table",
                                  order=200, permission="beleidsscan.view_scan_overview")

The views check the permission on the server too (beleidsscan/manage/).

Items: "Toetsen" (the review queue, beleidsscan.review_scan), "Totaalbeeld" (the
aggregates of all scans, beleidsscan.view_scan_overview) and "Vragenlijst" (the questions,
a snippet: beleidsscan.change_questionnaire).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from beleidsscan.manage import overview, review
from beleidsscan.models import Questionnaire

MENU_HOOK = "register_beleidsscan_menu_item"


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with `permission`."""

    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


beleidsscan_menu = Menu(
    register_hook_name=MENU_HOOK, construct_hook_name="construct_beleidsscan_menu"
)


@hooks.register("register_admin_menu_item")
def register_beleidsscan_menu():
    return SubmenuMenuItem(
        _("Beleidsscan"), beleidsscan_menu, icon_name="tasks", name="beleidsscan", order=140
    )


@hooks.register(MENU_HOOK)
def register_review_menu_item():
    return PermissionMenuItem(
        _("Toetsen"),
        reverse("beleidsscan_review_queue"),
        icon_name="check",
        name="beleidsscan-toetsen",
        order=100,
        permission="beleidsscan.review_scan",
    )


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("beleidsscan/toetsen/", review.queue_view, name="beleidsscan_review_queue"),
        path(
            "beleidsscan/toetsen/<uuid:public_id>/",
            review.detail_view,
            name="beleidsscan_review_detail",
        ),
        path(
            "beleidsscan/toetsen/<uuid:public_id>/document/",
            review.document_view,
            name="beleidsscan_review_document",
        ),
    ]


@hooks.register(MENU_HOOK)
def register_overview_menu_item():
    return PermissionMenuItem(
        _("Totaalbeeld"),
        reverse("beleidsscan_overview"),
        icon_name="table",
        name="beleidsscan-totaalbeeld",
        order=200,
        permission="beleidsscan.view_scan_overview",
    )


@hooks.register("register_admin_urls")
def register_overview_urls():
    return [
        path("beleidsscans/totaalbeeld/", overview.overview_view, name="beleidsscan_overview"),
        path(
            "beleidsscans/totaalbeeld/csv/",
            overview.overview_csv_view,
            name="beleidsscan_overview_csv",
        ),
    ]


class QuestionnaireViewSet(SnippetViewSet):
    """The questions, weights and advice, edited by editors (Eindredacteur). Every save that
    changes them makes a new frozen version; scans keep the version they were made with."""

    model = Questionnaire
    icon = "list-ol"
    menu_label = _("Vragenlijst")
    menu_name = "beleidsscan-vragenlijst"
    menu_order = 300
    menu_hook = MENU_HOOK
    add_to_admin_menu = True
    list_display = ["title", "is_active"]


register_snippet(QuestionnaireViewSet)
