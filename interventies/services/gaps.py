"""The evidence gap map at /interventies/kennislacunes/: discrimination ground × domain, and
per cell how many live interventions there are at each level of evidence.

Funders and researchers read such a map (NJi and Campbell publish them) for its empty cells:
a combination without any intervention is a knowledge gap ("kennislacune").

Which interventions count is the listing's rule, not a copy of it: the map asks
`InterventionSearch` (interventies.search) for its filtered queryset, so only live, public
interventions below this index page (so of the request's site) count, and the filters
`doelgroep` and `stap` mean exactly what they mean on the listing. Every link of a cell goes to
that listing with the same selection plus `grond` and `domein` (and `erkenning` for one group
of levels), so the listing shows as many results as the cell says.

An expired rating (`geldigheid`: interventies.models.interventions.evidence_validity) counts
at its level, as on the listing, where `erkenning` filters on the level whatever its validity.
A cell also says how many of its ratings have expired, with a link to the listing filtered on
`geldigheid=verlopen`: a reader sees which evidence is due for a new assessment.

A fixed number of queries, whatever the number of interventions: one for the interventions'
levels and rating dates, one each for their grounds and domains (the listing's facets'
`term_rows`); the terms themselves come from the taxonomy cache (hub.faceting.terms).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.faceting import terms
from hub.faceting.params import short
from hub.models import DiscriminationGround, Domain, EvidenceLevel
from interventies.models.interventions import VALIDITY_FIELDS, Validity, validity_of_row
from interventies.search import InterventionSearch

# The listing's facets this page filters on (the same parameter names and values).
FILTER_PARAMS = ("doelgroep", "stap")
# Values of one filter read at all: a link with hundreds of them is cut short here.
MAX_VALUES_READ = 20


@dataclass(frozen=True)
class EvidenceGroup:
    """A column group of a cell: one or more evidence levels (by slug)."""

    key: str
    label: str
    short: str  # one letter in the cell; the legend and hidden text give the full label


# In the order of the cell: strongest evidence first.
GROUPS = (
    EvidenceGroup("effectief", gettext_lazy("Effectief"), "E"),
    EvidenceGroup("onderbouwd", gettext_lazy("Goed onderbouwd"), "O"),
    EvidenceGroup("beschreven", gettext_lazy("Goed beschreven"), "B"),
    EvidenceGroup("niet-beoordeeld", gettext_lazy("Niet beoordeeld"), "N"),
)


def group_of_level(slug):
    """The group key of an evidence level's slug. The three "Effectief – …" levels (slugs
    starting with "effectief", as InterventionPage.evidence_is_strong reads them) are one
    group; a level an editor adds that is none of the known ones counts as "niet beoordeeld"
    (its slug then goes into that group's links, so the counts still match)."""
    if slug.startswith("effectief"):
        return "effectief"
    return {"goed-onderbouwd": "onderbouwd", "goed-beschreven": "beschreven"}.get(
        slug, "niet-beoordeeld"
    )


@dataclass
class GroupCount:
    group: EvidenceGroup
    count: int
    url: str


@dataclass
class Cell:
    ground: object  # hub.faceting.terms.Term
    domain: object
    total: int
    url: str
    groups: list  # [GroupCount] with a count above zero, in GROUPS order
    expired: int = 0
    expired_url: str = ""

    @property
    def is_gap(self):
        return self.total == 0


@dataclass
class Row:
    ground: object
    cells: list


@dataclass
class GapMap:
    domains: list
    rows: list
    # Filter options for the form: (param, label, [(Term, selected)]).
    filters: list
    selected: dict  # param -> [slugs], only known values
    notices: list = field(default_factory=list)
    # Live interventions (with the filters) and those without a ground or domain.
    total: int = 0
    unmapped: int = 0
    listing_url: str = ""

    @property
    def cell_count(self):
        return len(self.rows) * len(self.domains)

    @property
    def gap_count(self):
        return sum(1 for row in self.rows for cell in row.cells if cell.is_gap)

    @property
    def selected_count(self):
        return sum(len(values) for values in self.selected.values())

    @property
    def groups(self):
        return GROUPS


def _clean_params(params):
    """(QueryDict of the filters this page reads, notices about the rest)."""
    notices = []
    kept = QueryDict(mutable=True)
    for param in params:
        if param not in FILTER_PARAMS:
            notices.append(
                _(
                    "Het filter ‘%(param)s’ gebruiken we op deze pagina niet; we hebben het genegeerd."
                )
                % {"param": short(param)}
            )
    for param in FILTER_PARAMS:
        values = params.getlist(param)
        if len(values) > MAX_VALUES_READ:
            notices.append(
                _("Er stonden te veel keuzes bij ‘%(param)s’ in de link; we lazen de eerste %(n)d.")
                % {"param": param, "n": MAX_VALUES_READ}
            )
            values = values[:MAX_VALUES_READ]
        if values:
            kept.setlist(param, values)
    return kept, notices


def build(request, index_page, params=None):
    """The gap map for the request's `doelgroep` and `stap` (a QueryDict, default the request's
    GET), below `index_page` (the live InterventionIndexPage that answers the request)."""
    params = request.GET if params is None else params
    kept, notices = _clean_params(params)
    search = InterventionSearch(request, index_page=index_page, params=kept)
    notices.extend(search.notices)
    facets = {facet.param: facet for facet in search.facets}
    queryset = search.filtered_queryset().order_by()

    # Query 1: every counted intervention's level and rating dates.
    level_slugs = {term.pk: term.slug for term in terms.for_model(EvidenceLevel)}
    level_group, expired = {}, set()
    for pk, level_id, *dates in queryset.values_list("pk", "evidence_level_id", *VALIDITY_FIELDS):
        level_group[pk] = group_of_level(level_slugs.get(level_id, ""))
        if validity_of_row(*dates) == Validity.EXPIRED.value:
            expired.add(pk)
    # Queries 2 and 3: their grounds and domains, as the listing's facets read them.
    grounds_of, domains_of = defaultdict(set), defaultdict(set)
    for pk, term_id in facets["grond"].term_rows(queryset):
        grounds_of[term_id].add(pk)
    for pk, term_id in facets["domein"].term_rows(queryset):
        domains_of[term_id].add(pk)

    slugs_in_group = defaultdict(list)
    for term in terms.for_model(EvidenceLevel):
        slugs_in_group[group_of_level(term.slug)].append(term.slug)

    selected = {
        param: search.selected[param] for param in FILTER_PARAMS if param in search.selected
    }

    listing_path = index_page.get_url(request)

    def url(**extra):
        return listing_path + search.url_for({**selected, **extra}).rstrip("?")

    domains = terms.for_model(Domain)
    rows = []
    for ground in terms.for_model(DiscriminationGround):
        cells = []
        in_ground = grounds_of.get(ground.pk, set())
        for domain in domains:
            pages = in_ground & domains_of.get(domain.pk, set())
            where = {"grond": [ground.slug], "domein": [domain.slug]}
            by_group = defaultdict(int)
            for pk in pages:
                by_group[level_group[pk]] += 1
            cells.append(
                Cell(
                    ground=ground,
                    domain=domain,
                    total=len(pages),
                    url=url(**where),
                    groups=[
                        GroupCount(
                            group,
                            by_group[group.key],
                            url(**where, erkenning=slugs_in_group[group.key]),
                        )
                        for group in GROUPS
                        if by_group[group.key]
                    ],
                    expired=len(pages & expired),
                    expired_url=url(**where, geldigheid=[Validity.EXPIRED.value]),
                )
            )
        rows.append(Row(ground=ground, cells=cells))

    mapped = set().union(*grounds_of.values()) & set().union(*domains_of.values())
    filters = [
        (
            param,
            facets[param].label,
            [
                (option, option.value in selected.get(param, []))
                for option in search.options(facets[param])
            ],
        )
        for param in FILTER_PARAMS
    ]
    return GapMap(
        domains=domains,
        rows=rows,
        filters=filters,
        selected=selected,
        notices=notices,
        total=len(level_group),
        unmapped=len(level_group) - len(mapped),
        listing_url=url(),
    )
