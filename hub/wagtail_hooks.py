from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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


class OutboundEmailViewSet(ModelViewSet):
    """Read-only view of the outbox, so organisers can see failed emails."""

    model = OutboundEmail
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
