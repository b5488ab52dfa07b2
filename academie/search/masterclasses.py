"""The faceted listing of upcoming masterclass sessions at /masterclasses/ (the one faceting
engine of hub/faceting). Sessions are not pages, so two facets are our own: the month of the
session, and the audience of its series (a taxonomy on the MasterclassPage)."""

from datetime import date

from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from academie.models import (
    MasterclassPage,
    MasterclassSession,
    Region,
    SessionFormat,
    attach_counts,
)
from hub.faceting import ChoiceFacet, Facet, FacetedSearch, FieldFacet, Option, Sort
from hub.faceting import terms as taxonomy_terms
from hub.models import Audience
from hub.querysets import public_filter

MONTHS_AHEAD = 24


def _month_start(day, offset):
    index = day.month - 1 + offset
    return date(day.year + index // 12, index % 12 + 1, 1)


def month_options():
    """This month and the next ones, as "2027-03" / "Maart 2027" (no query)."""
    today = timezone.localdate()
    months = [_month_start(today, offset) for offset in range(MONTHS_AHEAD)]
    return [
        Option(f"{month:%Y-%m}", formats.date_format(month, "F Y").capitalize()) for month in months
    ]


def month_value(first_day):
    return f"{first_day:%Y-%m}"


def first_day_of(value):
    year, month = (int(part) for part in value.split("-"))
    return date(year, month, 1)


def month_facet(param, label, field_name="date", **kwargs):
    """The month of the session: one rule (TruncMonth of its date) for SQL and the index."""
    return FieldFacet(
        param,
        label,
        expression=TruncMonth(field_name),
        options=month_options,
        to_value=month_value,
        from_value=first_day_of,
        **kwargs,
    )


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
        month_facet("maand", _("Maand"), collapse_after=6),
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
