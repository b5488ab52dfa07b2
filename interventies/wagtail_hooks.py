import django_filters
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from interventies.manage.importing import import_view
from interventies.models import ChecklistQuestion, InterventionPage, Validity
from interventies.models.interventions import REVIEW_INTERVAL, validity_by_page


class InterventionFilterSet(PageFilterSet):
    review_overdue = django_filters.BooleanFilter(
        label=_("Review te laat (ouder dan 12 maanden)"), method="filter_review_overdue"
    )
    backfire_risk = django_filters.BooleanFilter(label=_("Risico op averechts effect"))
    geldigheid = django_filters.ChoiceFilter(
        label=_("Geldigheid erkenning"), choices=Validity.choices, method="filter_validity"
    )

    class Meta:
        model = InterventionPage
        fields = ["evidence_level", "backfire_risk", "geldigheid", "review_overdue"]

    def filter_review_overdue(self, queryset, name, value):
        limit = timezone.localdate() - REVIEW_INTERVAL
        if value is True:
            return queryset.filter(last_reviewed__lt=limit)
        if value is False:
            return queryset.filter(last_reviewed__gte=limit)
        return queryset

    def filter_validity(self, queryset, name, value):
        """The rule of the listing's facet `geldigheid` (interventies.models.interventions)."""
        if not value:
            return queryset
        matching = [pk for pk, validity in validity_by_page(queryset) if validity == value]
        return queryset.filter(pk__in=matching)


class ReviewColumn(Column):
    """Shows the date of the last review, and 'te laat' when it is older than 12 months."""

    cell_template_name = "interventies/admin/review_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.last_reviewed < timezone.localdate() - REVIEW_INTERVAL
        return context


class InterventionListingViewSet(PageListingViewSet):
    model = InterventionPage
    icon = "tasks"
    menu_label = _("Interventies")
    menu_order = 110
    add_to_admin_menu = True
    filterset_class = InterventionFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("evidence_level", label=_("Erkenning"), accessor="evidence_level"),
        ReviewColumn("last_reviewed", label=_("Laatst gecontroleerd"), sort_key="last_reviewed"),
    ]


@hooks.register("register_admin_viewset")
def register_intervention_listing():
    return InterventionListingViewSet("interventies")


class ChecklistQuestionViewSet(SnippetViewSet):
    model = ChecklistQuestion
    icon = "list-ol"
    menu_label = _("Checklistvragen")
    list_display = ["question", "key"]


register_snippet(ChecklistQuestionViewSet)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("interventies/import/", import_view, name="interventies_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return MenuItem(
        _("Interventies importeren"),
        reverse("interventies_import"),
        icon_name="upload",
        order=111,
    )
