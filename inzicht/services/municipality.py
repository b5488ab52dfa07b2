"""The figures of one municipality (/cijfers/<gemeente>/, its CSVs and its factsheet).

Built in a fixed number of queries (about 15), however many years, grounds or municipalities
there are: the area's own observations, the year's totals and populations of all
municipalities (for the comparison) and the vocabulary, each in one query.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from inzicht.models import Area, AreaKind, Observation, Population
from inzicht.services.loading import Cells, Vocabulary, version_key
from inzicht.services.privacy import MISSING_FIGURE, figure, format_rate, rate
from inzicht.services.tables import COUNT, RATE, Chart, Column, Row

TOTAL = (None, None, None)
# A ground or domain "stands out" when its share of the reports is this much higher than its
# share nationally.
STANDOUT_RATIO = Decimal("1.2")


@dataclass
class Standout:
    dimension: str  # "grond" or "domein" (the listing's facet parameter)
    term: object
    figure: object
    above_national: bool
    link: str


@dataclass
class MunicipalityReport:
    area: Area
    inhabitants: int | None
    size: object
    parents: list
    sources: list
    source: object
    notice: str
    year: int | None
    charts: list = field(default_factory=list)
    standouts: list = field(default_factory=list)
    datasets: list = field(default_factory=list)
    total: object = MISSING_FIGURE
    total_rate: Decimal | None = None
    national_rate: Decimal | None = None

    @property
    def is_example(self):
        return any(dataset.is_example for dataset in self.datasets)

    def chart(self, slug):
        return next((chart for chart in self.charts if chart.slug == slug), None)


def find_municipality(slug):
    return Area.objects.municipalities().select_related("province").filter(slug=slug).first()


def interventions_base_url():
    """The address of the intervention database, or "" when there is none."""
    from interventies.models import InterventionIndexPage

    index = InterventionIndexPage.objects.live().first()
    return index.url if index is not None else ""


def pick_source(vocabulary, cells, requested):
    available = [
        source
        for source in sorted(vocabulary.sources.values(), key=lambda s: (s.sort_order, s.name))
        if source.pk in cells.source_ids()
    ]
    notice = ""
    chosen = available[0] if available else None
    if requested:
        match = next((source for source in available if source.slug == requested), None)
        if match is None:
            notice = _("Voor deze bron zijn er geen cijfers. U ziet nu de cijfers van: %s.") % (
                chosen.name if chosen else _("geen bron")
            )
        else:
            chosen = match
    return available, chosen, notice


def build(area, *, requested_source=""):
    vocabulary = Vocabulary.load()
    cells = Cells.for_area(area.pk)
    sources, source, notice = pick_source(vocabulary, cells, requested_source)
    populations = dict(Population.objects.filter(area=area).values_list("year", "inhabitants"))
    parents = list(area.parents.order_by("kind", "name"))
    year = cells.latest_total_year(source.pk) if source else None
    inhabitants = (
        populations.get(year) if year else (populations[max(populations)] if populations else None)
    )
    report = MunicipalityReport(
        area=area,
        inhabitants=inhabitants,
        size=vocabulary.size_for(inhabitants),
        parents=parents,
        sources=sources,
        source=source,
        notice=notice,
        year=year,
    )
    if source is None or year is None:
        return report

    years = cells.years(source.pk)
    report.datasets = cells.datasets_for(source.pk)
    versions = version_key(report.datasets)
    report.total = figure(
        cells.get((year, source.pk, *TOTAL)), present=cells.has((year, source.pk, *TOTAL))
    )
    report.total_rate = rate(report.total, inhabitants)

    report.charts.append(trend_chart(area, source, cells, years, report.datasets))
    comparison, national = _comparison(area, source, year, report, vocabulary)
    report.national_rate = national["rate"]
    for dimension, slug, title, terms in (
        (
            "ground",
            "gronden",
            _("Meldingen per discriminatiegrond in %(year)s"),
            vocabulary.grounds,
        ),
        (
            "domain",
            "terreinen",
            _("Meldingen per maatschappelijk terrein in %(year)s"),
            vocabulary.domains,
        ),
        (
            "nature",
            "aard",
            _("Meldingen naar aard van het incident in %(year)s"),
            vocabulary.natures,
        ),
    ):
        chart = breakdown_chart(
            area, source, cells, year, dimension, slug, title % {"year": year}, terms
        )
        chart.datasets = cells.datasets_for(source.pk, {year})
        report.charts.append(chart)
    report.charts.append(comparison)
    for chart in report.charts:
        chart.cache_key = f"inzicht:{area.pk}:{source.pk}:{chart.slug}:{versions}"
        if not chart.datasets:
            chart.datasets = report.datasets
    report.standouts = _standouts(source, cells, year, national, vocabulary)
    return report


def _counted(source):
    return source.counted_as


def trend_chart(area, source, cells, years, datasets, small_area=True):
    rows = []
    for year in years:
        key = (year, source.pk, *TOTAL)
        rows.append(
            Row(str(year), [figure(cells.get(key), present=cells.has(key), small_area=small_area)])
        )
    shown = [(row.label, row.cells[0]) for row in rows if row.cells[0].shown]
    if len(shown) >= 2:
        (first_year, first), (last_year, last) = shown[0], shown[-1]
        summary = _(
            "%(source)s: %(last)s %(what)s in %(last_year)s, tegen %(first)s in %(first_year)s."
        ) % {
            "source": source.name,
            "what": _counted(source),
            "last": last.display,
            "last_year": last_year,
            "first": first.display,
            "first_year": first_year,
        }
    elif shown:
        summary = _("%(source)s: %(count)s %(what)s in %(year)s.") % {
            "source": source.name,
            "count": shown[0][1].display,
            "what": _counted(source),
            "year": shown[0][0],
        }
    else:
        summary = _("Er zijn geen jaren met 5 of meer %(what)s om te laten zien.") % {
            "what": _counted(source)
        }
    return Chart(
        slug="trend",
        kind="line",
        title=_("Aantal %(what)s per jaar in %(area)s")
        % {"what": _counted(source), "area": area.name},
        summary=summary,
        columns=[Column(_("Aantal %(what)s") % {"what": _counted(source)})],
        rows=rows,
        datasets=datasets,
    )


def breakdown_chart(area, source, cells, year, dimension, slug, title, terms, small_area=True):
    counts = cells.breakdown(year, source.pk, dimension)
    rows = []
    for term_id, count in counts.items():
        term = terms.get(term_id)
        if term is not None:
            rows.append((term, figure(count, small_area=small_area)))
    rows.sort(key=lambda item: (-(item[1].value if item[1].shown else -1), item[0].name))
    chart_rows = [Row(term.name, [fig]) for term, fig in rows]
    shown = [(term, fig) for term, fig in rows if fig.shown and fig.value]
    if shown:
        top = shown[0]
        summary = _("De meeste %(what)s gingen over: %(term)s (%(count)s).") % {
            "what": _counted(source),
            "term": top[0].name.lower(),
            "count": top[1].display,
        }
        if len(shown) > 1:
            summary += " " + _("Daarna: %(term)s (%(count)s).") % {
                "term": shown[1][0].name.lower(),
                "count": shown[1][1].display,
            }
    elif rows:
        summary = _("Alle aantallen zijn kleiner dan 5 of onbekend; we laten ze daarom niet zien.")
    else:
        summary = _("Deze bron geeft voor %(year)s geen verdeling.") % {"year": year}
    return Chart(
        slug=slug,
        kind="bar",
        title=title,
        summary=summary,
        columns=[Column(_("Aantal %(what)s") % {"what": _counted(source)})],
        rows=chart_rows,
    )


def _comparison(area, source, year, report, vocabulary):
    """This municipality beside similar municipalities (same province and size class), the
    average of its size class and its province, and the Netherlands, per 10,000 inhabitants.

    Group averages only use municipalities whose count is shown (0 or 5 and more): adding
    a suppressed count to a sum would let anyone work it out by subtraction.
    """
    populations = {
        area_id: (name, slug, province_id, inhabitants)
        for area_id, name, slug, province_id, inhabitants in Population.objects.filter(
            year=year, area__kind=AreaKind.MUNICIPALITY
        ).values_list("area_id", "area__name", "area__slug", "area__province_id", "inhabitants")
    }
    totals = dict(
        Observation.objects.filter(
            year=year,
            source=source,
            area__kind=AreaKind.MUNICIPALITY,
            ground=None,
            domain=None,
            nature=None,
        ).values_list("area_id", "count")
    )
    larger = {
        (kind, name): count
        for kind, name, count in Observation.objects.filter(
            year=year,
            source=source,
            area__kind__in=[AreaKind.NATIONAL, AreaKind.PROVINCE],
            ground=None,
            domain=None,
            nature=None,
        ).values_list("area__kind", "area__name", "count")
    }
    larger_population = {
        (kind, name): inhabitants
        for kind, name, inhabitants in Population.objects.filter(
            year=year, area__kind__in=[AreaKind.NATIONAL, AreaKind.PROVINCE]
        ).values_list("area__kind", "area__name", "inhabitants")
    }
    size = report.size
    own_province = area.province_id

    def group_rate(members):
        count = inhabitants = 0
        for area_id in members:
            fig = figure(totals.get(area_id), present=area_id in totals)
            if fig.shown and populations[area_id][3]:
                count += fig.value
                inhabitants += populations[area_id][3]
        return rate(figure(count, small_area=False), inhabitants), inhabitants

    rows = []
    own = figure(totals.get(area.pk), present=area.pk in totals)
    rows.append(
        Row(
            _("%(name)s (uw gemeente)") % {"name": area.name},
            [own, rate(own, report.inhabitants)],
            highlight=True,
        )
    )
    similar = []
    for area_id, (name, _slug, province_id, inhabitants) in populations.items():
        if area_id == area.pk or province_id != own_province or province_id is None:
            continue
        if vocabulary.size_for(inhabitants) != size:
            continue
        fig = figure(totals.get(area_id), present=area_id in totals)
        similar.append(Row(name, [fig, rate(fig, inhabitants)]))
    similar.sort(key=lambda row: row.label)
    rows.extend(similar)
    if size is not None:
        members = [
            area_id
            for area_id, values in populations.items()
            if vocabulary.size_for(values[3]) == size
        ]
        size_rate, _inh = group_rate(members)
        rows.append(
            Row(
                _("Gemiddelde gemeenten %(size)s") % {"size": size.name},
                [None, size_rate],
            )
        )
    if area.province is not None:
        key = (AreaKind.PROVINCE, area.province.name)
        if key in larger:
            fig = figure(larger[key], small_area=False)
            province_rate = rate(fig, larger_population.get(key))
        else:
            fig = None
            province_rate, _inh = group_rate(
                [a for a, values in populations.items() if values[2] == own_province]
            )
        rows.append(
            Row(_("Provincie %(name)s") % {"name": area.province.name}, [fig, province_rate])
        )
    national_key = next((key for key in larger if key[0] == AreaKind.NATIONAL), None)
    if national_key:
        national_fig = figure(larger[national_key], small_area=False)
        national_rate = rate(national_fig, larger_population.get(national_key))
    else:
        national_fig = None
        national_rate, _inh = group_rate(list(populations))
    rows.append(Row(_("Nederland"), [national_fig, national_rate]))

    own_rate = rows[0].cells[1]
    if own_rate is not None and national_rate is not None:
        summary = _(
            "In %(year)s had %(name)s %(own)s %(what)s per 10.000 inwoners. In heel Nederland was dat %(national)s."
        ) % {
            "year": year,
            "name": area.name,
            "own": format_rate(own_rate),
            "what": _counted(source),
            "national": format_rate(national_rate),
        }
    elif own.state == "suppressed":
        summary = _(
            "%(name)s had in %(year)s minder dan 5 %(what)s. Daarom berekenen we geen cijfer per 10.000 inwoners."
        ) % {"name": area.name, "year": year, "what": _counted(source)}
    else:
        summary = _("Voor %(name)s is er geen cijfer per 10.000 inwoners voor %(year)s.") % {
            "name": area.name,
            "year": year,
        }
    chart = Chart(
        slug="vergelijking",
        kind="bar",
        title=_("%(what)s per 10.000 inwoners in %(year)s, vergeleken")
        % {
            "what": _counted(source).capitalize(),
            "year": year,
        },
        summary=summary,
        columns=[
            Column(_("Aantal %(what)s") % {"what": _counted(source)}, COUNT, plotted=False),
            Column(_("Per 10.000 inwoners"), RATE),
        ],
        rows=rows,
        note=_(
            "Vergelijkbare gemeenten: zelfde provincie en zelfde grootte (%(size)s). "
            "Gemiddelden tellen alleen gemeenten met 0 of minstens 5 %(what)s."
        )
        % {"size": size.name if size else "–", "what": _counted(source)},
    )
    national_counts = {}
    national_area = next((a for a in Area.objects.filter(kind=AreaKind.NATIONAL)[:1]), None)
    if national_area is not None:
        for dimension in ("ground", "domain"):
            national_counts[dimension] = {
                term_id: count
                for term_id, count in Observation.objects.filter(
                    area=national_area,
                    year=year,
                    source=source,
                    **{
                        f"{other}__isnull": True
                        for other in ("ground", "domain", "nature")
                        if other != dimension
                    },
                    **{f"{dimension}__isnull": False},
                ).values_list(f"{dimension}_id", "count")
            }
    national = {
        "rate": national_rate,
        "figure": national_fig,
        "counts": national_counts,
    }
    return chart, national


def _share(count, total):
    if not count or not total:
        return None
    return Decimal(count) / Decimal(total)


def _standouts(source, cells, year, national, vocabulary):
    """The three grounds and three domains with the most reports (5 or more), each marked
    when its share is clearly higher than nationally, with a link to the interventions."""
    own_total = cells.get((year, source.pk, *TOTAL))
    base_url = interventions_base_url()
    standouts = []
    for dimension, parameter, terms in (
        ("ground", "grond", vocabulary.grounds),
        ("domain", "domein", vocabulary.domains),
    ):
        national_counts = national["counts"].get(dimension, {})
        national_total = sum(count or 0 for count in national_counts.values())
        counts = cells.breakdown(year, source.pk, dimension)
        ranked = sorted(
            (
                (term_id, count)
                for term_id, count in counts.items()
                if figure(count).shown and count
            ),
            key=lambda item: -item[1],
        )[:3]
        for term_id, count in ranked:
            term = terms.get(term_id)
            if term is None:
                continue
            own_share = _share(count, own_total)
            national_share = _share(national_counts.get(term_id), national_total)
            above = bool(
                own_share and national_share and own_share >= national_share * STANDOUT_RATIO
            )
            standouts.append(
                Standout(
                    parameter,
                    term,
                    figure(count),
                    above,
                    f"{base_url}?{urlencode({parameter: term.slug})}" if base_url else "",
                )
            )
    return standouts


def population_display(inhabitants):
    return number_format(inhabitants, force_grouping=True) if inhabitants else "–"
