"""The national overview (/cijfers/): the Netherlands' trend per source, its grounds and
domains, and the list of municipalities to choose from. National figures are not suppressed
(the privacy rule is for municipalities)."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from inzicht.models import Area, AreaKind
from inzicht.services.loading import Cells, Vocabulary, version_key
from inzicht.services.municipality import TOTAL, breakdown_chart, pick_source
from inzicht.services.privacy import figure
from inzicht.services.tables import Chart, Column, Row

MAX_QUERY_LENGTH = 80


@dataclass
class NationalReport:
    area: Area | None
    sources: list
    source: object
    notice: str
    year: int | None
    charts: list = field(default_factory=list)
    datasets: list = field(default_factory=list)

    @property
    def is_example(self):
        return any(dataset.is_example for dataset in self.datasets)


def build(*, requested_source=""):
    area = Area.objects.national()
    if area is None:
        return NationalReport(None, [], None, "", None)
    vocabulary = Vocabulary.load()
    cells = Cells.for_area(area.pk)
    sources, source, notice = pick_source(vocabulary, cells, requested_source)
    report = NationalReport(area, sources, source, notice, None)
    if source is None:
        return report
    report.year = year = cells.latest_total_year(source.pk)
    report.datasets = [d for s in sources for d in cells.datasets_for(s.pk)]
    report.datasets = list({d.pk: d for d in report.datasets}.values())
    versions = version_key(report.datasets)
    report.charts.append(_trend_per_source(sources, cells, report.datasets))
    if year is not None:
        for dimension, slug, title, terms in (
            ("ground", "gronden", _("Per discriminatiegrond in %(year)s"), vocabulary.grounds),
            (
                "domain",
                "terreinen",
                _("Per maatschappelijk terrein in %(year)s"),
                vocabulary.domains,
            ),
        ):
            chart = breakdown_chart(
                area,
                source,
                cells,
                year,
                dimension,
                slug,
                title % {"year": year},
                terms,
                small_area=False,
            )
            chart.datasets = cells.datasets_for(source.pk, {year})
            report.charts.append(chart)
    for chart in report.charts:
        chart.cache_key = f"inzicht:nl:{source.pk}:{chart.slug}:{versions}"
    return report


def _trend_per_source(sources, cells, datasets):
    years = sorted({year for source in sources for year in cells.years(source.pk)})
    rows = []
    for year in years:
        row = []
        for source in sources:
            key = (year, source.pk, *TOTAL)
            row.append(figure(cells.get(key), present=cells.has(key), small_area=False))
        rows.append(Row(str(year), row))
    parts = []
    for index, source in enumerate(sources):
        shown = [(row.label, row.cells[index]) for row in rows if row.cells[index].shown]
        if shown:
            parts.append(
                _("%(source)s: %(count)s %(what)s in %(year)s")
                % {
                    "source": source.name,
                    "count": shown[-1][1].display,
                    "what": source.counted_as,
                    "year": shown[-1][0],
                }
            )
    summary = "; ".join(parts) + "." if parts else _("Er zijn nog geen landelijke cijfers.")
    return Chart(
        slug="trend",
        kind="line",
        title=_("Meldingen en registraties per jaar in Nederland"),
        summary=summary,
        columns=[Column(f"{source.name} ({source.counted_as})") for source in sources],
        rows=rows,
        datasets=datasets,
        note=_("De bronnen tellen verschillend en overlappen: tel ze niet bij elkaar op."),
    )


def clean_query(value):
    """The municipality search text: visible characters only, at most 80."""
    from hub.userinput import strip_invisible

    text = strip_invisible(value or "").strip()
    return text[:MAX_QUERY_LENGTH], len(text) > MAX_QUERY_LENGTH


def find_municipalities(text):
    if not text:
        return []
    return list(
        Area.objects.municipalities()
        .filter(Q(name__icontains=text) | Q(code__iexact=text))
        .select_related("province")
        .order_by("name")[:50]
    )


def municipalities_by_province():
    """[(province name, [areas])] for the A–Z list, in one query."""
    groups = {}
    for area in (
        Area.objects.filter(kind=AreaKind.MUNICIPALITY)
        .select_related("province")
        .order_by("province__name", "name")
    ):
        name = area.province.name if area.province else _("Zonder provincie")
        groups.setdefault(name, []).append(area)
    return list(groups.items())
