"""The editor's form of the academy's main pages, a course and a masterclass series."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page


def content_and_setup_tabs(content_panels, setup_panels):
    """Four tabs: what the page says, how the course or series is set up, and Wagtail's own
    promote and settings panels (findability, publication)."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(setup_panels, heading=_("Opzet")),
            ObjectList(Page.promote_panels, heading=_("Vindbaarheid")),
            ObjectList(Page.settings_panels, heading=_("Publicatie")),
        ]
    )
