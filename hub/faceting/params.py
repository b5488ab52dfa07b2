"""Reading a listing's query string: text, facet values, sort and page, with a notice for
everything that had to be ignored (the page says so; it never fails).

Parameters follow the listings' URL contract: `q` for text, one parameter per facet named by
its slug, repeatable (`?grond=leeftijd&grond=geslacht`), plus `sort` and `page`.
"""

from dataclasses import dataclass, field

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from hub.faceting import text

RELEVANCE = "relevantie"


@dataclass
class Cleaned:
    query: str
    selected: dict  # facet param -> [values in option order]
    sort: str
    notices: list = field(default_factory=list)


def clean(listing, params):
    """What `listing` understands of `params` (a QueryDict), and notices for the rest."""
    notices = []
    query, truncated = text.clean_query(params.get("q", ""))
    if truncated:
        notices.append(
            _("Uw zoekvraag was te lang. We hebben gezocht op de eerste %(n)s tekens.")
            % {"n": text.MAX_QUERY_LENGTH}
        )
    if query and not text.has_search_terms(query):
        notices.append(_("Uw zoekvraag bevat geen letters of cijfers; we tonen alles."))
        query = ""

    known = listing.understood_params()
    for param in params:
        if param not in known:
            notices.append(
                _("Het filter ‘%(param)s’ kennen we niet; we hebben het genegeerd.")
                % {"param": short(param)}
            )

    selected = {}
    for facet in listing.facets:
        values, unknown = facet.clean(params.getlist(facet.param), listing.options(facet))
        if values:
            selected[facet.param] = values
        for value in unknown:
            notices.append(
                _("‘%(value)s’ is geen bekende keuze bij %(facet)s; we hebben die genegeerd.")
                % {"value": short(value), "facet": str(facet.label).lower()}
            )

    sort_values = {sort.value for sort in listing.available_sorts(query)}
    requested = params.get("sort", "")
    if requested == RELEVANCE and not query:
        # A shared link whose search words were removed: nothing to rank by, nothing to say.
        requested = ""
    if requested and requested not in sort_values:
        default = listing.default_sort_value(query)
        notices.append(
            _("Sorteren op ‘%(value)s’ kan niet; we sorteren op %(default)s.")
            % {
                "value": short(requested),
                "default": str(listing.sort_label(default, query)).lower(),
            }
        )
        requested = ""
    return Cleaned(
        query=query,
        selected=selected,
        sort=requested or listing.default_sort_value(query),
        notices=notices,
    )


def short(value, length=60):
    return Truncator(str(value)).chars(length)
