"""What both importers of inzicht share: limits, report, header check, numbers, look-ups and
the import log."""

import difflib
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.tabular import Limits, TableReport, read_table
from inzicht.models import ImportLog

# Looked up when an import runs (`common.LIMITS`), so a test can lower them.
LIMITS = Limits(max_rows=50000, max_lines=60000, max_columns=50)
FIRST_YEAR = 1990
BATCH_SIZE = 500
MAX_COUNT = 2_147_483_647  # PositiveIntegerField on PostgreSQL
UNKNOWN_VALUES = {"", "onbekend", "?", "nb", "n.b.", "-"}
# A ground, domain or nature cell that means "all together", like a blank cell.
TOTAL_VALUES = {"", "alle", "alles", "totaal", "alle gronden", "alle terreinen"}
AREAS_TITLE = gettext_lazy("Gebieden en inwoners")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: str


@dataclass
class ImportReport(TableReport):
    imported: int = 0
    replaced: int = 0
    created: int = 0
    updated: int = 0
    populations: int = 0
    summary: str = ""


def read(filename, data, report, columns):
    """The rows of the file as dicts keyed by column name, or [] when the file or its header
    row is wrong (then `report` says why)."""
    headers, rows = read_table(filename, data, report, LIMITS)
    report.rows = len(rows)
    if report.errors:
        return []
    headers = [" ".join(header.replace("-", "_").split()).replace(" ", "_") for header in headers]
    check_headers(headers, rows, report, columns)
    if report.errors:
        return []
    if not rows:
        report.error(0, "", _("Het bestand heeft geen rijen onder de kopregel."))
        return []
    return [(number, dict(zip(headers, values, strict=False))) for number, values in rows]


def check_headers(headers, rows, report, columns):
    known = {column.name for column in columns}
    seen = set()
    for position, header in enumerate(headers):
        if not header:
            if any(position < len(values) and values[position] for _n, values in rows):
                report.error(
                    1, "", _("Een kolom heeft geen naam maar wel waarden. Geef de kolom een naam.")
                )
        elif header not in known:
            report.error(
                1,
                header,
                _("Onbekende kolom. Deze kolommen kunnen: %(columns)s.")
                % {"columns": ", ".join(column.name for column in columns)},
            )
        elif header in seen:
            report.error(1, header, _("Deze kolom staat twee keer in de kopregel."))
        seen.add(header)
    missing = [column.name for column in columns if column.required and column.name not in seen]
    if missing:
        report.error(
            1,
            ", ".join(missing),
            _(
                "Deze verplichte kolommen ontbreken: %(columns)s. De eerste rij moet de kolomnamen hebben."
            )
            % {"columns": ", ".join(missing)},
        )


THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")  # 1.234 (Dutch) is a thousand and more


def parse_integer(text):
    """An integer from a cell ("1234", "1.234", "1 234"), or ValueError."""
    text = text.replace(" ", "").replace("\u00a0", "")
    if THOUSANDS.match(text):
        text = text.replace(".", "")
    if not re.fullmatch(r"[+-]?\d+", text):
        raise ValueError(text)
    return int(text)


def parse_year(row, report, number, column="jaar"):
    text = row.get(column, "")
    if not text:
        report.error(number, column, _("Vul een jaar in, bijvoorbeeld 2024."))
        return None
    try:
        year = parse_integer(text)
    except ValueError:
        report.error(
            number,
            column,
            _("'%(value)s' is geen jaartal. Vul een jaar in, bijvoorbeeld 2024.") % {"value": text},
        )
        return None
    current = timezone.localdate().year
    if year > current:
        report.error(
            number,
            column,
            _("Het jaar %(year)s ligt in de toekomst. Cijfers kunnen tot en met %(current)s.")
            % {"year": year, "current": current},
        )
        return None
    if year < FIRST_YEAR:
        report.error(
            number,
            column,
            _("Het jaar %(year)s is te vroeg. Cijfers kunnen vanaf %(first)s.")
            % {"year": year, "first": FIRST_YEAR},
        )
        return None
    return year


class Vocabulary:
    """The terms of one model by slug, by name and (areas) by code, lower case; one query."""

    def __init__(self, queryset, keys=("slug", "name")):
        self.terms = list(queryset)
        self.index = {}
        for term in self.terms:
            for key in keys:
                value = (getattr(term, key) or "").strip().lower()
                if value:
                    self.index.setdefault(value, term)

    def find(self, text):
        return self.index.get(" ".join(text.split()).lower())

    def suggestion(self, text):
        """The name of the term whose slug or name is closest to `text`, if any is close."""
        close = difflib.get_close_matches(text.lower(), list(self.index), n=1, cutoff=0.75)
        return self.index[close[0]].name if close else None

    def unknown_message(self, text, what):
        message = _("'%(value)s' kennen we niet als %(what)s.") % {"value": text, "what": what}
        suggestion = self.suggestion(text)
        if suggestion:
            message += " " + _("Bedoelt u '%(name)s'?") % {"name": suggestion}
        return message


def summarise_errors(report, limit=20):
    lines = []
    for error in report.errors[:limit]:
        lines.append(
            _("rij %(row)s, kolom %(column)s: %(message)s")
            % {"row": error.row or "-", "column": error.column or "-", "message": error.message}
        )
    if len(report.errors) > limit:
        lines.append(_("… en nog %(count)s fouten.") % {"count": len(report.errors) - limit})
    return "\n".join(lines)


def log_import(report, *, filename, user, dataset=None, title=""):
    """One ImportLog row for a finished attempt, succeeded or not."""
    return ImportLog.objects.create(
        dataset=dataset,
        dataset_title=(dataset.title if dataset else str(title))[:200],
        user=user if user is not None and user.is_authenticated else None,
        filename=(filename or "")[:255],
        succeeded=report.ok,
        rows=report.rows,
        errors=len(report.errors),
        summary=report.summary if report.ok else summarise_errors(report),
    )


def format_number(value):
    """1234 as 1.234 (Dutch)."""
    return f"{value:,}".replace(",", ".")
