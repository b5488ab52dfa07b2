"""Reading an intervention spreadsheet (CSV or XLSX) into header and rows of cell texts.

The file limits of the schema (size, rows, records, cells per row, unpacked XLSX size) are
checked while reading, before a large table is in memory.
"""

import csv
import io
from datetime import date, datetime

from django.utils.translation import gettext as _

from hub.spreadsheets import NEUTRALISED  # the export's ' before a formula; undone on import
from interventies.spreadsheets import schema
from interventies.spreadsheets.richtext import normalise_newlines


def read_table(filename, data, report):
    """Return (headers, rows) where rows are (row_number, [cell texts]); errors go to report."""
    if len(data) > schema.MAX_BYTES:
        report.error(0, "", _("Het bestand is groter dan 5 MB."))
        return [], []
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        return _read_xlsx(data, report)
    if name.endswith((".csv", ".txt")):
        return _read_csv(data, report)
    report.error(0, "", _("Kies een bestand dat eindigt op .csv of .xlsx."))
    return [], []


def _read_csv(data, report):
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
            if _over_limits(records, values, len(rows), report):
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
        body.append((number, [_cell_text(value) for value in values]))
    return headers, body


def _over_limits(records, values, kept, report):
    """True (with the reason in `report`) when reading must stop: too many rows (`kept`,
    the rows with values so far, header included), records (blank rows too) or cells."""
    if len(values) > schema.MAX_COLUMNS:
        report.error(
            0,
            "",
            _("Een rij heeft meer dan %(max)s kolommen. Controleer het scheidingsteken.")
            % {"max": schema.MAX_COLUMNS},
        )
        return True
    if kept > schema.MAX_ROWS or records > schema.MAX_LINES:
        report.error(
            0,
            "",
            _(
                "Het bestand heeft meer dan %(max)s rijen. Splits het in bestanden van "
                "hoogstens %(max)s rijen en importeer ze na elkaar."
            )
            % {"max": schema.MAX_ROWS},
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


def _read_xlsx(data, report):
    from openpyxl import load_workbook

    try:
        if _unpacked_size(data) > schema.MAX_XLSX_UNPACKED:
            report.error(
                0,
                "",
                _(
                    "Dit Excel-bestand is uitgepakt groter dan %(mb)s MB. Sla alleen het "
                    "werkblad met de interventies op, of gebruik CSV."
                )
                % {"mb": schema.MAX_XLSX_UNPACKED // (1024 * 1024)},
            )
            return [], []
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl and zipfile raise many kinds of errors on broken files
        report.error(0, "", _("Dit Excel-bestand kunnen we niet openen. Is het een .xlsx-bestand?"))
        return [], []
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True, max_col=schema.MAX_COLUMNS + 1)
    try:
        header_row = next(rows)
    except StopIteration:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    header_row = _without_trailing_blanks(header_row)
    if _over_limits(1, header_row, 0, report):
        workbook.close()
        return [], []
    headers = [_header(value) for value in header_row]
    body = []
    for number, values in enumerate(rows, start=2):
        values = _without_trailing_blanks(values)
        if _over_limits(number, values, len(body) + 1, report):
            workbook.close()
            return [], []
        cells = [_cell_text(value) for value in values]
        if not any(cells):
            continue
        body.append((number, cells))
    workbook.close()
    # A column with values below a blank header cell stays visible to validate_headers.
    width = max([len(headers), *(len(cells) for _number, cells in body)])
    return headers + [""] * (width - len(headers)), body


def _without_trailing_blanks(values):
    """An XLSX row as far as it has values (openpyxl pads rows to the sheet's width)."""
    values = list(values)
    while values and values[-1] in (None, ""):
        values.pop()
    return values


def _unpacked_size(data):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(member.file_size for member in archive.infolist())


def _header(value):
    return _cell_text(value).lower()


def _cell_text(value):
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
