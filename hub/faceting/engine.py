"""The faceting engine: one place for text search, filters, counts, sort and pagination.

A listing subclasses `FacetedSearch`, declares its facets and sorts, and gives its base
queryset (live, public, current site). `run()` reads the request's GET parameters and returns
a `SearchState` with everything a template needs. The same object gives the filtered queryset
to the CSV/XLSX export and the API, so they always agree with the HTML listing.

Facet counts are disjunctive: the count beside a value is the number of results you would get
by selecting that value, with the selections of every other facet applied. The HTML listing
takes results and counts from an in-memory facet index (hub.faceting.memory) plus one text
query, so the number of queries does not depend on the number of results; exports and the API
filter the same way in SQL (`filtered_queryset`).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from hub.faceting import memory, synonyms, text

RELEVANCE = "relevantie"


@dataclass(frozen=True)
class Sort:
    value: str
    label: str
    ordering: tuple = ()


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str
    description: str = ""

    @property
    def disabled(self):
        return self.count == 0 and not self.selected


@dataclass
class FacetGroup:
    param: str
    label: str
    help_text: str
    values: list
    collapse_after: int

    @property
    def selected_count(self):
        return sum(1 for value in self.values if value.selected)

    @cached_property
    def visible_values(self):
        """Values worth showing: with results, or selected (selected zero-count stay, greyed)."""
        return [value for value in self.values if value.count or value.selected]

    @property
    def is_long(self):
        return len(self.visible_values) > self.collapse_after


@dataclass
class Chip:
    facet_label: str
    label: str
    remove_url: str


@dataclass
class SearchState:
    query: str
    total: int
    page: object
    results: list
    facets: list
    chips: list
    notices: list
    sort_options: list
    sort: str
    clear_url: str
    page_links: list = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    noun_singular: str = ""
    noun_plural: str = ""
    word_links: list = field(default_factory=list)

    @property
    def has_filters(self):
        return bool(self.chips or self.query)

    @property
    def total_label(self):
        return f"{self.total} {self.noun_singular if self.total == 1 else self.noun_plural}"


class FacetedSearch:
    facets = []
    sorts = [
        Sort("titel", gettext_lazy("Titel (A-Z)"), ("title",)),
        Sort("nieuwste", gettext_lazy("Nieuwste eerst"), ("-first_published_at",)),
    ]
    default_sort = "titel"
    page_size = 20
    noun_singular = gettext_lazy("resultaat")
    noun_plural = gettext_lazy("resultaten")
    extra_params = ()
    reserved_params = ("q", "sort", "page")
    select_related = ()

    def __init__(self, request, params=None):
        self.request = request
        self.params = params if params is not None else request.GET
        self.notices = []
        self._facets_by_param = {facet.param: facet for facet in self.facets}
        self._options = {}
        self._clean()

    # ------------------------------------------------------------------ hooks

    def index_key(self):
        """Identifies this listing's in-memory facet index (one per listing and section)."""
        section = getattr(self, "index_page", None)
        return (type(self).__module__, type(self).__qualname__, getattr(section, "pk", None))

    def base_queryset(self):
        """Live, public objects of the current site. Listings override this."""
        raise NotImplementedError

    def expand_query(self, query):
        """Rewrite the text query before searching: editor-managed synonyms by default."""
        return synonyms.expand(query)

    def prepare_results(self, objects):
        """Load what result cards need (prefetch), after pagination."""
        return objects

    # ------------------------------------------------------------------ cleaning

    def _clean(self):
        self.query, truncated = text.clean_query(self.params.get("q", ""))
        if truncated:
            self.notices.append(
                _("Uw zoekvraag was te lang. We hebben gezocht op de eerste %(n)s tekens.")
                % {"n": text.MAX_QUERY_LENGTH}
            )
        if self.query and not text.has_search_terms(self.query):
            self.notices.append(_("Uw zoekvraag bevat geen letters of cijfers; we tonen alles."))
            self.query = ""

        known = set(self.reserved_params) | set(self._facets_by_param) | set(self.extra_params)
        for param in self.params:
            if param not in known:
                self.notices.append(
                    _("Het filter ‘%(param)s’ kennen we niet; we hebben het genegeerd.")
                    % {"param": short(param)}
                )

        self.selected = {}
        for facet in self.facets:
            values, unknown = facet.clean(self.params.getlist(facet.param), self.options(facet))
            if values:
                self.selected[facet.param] = values
            for value in unknown:
                self.notices.append(
                    _("‘%(value)s’ is geen bekende keuze bij %(facet)s; we hebben die genegeerd.")
                    % {"value": short(value), "facet": str(facet.label).lower()}
                )

        sort_values = {sort.value for sort in self.available_sorts()}
        requested = self.params.get("sort", "")
        if requested == RELEVANCE and not self.query:
            # A shared link whose search words were removed: nothing to rank by, nothing to say.
            requested = ""
        if requested and requested not in sort_values:
            self.notices.append(
                _("Sorteren op ‘%(value)s’ kan niet; we sorteren op %(default)s.")
                % {
                    "value": short(requested),
                    "default": str(self.sort_label(self.default_sort_value())).lower(),
                }
            )
            requested = ""
        self.sort = requested or self.default_sort_value()

    def options(self, facet):
        """A facet's options, loaded once per search (tags cost a query, taxonomy is cached)."""
        if facet.param not in self._options:
            self._options[facet.param] = facet.options()
        return self._options[facet.param]

    def available_sorts(self):
        sorts = list(self.sorts)
        if self.query:
            sorts.insert(0, Sort(RELEVANCE, gettext_lazy("Beste resultaat"), ()))
        return sorts

    def default_sort_value(self):
        return RELEVANCE if self.query else self.default_sort

    def sort_label(self, value):
        for sort in self.available_sorts():
            if sort.value == value:
                return sort.label
        return value

    # ------------------------------------------------------------------ querysets

    def matched_queryset(self):
        """The base queryset restricted by the text query (not yet by facets)."""
        queryset = self.base_queryset()
        if self.query:
            queryset = text.match(queryset, self.query, expand=self.expand_query)
        return queryset

    def _apply_facets(self, queryset, skip=None):
        for facet in self.facets:
            if facet.param != skip and facet.param in self.selected:
                queryset = facet.apply(queryset, self.selected[facet.param])
        return queryset

    def _ordered(self, queryset):
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        if self.sort == RELEVANCE:
            return queryset
        for sort in self.sorts:
            if sort.value == self.sort:
                return queryset.order_by(*sort.ordering, "pk")
        return queryset

    def filtered_queryset(self):
        """All results (no pagination), in the chosen order: for exports and the API."""
        return self._ordered(self._apply_facets(self.matched_queryset()))

    # ------------------------------------------------------------------ URLs

    def _state(self, selected=None, **overrides):
        state = []
        query = overrides.get("q", self.query)
        if query:
            state.append(("q", query))
        for facet in self.facets:
            for value in (selected if selected is not None else self.selected).get(facet.param, []):
                state.append((facet.param, value))
        sort = overrides.get("sort", self.sort)
        if sort and sort != self.default_sort_value():
            state.append(("sort", sort))
        page = overrides.get("page")
        if page and page != 1:
            state.append(("page", page))
        return state

    def url_for(self, selected=None, **overrides):
        state = self._state(selected, **overrides)
        return "?" + urlencode(state) if state else "?"

    def _toggled(self, param, value):
        selected = {key: list(values) for key, values in self.selected.items()}
        current = selected.setdefault(param, [])
        if value in current:
            current.remove(value)
        else:
            current.append(value)
        return selected

    # ------------------------------------------------------------------ running

    def run(self):
        """Results, counts and links for the HTML listing, from the in-memory facet index."""
        index = memory.get_index(self)
        text_match = None
        if self.query:
            text_match = text.TextMatch(self.base_queryset(), self.query, expand=self.expand_query)
            if text_match.degraded:
                self.notices.append(
                    _(
                        "De zoekmachine is even niet bereikbaar. We zoeken nu in een eenvoudigere "
                        "index; de volgorde van de resultaten kan afwijken."
                    )
                )
            base_ids = [pk for pk in text_match.ids if pk in index.id_set]
            base = frozenset(base_ids)
        else:
            base_ids, base = None, index.id_set

        matching = base
        selections = [
            frozenset().union(*(index.members[param].get(value, ()) for value in values))
            for param, values in self.selected.items()
        ]
        for ids in sorted(selections, key=len):
            matching = matching & ids
        if self.sort == RELEVANCE:
            ordered = text.RankedSlice(matching, text_match)
        else:
            ordered = [pk for pk in index.orders[self.sort] if pk in matching]
        page = self._paginate(ordered)
        objects = self.prepare_results(self._fetch(page.object_list))

        counts = self._counts(index, base_ids)
        groups = []
        chips = []
        for facet in self.facets:
            selected = self.selected.get(facet.param, [])
            values = []
            for option in self.options(facet):
                is_selected = option.value in selected
                values.append(
                    FacetValue(
                        value=option.value,
                        label=option.label,
                        count=counts[facet.param].get(option.value, 0),
                        selected=is_selected,
                        url=self.url_for(self._toggled(facet.param, option.value)),
                        description=option.description,
                    )
                )
                if is_selected:
                    chips.append(
                        Chip(
                            facet_label=str(facet.label),
                            label=option.label,
                            remove_url=self.url_for(self._toggled(facet.param, option.value)),
                        )
                    )
            groups.append(
                FacetGroup(
                    facet.param,
                    str(facet.label),
                    str(facet.help_text),
                    values,
                    facet.collapse_after,
                )
            )

        return SearchState(
            query=self.query,
            total=page.paginator.count,
            page=page,
            results=objects,
            facets=groups,
            chips=chips,
            notices=self.notices,
            sort_options=[
                {"value": sort.value, "label": sort.label, "selected": sort.value == self.sort}
                for sort in self.available_sorts()
            ],
            sort=self.sort,
            clear_url=self.url_for(selected={}, q=""),
            page_links=self._page_links(page),
            previous_url=self.url_for(page=page.previous_page_number())
            if page.has_previous()
            else "",
            next_url=self.url_for(page=page.next_page_number()) if page.has_next() else "",
            noun_singular=str(self.noun_singular),
            noun_plural=str(self.noun_plural),
            word_links=self._word_links() if not page.paginator.count else [],
        )

    def _word_links(self, limit=5):
        """For a search of several words that found nothing (all words must match): a link
        per word that searches for that word alone, keeping the filters."""
        words = list(
            dict.fromkeys(word for word in self.query.split() if text.has_search_terms(word))
        )
        if len(words) < 2:
            return []
        return [{"word": word, "url": self.url_for(q=word)} for word in words[:limit]]

    def _counts(self, index, base_ids):
        """Disjunctive counts with bitmaps: one AND and a bit count per facet value."""
        base_bits = index.all_bits if base_ids is None else index.bitmap(base_ids)
        allowed = {}
        for param, values in self.selected.items():
            bits = 0
            for value in values:
                bits |= index.bits[param].get(value, 0)
            allowed[param] = bits
        counts = {}
        for facet in self.facets:
            pool = base_bits
            for param, bits in allowed.items():
                if param != facet.param:
                    pool &= bits
            if pool == index.all_bits:
                counts[facet.param] = {v: len(ids) for v, ids in index.members[facet.param].items()}
            else:
                counts[facet.param] = {
                    value: (bits & pool).bit_count()
                    for value, bits in index.bits[facet.param].items()
                }
        return counts

    def _fetch(self, ids):
        """The objects for one page of ids, through the live-and-public base queryset."""
        queryset = self.base_queryset().filter(pk__in=list(ids))
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        by_pk = {obj.pk: obj for obj in queryset}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def _paginate(self, items):
        paginator = Paginator(items, self.page_size, allow_empty_first_page=True)
        raw = self.params.get("page", "1")
        try:
            return paginator.page(raw)
        except PageNotAnInteger:
            self.notices.append(
                _("Paginanummer ‘%(page)s’ bestaat niet; we tonen de eerste pagina.")
                % {"page": short(raw)}
            )
            return paginator.page(1)
        except EmptyPage:
            if _below_one(raw):
                self.notices.append(
                    _("Paginanummer ‘%(page)s’ bestaat niet; we tonen de eerste pagina.")
                    % {"page": short(raw)}
                )
                return paginator.page(1)
            last = paginator.num_pages
            self.notices.append(
                ngettext(
                    "Er is maar %(count)s pagina; we tonen die.",
                    "Er zijn maar %(count)s pagina's; we tonen de laatste.",
                    last,
                )
                % {"count": last}
            )
            return paginator.page(last)

    def _page_links(self, page):
        paginator = page.paginator
        if paginator.num_pages <= 1:
            return []
        numbers = paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        links = []
        for number in numbers:
            if number == paginator.ELLIPSIS:
                links.append({"ellipsis": True})
            else:
                links.append(
                    {
                        "number": number,
                        "url": self.url_for(page=number),
                        "current": number == page.number,
                    }
                )
        return links


def _below_one(raw):
    try:
        return int(raw) < 1
    except (TypeError, ValueError):
        return False


def short(value, length=60):
    return Truncator(str(value)).chars(length)
