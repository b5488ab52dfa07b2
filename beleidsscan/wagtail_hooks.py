"""The beleidsscan in the Wagtail admin.

- "Beleidsscans: totaalbeeld" (a top-level menu item): the aggregates of all scans, for
  whoever has `beleidsscan.view_scan_overview` (beleidsscan.manage.overview).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from beleidsscan.manage import overview


class OverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return overview.may_view_overview(request.user)


@hooks.register("register_admin_urls")
def register_overview_urls():
    return [
        path(
            "beleidsscans/totaalbeeld/",
            overview.overview_view,
            name="beleidsscan_overview",
        ),
        path(
            "beleidsscans/totaalbeeld/csv/",
            overview.overview_csv_view,
            name="beleidsscan_overview_csv",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_overview_menu_item():
    return OverviewMenuItem(
        _("Beleidsscans: totaalbeeld"),
        reverse("beleidsscan_overview"),
        icon_name="table",
        order=141,
    )
