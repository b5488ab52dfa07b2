"""The privacy rule of the figures, in one place for every output (page, chart, CSV, API,
factsheet): a count of 1 to 4 for a municipality can point to a person, so it is shown as
"minder dan 5" and no rate or share is computed from it. Larger areas (a police unit, a
province, the Netherlands) are shown as they are.

A `Figure` is what every output receives; none of them sees the count of a suppressed cell.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

SUPPRESS_BELOW = 5

SHOWN = "shown"
SUPPRESSED = "suppressed"
UNKNOWN = "unknown"  # the source reported the cell as unknown (count None)
MISSING = "missing"  # no observation for the cell

LABELS = {
    SUPPRESSED: _("minder dan 5"),
    UNKNOWN: _("onbekend"),
    MISSING: _("geen gegevens"),
}


@dataclass(frozen=True, slots=True)
class Figure:
    state: str
    value: int | None = None  # only set when state is SHOWN

    @property
    def shown(self):
        return self.state == SHOWN

    @property
    def display(self):
        if self.state == SHOWN:
            return number_format(self.value, force_grouping=True)
        return str(LABELS[self.state])

    @property
    def csv_value(self):
        """The cell in a CSV or the API: the number, or the Dutch label of why not."""
        return self.value if self.state == SHOWN else str(LABELS[self.state])


MISSING_FIGURE = Figure(MISSING)


def figure(count, *, present=True, small_area=True):
    """The Figure for a raw `count`; `present` False when there is no observation at all."""
    if not present:
        return MISSING_FIGURE
    if count is None:
        return Figure(UNKNOWN)
    if small_area and 0 < count < SUPPRESS_BELOW:
        return Figure(SUPPRESSED)
    return Figure(SHOWN, count)


def rate(fig, inhabitants):
    """Per 10,000 inhabitants with one decimal, or None when it cannot be computed honestly."""
    if not fig.shown or not inhabitants:
        return None
    return (Decimal(fig.value) * 10_000 / Decimal(inhabitants)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def format_rate(value):
    if value is None:
        return "–"
    return number_format(value, decimal_pos=1)
