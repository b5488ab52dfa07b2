"""Reading an uploaded table (CSV or XLSX) into a header and rows of cell texts, and the
report of an import: every error with its row and column. Shared by the importers of the site
(interventies.spreadsheets, inzicht.importing).

The limits of a file (size, rows, records, cells per row, unpacked XLSX size) are checked
while reading, before a large table is in memory: a 5 MB CSV of separators is 2.6 million
rows, and a 5 MB XLSX (a zip file) can unpack to gigabytes. Each importer passes its own
`Limits`, built when it reads, so a test can lower them.

Cells come back as stripped text; the apostrophe that our exports put before text a
spreadsheet would run as a formula (hub.spreadsheets.NEUTRALISED) is taken off again.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _

from hub.spreadsheets import NEUTRALISED, spreadsheet_cell

UPLOAD_EXTENSIONS = (".csv", ".xlsx")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 5 * 1024 * 1024
    max_rows: int = 5000
    max_lines: int = 10000  # records read, blank ones too
    max_columns: int = 200
    max_xlsx_unpacked: int = 50 * 1024 * 1024


@dataclass
class RowError:
    row: int  # 0: the file as a whole; 1: the header row
    column: str
    message: str


@dataclass
class TableReport:
    """What an import found: its errors (row, column, message) and the number of rows."""

    errors: list = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self):
        return not self.errors

    def error(self, row, column, message):
        self.errors.append(RowError(row, column, message))


def megabytes(size):
    return size // (1024 * 1024)


def read_table(filename, data, report, limits=None):
    """Return (headers, rows) where headers are lower case and rows are
    (row_number, [cell texts]); errors go to `report`, and then both are empty."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        report.error(
            0, "", _("Het bestand is groter dan %(mb)s MB.") % {"mb": megabytes(limits.max_bytes)}
        )
        return [], []
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        return _read_xlsx(data, report, limits)
    if name.endswith((".csv", ".txt")):
        return _read_csv(data, report, limits)
    report.error(0, "", _("Kies een bestand dat eindigt op .csv of .xlsx."))
    return [], []


def _read_csv(data, report, limits):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.error(
            0,
            "",
            _(
                "Het bestand is geen UTF-8-tekst (fout bij byte %(position)s). Sla het in Excel op "
                "als 'CSV UTF-8' en probeer het opnieuw."
            )
            % {"position": error.start},
        )
        return [], []
    header_line = next(iter(text.splitlines()), "")
    delimiter = max(";,\t", key=header_line.count)  # Dutch Excel writes ;, others ,
    # newline=None: \r\n and old Mac \r line endings both become \n (also inside cells).
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    rows = []
    try:
        for records, values in enumerate(reader, start=1):
            if _over_limits(records, values, len(rows), report, limits):
                return [], []
            if any(value.strip() for value in values) or not rows:
                rows.append(values)
    except csv.Error as error:
        # The row that could not be read is the next one (rows are numbered from 1, the header).
        report.error(len(rows) + 1, "", _csv_error_message(error))
        return [], []
    if not rows:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    headers = [_header(value) for value in rows[0]]
    body = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(headers):
            report.error(number, "", _("Deze rij heeft meer waarden dan er kolommen zijn."))
            continue
        body.append((number, [cell_text(value) for value in values]))
    return headers, body


def _over_limits(records, values, kept, report, limits):
    """True (with the reason in `report`) when reading must stop: too many rows (`kept`,
    the rows with values so far, header included), records (blank rows too) or cells."""
    if len(values) > limits.max_columns:
        report.error(
            0,
            "",
            _("Een rij heeft meer dan %(max)s kolommen. Controleer het scheidingsteken.")
            % {"max": limits.max_columns},
        )
        return True
    if kept > limits.max_rows or records > limits.max_lines:
        report.error(
            0,
            "",
            _(
                "Het bestand heeft meer dan %(max)s rijen. Splits het in bestanden van "
                "hoogstens %(max)s rijen en importeer ze na elkaar."
            )
            % {"max": limits.max_rows},
        )
        return True
    return False


def _csv_error_message(error):
    if "field larger than field limit" in str(error):
        return _(
            "Een cel in deze rij is te lang: een cel mag maximaal %(limit)s tekens hebben. "
            'Maak de tekst korter of controleer of er een aanhalingsteken (") ontbreekt.'
        ) % {"limit": f"{csv.field_size_limit():,}".replace(",", ".")}
    return _(
        'Deze rij kunnen we niet lezen (%(reason)s). Controleer de aanhalingstekens (") in de rij.'
    ) % {"reason": str(error)}


def _read_xlsx(data, report, limits):
    from openpyxl import load_workbook

    try:
        if _unpacked_size(data) > limits.max_xlsx_unpacked:
            report.error(
                0,
                "",
                _(
                    "Dit Excel-bestand is uitgepakt groter dan %(mb)s MB. Sla alleen het "
                    "werkblad met de gegevens op, of gebruik CSV."
                )
                % {"mb": megabytes(limits.max_xlsx_unpacked)},
            )
            return [], []
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl and zipfile raise many kinds of errors on broken files
        report.error(0, "", _("Dit Excel-bestand kunnen we niet openen. Is het een .xlsx-bestand?"))
        return [], []
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True, max_col=limits.max_columns + 1)
    try:
        header_row = next(rows)
    except StopIteration:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    header_row = _without_trailing_blanks(header_row)
    if _over_limits(1, header_row, 0, report, limits):
        workbook.close()
        return [], []
    headers = [_header(value) for value in header_row]
    body = []
    for number, values in enumerate(rows, start=2):
        values = _without_trailing_blanks(values)
        if _over_limits(number, values, len(body) + 1, report, limits):
            workbook.close()
            return [], []
        cells = [cell_text(value) for value in values]
        if not any(cells):
            continue
        body.append((number, cells))
    workbook.close()
    # A column with values below a blank header cell stays visible to the header check.
    width = max([len(headers), *(len(cells) for _number, cells in body)])
    return headers + [""] * (width - len(headers)), body


def _without_trailing_blanks(values):
    """An XLSX row as far as it has values (openpyxl pads rows to the sheet's width)."""
    values = list(values)
    while values and values[-1] in (None, ""):
        values.pop()
    return values


def _unpacked_size(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(member.file_size for member in archive.infolist())


def _header(value):
    return cell_text(value).lower()


def normalise_newlines(value):
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")


def cell_text(value):
    """A cell as text: dates as JJJJ-MM-DD, whole floats (Excel's numbers) without .0,
    newlines as \\n, stripped, without the apostrophe of NEUTRALISED."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = normalise_newlines(value).strip()
    if text.startswith(NEUTRALISED):
        text = text[1:]
    return text


def header_cells(sheet, labels):
    """Bold header cells for a write-only openpyxl sheet."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for label in labels:
        cell = WriteOnlyCell(sheet, value=spreadsheet_cell(label))
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def upload_error(upload, limits=None):
    """The message for an upload the importers refuse before reading it, or None."""
    limits = limits or Limits()
    if not upload.name.lower().endswith(UPLOAD_EXTENSIONS):
        return _("Kies een bestand dat eindigt op .csv of .xlsx.")
    if upload.size > limits.max_bytes:
        return _("Het bestand is groter dan %(mb)s MB.") % {"mb": megabytes(limits.max_bytes)}
    return None
