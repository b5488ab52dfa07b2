"""The faceted listing of upcoming masterclass sessions at /masterclasses/ (the one faceting
engine of hub/faceting). Sessions are not pages, so two facets are our own: the month of the
session, and the audience of its series (a taxonomy on the MasterclassPage)."""

from datetime import date

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from academie.models import (
    MasterclassPage,
    MasterclassSession,
    Region,
    SessionFormat,
    attach_counts,
)
from hub.faceting import ChoiceFacet, Facet, FacetedSearch, Option, Sort
from hub.faceting import terms as taxonomy_terms
from hub.models import Audience
from hub.querysets import public_filter

MONTHS_AHEAD = 24


def _month_start(day, offset):
    index = day.month - 1 + offset
    return date(day.year + index // 12, index % 12 + 1, 1)


class MonthFacet(Facet):
    """The month of the session, as "2027-03"; options run from this month on (no query)."""

    def __init__(self, param, label, field_name="date", **kwargs):
        super().__init__(param, label, **kwargs)
        self.field_name = field_name

    def options(self):
        today = timezone.localdate()
        months = [_month_start(today, offset) for offset in range(MONTHS_AHEAD)]
        return [
            Option(f"{month:%Y-%m}", formats.date_format(month, "F Y").capitalize())
            for month in months
        ]

    def apply(self, queryset, values):
        condition = Q()
        for value in values:
            year, month = (int(part) for part in value.split("-"))
            condition |= Q(**{f"{self.field_name}__year": year, f"{self.field_name}__month": month})
        return queryset.filter(condition) if condition else queryset.none()

    def memberships(self, queryset):
        for pk, day in queryset.values_list("pk", self.field_name):
            yield pk, f"{day:%Y-%m}"


class SeriesTaxonomyFacet(Facet):
    """A taxonomy of the session's series (e.g. its audiences), counted per session."""

    def __init__(self, param, label, taxonomy_model, relation, **kwargs):
        super().__init__(param, label, **kwargs)
        self.taxonomy_model = taxonomy_model
        self.relation = relation

    @property
    def _through(self):
        field = MasterclassPage._meta.get_field(self.relation)
        return field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()

    def options(self):
        return [
            Option(term.slug, term.name, term.description)
            for term in taxonomy_terms.for_model(self.taxonomy_model)
        ]

    def apply(self, queryset, values):
        through, source, target = self._through
        term_ids = taxonomy_terms.ids_for_slugs(self.taxonomy_model, values)
        pages = through.objects.filter(**{f"{target}_id__in": term_ids}).values(f"{source}_id")
        return queryset.filter(page_id__in=pages)

    def memberships(self, queryset):
        through, source, target = self._through
        slugs = {term.pk: term.slug for term in taxonomy_terms.for_model(self.taxonomy_model)}
        sessions_by_page = {}
        for pk, page_id in queryset.values_list("pk", "page_id"):
            sessions_by_page.setdefault(page_id, []).append(pk)
        rows = through.objects.filter(**{f"{source}_id__in": list(sessions_by_page)}).values_list(
            f"{source}_id", f"{target}_id"
        )
        for page_id, term_id in rows:
            for pk in sessions_by_page.get(page_id, ()):
                yield pk, slugs.get(term_id)


def live_series(index_page=None):
    pages = MasterclassPage.objects.live().filter(public_filter())
    if index_page is not None:
        pages = pages.descendant_of(index_page)
    return pages


class SessionSearch(FacetedSearch):
    facets = [
        ChoiceFacet("regio", _("Regio"), "region", Region.choices, collapse_after=10),
        MonthFacet("maand", _("Maand"), collapse_after=6),
        SeriesTaxonomyFacet("doelgroep", _("Doelgroep"), Audience, "audiences"),
        ChoiceFacet("vorm", _("Vorm"), "session_format", SessionFormat.choices),
    ]
    sorts = [
        Sort("datum", _("Datum (eerst komend)"), ("date", "start_time")),
        Sort("plaats", _("Plaats (A-Z)"), ("city", "date")),
    ]
    default_sort = "datum"
    noun_singular = _("bijeenkomst")
    noun_plural = _("bijeenkomsten")
    select_related = ("page",)

    def __init__(self, request, index_page=None, params=None):
        self.index_page = index_page
        super().__init__(request, params=params)

    def base_queryset(self):
        """Upcoming sessions of live, public series (below this index page)."""
        return MasterclassSession.objects.upcoming().filter(
            page__in=live_series(self.index_page).values("pk")
        )

    def prepare_results(self, sessions):
        return attach_counts(sessions)


def past_sessions(index_page=None, limit=24):
    """The most recent past sessions, for the "Eerder gehouden" list (one query)."""
    return list(
        MasterclassSession.objects.past()
        .filter(page__in=live_series(index_page).values("pk"))
        .select_related("page")
        .order_by("-date", "city")[:limit]
    )
