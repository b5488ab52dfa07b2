"""The factsheet of one municipality for the alderman and the council: a PDF of one or two
pages (pdf.py) and an editable Word document (word.py) with the same content.

Built only from the `MunicipalityReport` of the municipality page, so the numbers are the
page's numbers after the privacy rule (counts of 1 to 4 are "minder dan 5", no rate is
computed from them). Nothing here reads an observation.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from inzicht.caveat import caveat
from inzicht.services.municipality import population_display
from inzicht.services.privacy import format_rate

EXAMPLE_WARNING = gettext_lazy(
    "Voorbeeldcijfers: deze cijfers zijn verzonnen om te laten zien hoe de factsheet werkt. "
    "Het zijn geen echte cijfers: gebruik ze niet in een nota of presentatie."
)
TOP = 5  # grounds and domains in the factsheet


@dataclass
class Table:
    title: str
    summary: str
    header: list
    rows: list  # [{"label", "cells" (display strings), "highlight"}]
    note: str = ""


@dataclass
class Factsheet:
    title: str
    area_name: str
    is_example: bool
    example_warning: str
    source_line: str
    key_figures: list  # [(value, label)]
    tables: list = field(default_factory=list)
    caveat: dict = field(default_factory=dict)
    next_steps: list = field(default_factory=list)  # [(text, url or "")]
    datasets: list = field(default_factory=list)
    page_url: str = ""
    notice: str = ""

    @property
    def table_pairs(self):
        """The tables two by two, side by side in the PDF."""
        return [self.tables[index : index + 2] for index in range(0, len(self.tables), 2)]


def _table(chart, first_column, limit=None):
    rows = chart.table_rows()
    if limit is not None:
        rows = rows[:limit]
    return Table(
        title=chart.title,
        summary=chart.summary,
        header=[first_column, *[column.label for column in chart.columns]],
        rows=[
            {"label": row["label"], "cells": row["display"], "highlight": row["highlight"]}
            for row in rows
        ],
        note=chart.note,
    )


def _next_steps(report, interventions_url):
    area = report.area.name
    steps = [
        (
            _(
                "Laat onderzoek doen naar ervaringen van inwoners van %(area)s met discriminatie. "
                "Meldcijfers laten maar een klein deel zien: vraag ook naar de reden, zoals "
                "herkomst, geloof of handicap."
            )
            % {"area": area},
            "",
        ),
        (
            _(
                "Spreek met de antidiscriminatievoorziening (ADV) over deze cijfers: wat valt op, "
                "wie meldt niet, en wat heeft de ADV nodig om beter bekend en bereikbaar te zijn? "
                "Maak daar afspraken over in de subsidie."
            ),
            "",
        ),
    ]
    ground = next((item for item in report.standouts if item.dimension == "grond"), None)
    if ground is not None and interventions_url:
        url = f"{interventions_url}?{urlencode({'grond': ground.term.slug})}"
        steps.append(
            (
                _(
                    "Kies een interventie die werkt. De meeste %(what)s gingen over "
                    "%(ground)s. Bekijk interventies over dit onderwerp in de "
                    "interventiedatabase:"
                )
                % {"what": report.source.counted_as, "ground": ground.term.name.lower()},
                url,
            )
        )
    elif interventions_url:
        steps.append(
            (
                _(
                    "Kies een interventie die werkt, en kijk hoe goed het bewijs ervoor is. "
                    "U vindt ze in de interventiedatabase:"
                ),
                interventions_url,
            )
        )
    else:
        steps.append(
            (
                _(
                    "Kies een interventie die werkt, en kijk hoe goed het bewijs ervoor is. "
                    "U vindt ze in de interventiedatabase van de Kennishub."
                ),
                "",
            )
        )
    return steps


def build_factsheet(report, *, page_url="", interventions_url=""):
    """The factsheet of `report` (a MunicipalityReport). `page_url` is the full address of the
    municipality page, `interventions_url` that of the intervention database ("" if none)."""
    source = report.source
    key_figures = [
        (
            report.total.display,
            _("%(what)s in %(year)s") % {"what": source.counted_as, "year": report.year}
            if source
            else _("meldingen"),
        ),
        (format_rate(report.total_rate), _("per 10.000 inwoners")),
        (format_rate(report.national_rate), _("per 10.000 inwoners in heel Nederland")),
        (
            population_display(report.inhabitants),
            _("inwoners") + (f" ({report.size.name})" if report.size else ""),
        ),
    ]
    tables = []
    for slug, first_column, limit in (
        ("trend", _("Jaar"), None),
        ("gronden", _("Discriminatiegrond"), TOP),
        ("terreinen", _("Maatschappelijk terrein"), TOP),
        ("vergelijking", _("Gebied"), None),
    ):
        chart = report.chart(slug)
        if chart is not None and chart.rows:
            tables.append(_table(chart, first_column, limit))
    return Factsheet(
        title=_("Discriminatiecijfers %(name)s") % {"name": report.area.name},
        area_name=report.area.name,
        is_example=report.is_example,
        example_warning=str(EXAMPLE_WARNING),
        source_line=(
            _("Bron: %(source)s (%(what)s).") % {"source": source.name, "what": source.counted_as}
            if source
            else _("Voor deze gemeente zijn er nog geen cijfers.")
        ),
        key_figures=key_figures,
        tables=tables,
        caveat=caveat(),
        next_steps=_next_steps(report, interventions_url),
        datasets=list(report.datasets),
        page_url=page_url,
        notice=report.notice,
    )
