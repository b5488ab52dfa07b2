"""The figures in the Wagtail admin: a menu group "Cijfers" with the datasets, the areas and
the log of imports (read-only), and the two imports with their templates.

Permissions are the model permissions of the editor groups (inzicht/migrations/0002): the
Eindredacteur adds, changes and deletes datasets and imports; the Redacteur only looks.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from inzicht.manage import importing
from inzicht.models import Area, Dataset, ImportLog


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Who may view may look; nobody adds, changes or deletes (not even a superuser): the log
    is written by the imports only."""

    WRITE_ACTIONS = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        if action in self.WRITE_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.WRITE_ACTIONS]
        if not actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(actions)


register_permission_policy(ImportLog, ReadOnlyPermissionPolicy(ImportLog))


class DatasetIndexView(IndexView):
    """The list of datasets, with "Cijfers importeren" in each dataset's menu."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if importing.may_import_figures(self.request.user):
            url = reverse("inzicht_import_figures") + f"?dataset={instance.pk}"
            buttons.append(
                ListingMenuItem(_("Cijfers importeren"), url=url, icon_name="upload", priority=15)
            )
        return buttons


class DatasetViewSet(ModelViewSet):
    model = Dataset
    index_view_class = DatasetIndexView
    icon = "table"
    menu_label = _("Datasets")
    form_fields = [
        "title",
        "slug",
        "organisation",
        "year",
        "methodology",
        "link",
        "licence",
        "is_example",
    ]
    list_display = ["title", "organisation", "year", "version", "is_example", "updated_at"]
    list_filter = ["is_example", "year"]
    copy_view_enabled = False


class AreaViewSet(ModelViewSet):
    model = Area
    icon = "site"
    menu_label = _("Gebieden")
    form_fields = ["kind", "name", "slug", "code", "province"]
    list_display = ["name", "kind", "code", "province"]
    list_filter = ["kind"]
    copy_view_enabled = False


class ImportLogViewSet(ModelViewSet):
    model = ImportLog
    icon = "history"
    menu_label = _("Importlogboek")
    list_display = [
        "created_at",
        "dataset_title",
        "filename",
        "user",
        "succeeded",
        "rows",
        "errors",
    ]
    list_filter = ["succeeded"]
    form_fields = ["summary"]  # never shown: nobody may add or change
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "dataset_title",
        "filename",
        "user",
        "succeeded",
        "rows",
        "errors",
        "summary",
    ]
    copy_view_enabled = False


class FiguresViewSetGroup(ViewSetGroup):
    menu_label = _("Cijfers")
    menu_icon = "table"
    menu_order = 130
    items = (
        DatasetViewSet("inzicht_datasets", url_prefix="cijfers/datasets"),
        AreaViewSet("inzicht_areas", url_prefix="cijfers/gebieden"),
        ImportLogViewSet("inzicht_imports", url_prefix="cijfers/imports"),
    )


@hooks.register("register_admin_viewset")
def register_figures_viewsets():
    return FiguresViewSetGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("cijfers/import/", importing.figures_import_view, name="inzicht_import_figures"),
        path(
            "cijfers/import/sjabloon/",
            importing.figures_template_view,
            name="inzicht_import_figures_template",
        ),
        path("cijfers/gebieden/import/", importing.areas_import_view, name="inzicht_import_areas"),
        path(
            "cijfers/gebieden/import/sjabloon/",
            importing.areas_template_view,
            name="inzicht_import_areas_template",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        self.check = check
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return self.check(request.user)


@hooks.register("register_admin_menu_item")
def register_figures_import_menu_item():
    return PermissionMenuItem(
        _("Cijfers importeren"),
        reverse("inzicht_import_figures"),
        icon_name="upload",
        order=131,
        check=importing.may_import_figures,
    )


@hooks.register("register_admin_menu_item")
def register_areas_import_menu_item():
    return PermissionMenuItem(
        _("Gebieden importeren"),
        reverse("inzicht_import_areas"),
        icon_name="upload",
        order=132,
        check=importing.may_import_areas,
    )
