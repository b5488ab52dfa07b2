"""What every output of a chart is made of: a table of rows and columns.

The page shows it as an SVG chart and as an HTML table, the CSV download writes it, the
factsheet prints it. Cells are `Figure`s (counts, after the privacy rule), rates (Decimal or
None) or text; no output reads a raw count.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format

from inzicht.services.privacy import Figure, format_rate

COUNT = "count"
RATE = "rate"


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = COUNT
    plotted: bool = True


@dataclass
class Row:
    label: str
    cells: list
    highlight: bool = False
    link: str = ""


@dataclass
class Chart:
    slug: str
    kind: str  # "line" (x = rows, a line per plotted column) or "bar" (horizontal bars)
    title: str
    summary: str
    columns: list[Column]
    rows: list[Row]
    datasets: list = field(default_factory=list)
    cache_key: str = ""
    note: str = ""
    # A fixed value axis (low, high), e.g. (0, 100) for scores; else pygal fits the data.
    value_range: tuple | None = None

    @property
    def is_empty(self):
        return not any(
            isinstance(cell, Figure) and cell.shown or isinstance(cell, Decimal | int)
            for row in self.rows
            for cell in row.cells
        )

    @property
    def is_example(self):
        return any(dataset.is_example for dataset in self.datasets)

    def table_rows(self):
        return [
            {
                "label": row.label,
                "highlight": row.highlight,
                "display": [cell_display(cell) for cell in row.cells],
            }
            for row in self.rows
        ]

    def plotted_series(self):
        """(column label, [number or None per row]) for every plotted column."""
        series = []
        for index, column in enumerate(self.columns):
            if not column.plotted:
                continue
            values = []
            for row in self.rows:
                cell = row.cells[index]
                if isinstance(cell, Figure):
                    values.append(cell.value if cell.shown else None)
                elif isinstance(cell, Decimal | int) and not isinstance(cell, bool):
                    values.append(float(cell))
                else:
                    values.append(None)
            series.append((column.label, values))
        return series


def cell_display(cell):
    if isinstance(cell, Figure):
        return cell.display
    if cell is None or isinstance(cell, Decimal):
        return format_rate(cell)
    if isinstance(cell, int) and not isinstance(cell, bool):
        return number_format(cell)
    return str(cell)


def cell_csv(cell):
    if isinstance(cell, Figure):
        return cell.csv_value
    if isinstance(cell, Decimal):
        return str(cell).replace(".", ",")
    if cell is None:
        return ""
    return str(cell)
