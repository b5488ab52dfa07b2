from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.models import (
    Audience,
    CouncilRole,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    OutboundEmail,
    PolicyStep,
    Province,
    SearchSynonym,
    ZeroResultQuery,
)


def taxonomy_viewset(taxonomy_model, icon="tag", extra_columns=()):
    return type(
        f"{taxonomy_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": taxonomy_model,
            "icon": icon,
            "list_display": ["name", "slug", *extra_columns],
            "search_fields": ["name", "slug", "description"],
            "ordering": [taxonomy_model._meta.ordering[0]],
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "tag"
    menu_order = 300
    items = (
        taxonomy_viewset(PolicyStep, "list-ol", ["number"]),
        taxonomy_viewset(Domain),
        taxonomy_viewset(DiscriminationGround, extra_columns=["kind"]),
        taxonomy_viewset(Audience, "group"),
        taxonomy_viewset(MunicipalRole),
        taxonomy_viewset(Mechanism, "cogs"),
        taxonomy_viewset(EvidenceLevel, "success", ["validity_years"]),
        taxonomy_viewset(CouncilRole),
        taxonomy_viewset(MunicipalitySize),
        taxonomy_viewset(Province, "site"),
    )


register_snippet(TaxonomyGroup)


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Synoniemen voor zoeken")
    list_display = ["term", "alternatives"]
    search_fields = ["term", "alternatives"]


register_snippet(SearchSynonymViewSet)


class ZeroResultQueryViewSet(ModelViewSet):
    """Searches that found nothing, most recent first: a to-do list for editors."""

    model = ZeroResultQuery
    icon = "warning"
    menu_label = _("Zoeken zonder resultaat")
    add_to_admin_menu = True
    menu_order = 850
    list_display = ["query", "count", "last_searched", "first_searched"]
    search_fields = ["query"]
    ordering = ["-last_searched"]
    form_fields = ["query"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_zero_result_viewset():
    return ZeroResultQueryViewSet("zoeken-zonder-resultaat")


class OutboundEmailInspectView(InspectView):
    """Who, what, when and how it went; the text only for superusers.

    Texts (and headers such as List-Unsubscribe) hold personal links (cancel a registration,
    unsubscribe from an alert, and until they are purged the links of
    account emails: reset a password, verify an address). An organiser needs to see that an
    email failed and why, not what it said.
    """

    BODY_FIELDS = ("body_text", "body_html", "attachments", "headers")

    def get_fields(self):
        fields = [
            name
            for name in super().get_fields()
            if name not in ("related_type", "related_id", "sending_since")
        ]
        if not self.request.user.is_superuser:
            fields = [name for name in fields if name not in self.BODY_FIELDS]
        return fields


class OutboundEmailViewSet(ModelViewSet):
    """Read-only view of the outbox, so organisers can see failed emails."""

    model = OutboundEmail
    inspect_view_class = OutboundEmailInspectView
    icon = "mail"
    menu_label = _("Uitgaande e-mail")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["subject", "to", "category", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "category"]
    search_fields = ["to", "subject"]
    inspect_view_enabled = True
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboundEmailViewSet("outbox")


class ReviewPanel(Component):
    """Dashboard panel "Te reviewen": pages whose last review is more than a year ago, and
    interventions whose rating has expired or expires within 90 days (hub.reviews)."""

    name = "te_reviewen"
    order = 50
    template_name = "hub/admin/review_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        from hub.reviews import review_items

        return {"items": review_items(), "request": self.request}


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(ReviewPanel(request))


# Readability (hub/readability.py): a live B1 check in the page editor and a report of
# published pages above B1 under Reports.
@hooks.register("register_admin_urls")
def register_readability_urls():
    from django.urls import path

    from hub import readability_admin

    return [
        path("leesbaarheid/check/", readability_admin.check, name="hub_readability_check"),
        path("leesbaarheid/", readability_admin.report, name="hub_readability_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_readability_report_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Leesbaarheid"), reverse("hub_readability_report"), icon_name="doc-full", order=900
    )


@hooks.register("insert_editor_js")
def readability_editor_js():
    from django.templatetags.static import static
    from django.urls import reverse
    from django.utils.html import format_html

    return format_html(
        '<script src="{}" data-readability-url="{}" defer></script>',
        static("js/admin-readability.js"),
        reverse("hub_readability_check"),
    )


@hooks.register("insert_editor_css")
def readability_editor_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-readability.css"))
