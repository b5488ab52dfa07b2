"""What a listing page shows: facet groups with their counts and links, the chips of active
filters, sort options, pagination and the links of an empty result. Built from the cleaned
parameters (hub.faceting.params) and a backend's results (hub.faceting.backends)."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.faceting import text
from hub.faceting.params import short


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
    top_first: bool = False

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

    @cached_property
    def head_values(self):
        """The values shown before "Toon alle": all of them for a short facet. For a long facet
        the first `collapse_after` ones, or with `top_first` (free keywords) the values with
        the most results, most first; a selected value is always among them."""
        values = self.visible_values
        if not self.is_long:
            return values
        if not self.top_first:
            head = values[: self.collapse_after]
        else:
            ranked = sorted(values, key=lambda value: -value.count)  # stable: A-Z among equals
            head = ranked[: self.collapse_after]
        return head + [value for value in values if value.selected and value not in head]

    @cached_property
    def tail_values(self):
        """The rest of a long facet (in its own order), behind "Toon alle"."""
        head = {value.value for value in self.head_values}
        return [value for value in self.visible_values if value.value not in head]


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
    clear_filters_url: str = ""  # no facet values, the text search and sort kept
    page_links: list = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    noun_singular: str = ""
    noun_plural: str = ""
    word_links: list = field(default_factory=list)
    suggestion: dict = field(default_factory=dict)  # {"query", "url"}: "Bedoelde u …?"
    popular: list = field(default_factory=list)  # [{"label", "count", "url"}] for an empty page

    @property
    def has_filters(self):
        return bool(self.chips or self.query)

    @property
    def selected_count(self):
        """How many facet values are selected: the n of "Filters (n)"."""
        return len(self.chips)

    @property
    def total_label(self):
        return f"{self.total} {self.noun_singular if self.total == 1 else self.noun_plural}"


# --------------------------------------------------------------------------- URLs


def query_string(listing, selected=None, **overrides):
    """The listing's state (text, facet values, sort, page) as a query string "?..."."""
    state = []
    query = overrides.get("q", listing.query)
    if query:
        state.append(("q", query))
    for facet in listing.facets:
        for value in (selected if selected is not None else listing.selected).get(facet.param, []):
            state.append((facet.param, value))
    sort = overrides.get("sort", listing.sort)
    if sort and sort != listing.default_sort_value(listing.query):
        state.append(("sort", sort))
    page = overrides.get("page")
    if page and page != 1:
        state.append(("page", page))
    return "?" + urlencode(state) if state else "?"


def toggled(selected, param, value):
    """`selected` with `value` of `param` switched on or off."""
    selected = {key: list(values) for key, values in selected.items()}
    current = selected.setdefault(param, [])
    if value in current:
        current.remove(value)
    else:
        current.append(value)
    return selected


# --------------------------------------------------------------------------- pagination


def paginate(listing, ordered, notices):
    """The requested page of `ordered`; a page number that does not exist shows the first or
    the last page, with a notice."""
    paginator = Paginator(ordered, listing.page_size, allow_empty_first_page=True)
    raw = listing.params.get("page", "1")
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        notices.append(
            _("Paginanummer ‘%(page)s’ bestaat niet; we tonen de eerste pagina.")
            % {"page": short(raw)}
        )
        return paginator.page(1)
    except EmptyPage:
        if _below_one(raw):
            notices.append(
                _("Paginanummer ‘%(page)s’ bestaat niet; we tonen de eerste pagina.")
                % {"page": short(raw)}
            )
            return paginator.page(1)
        last = paginator.num_pages
        notices.append(
            ngettext(
                "Er is maar %(count)s pagina; we tonen die.",
                "Er zijn maar %(count)s pagina's; we tonen de laatste.",
                last,
            )
            % {"count": last}
        )
        return paginator.page(last)


def _below_one(raw):
    try:
        return int(raw) < 1
    except (TypeError, ValueError):
        return False


def page_links(listing, page):
    paginator = page.paginator
    if paginator.num_pages <= 1:
        return []
    links = []
    for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append({"ellipsis": True})
        else:
            links.append(
                {
                    "number": number,
                    "url": query_string(listing, page=number),
                    "current": number == page.number,
                }
            )
    return links


# --------------------------------------------------------------------------- the state


def facet_groups(listing, counts):
    """(groups, chips): every facet with its values, counts and toggle links."""
    groups, chips = [], []
    for facet in listing.facets:
        selected = listing.selected.get(facet.param, [])
        values = []
        for option in listing.options(facet):
            is_selected = option.value in selected
            url = query_string(listing, toggled(listing.selected, facet.param, option.value))
            values.append(
                FacetValue(
                    value=option.value,
                    label=option.label,
                    count=counts[facet.param].get(option.value, 0),
                    selected=is_selected,
                    url=url,
                    description=option.description,
                )
            )
            if is_selected:
                chips.append(Chip(facet_label=str(facet.label), label=option.label, remove_url=url))
        groups.append(
            FacetGroup(
                facet.param,
                str(facet.label),
                str(facet.help_text),
                values,
                facet.collapse_after,
                facet.top_first,
            )
        )
    return groups, chips


def word_links(listing, limit=5):
    """For a search of several words that found nothing (all words must match): a link per
    word that searches for that word alone, keeping the filters."""
    words = list(
        dict.fromkeys(word for word in listing.query.split() if text.has_search_terms(word))
    )
    if len(words) < 2:
        return []
    return [{"word": word, "url": query_string(listing, q=word)} for word in words[:limit]]


def build(listing, results, page, objects):
    groups, chips = facet_groups(listing, results.counts)
    total = page.paginator.count
    return SearchState(
        query=listing.query,
        total=total,
        page=page,
        results=objects,
        facets=groups,
        chips=chips,
        notices=listing.notices,
        sort_options=[
            {"value": sort.value, "label": sort.label, "selected": sort.value == listing.sort}
            for sort in listing.available_sorts(listing.query)
        ],
        sort=listing.sort,
        clear_url=query_string(listing, selected={}, q=""),
        clear_filters_url=query_string(listing, selected={}),
        page_links=page_links(listing, page),
        previous_url=query_string(listing, page=page.previous_page_number())
        if page.has_previous()
        else "",
        next_url=query_string(listing, page=page.next_page_number()) if page.has_next() else "",
        noun_singular=str(listing.noun_singular),
        noun_plural=str(listing.noun_plural),
        word_links=word_links(listing) if not total else [],
        suggestion={"query": listing.suggestion, "url": query_string(listing, q=listing.suggestion)}
        if getattr(listing, "suggestion", "")
        else {},
        popular=popular_values(listing, results) if not total else [],
    )


def popular_values(listing, results, limit=6):
    """The facet values with the most results overall, as fresh starting points for a page
    that found nothing (each link starts a new search with only that value)."""
    found = []
    for facet in listing.facets:
        sizes = results.sizes.get(facet.param, {})
        for option in listing.options(facet):
            count = sizes.get(option.value, 0)
            if count:
                found.append((count, str(facet.label), option, facet.param))
    found.sort(key=lambda item: -item[0])
    return [
        {
            "facet": facet_label,
            "label": option.label,
            "count": count,
            "url": query_string(listing, selected={param: [option.value]}, q=""),
        }
        for count, facet_label, option, param in found[:limit]
    ]
