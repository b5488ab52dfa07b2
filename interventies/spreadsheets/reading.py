"""Reading an intervention spreadsheet (CSV or XLSX) into header and rows of cell texts.

The reading itself is shared with the other importers (hub.tabular); this module gives it the
limits of the intervention schema, looked up when it runs (`schema.MAX_ROWS`), so a test can
lower them.
"""

from hub.tabular import Limits
from hub.tabular import read_table as read_any_table
from interventies.spreadsheets import schema


def limits():
    return Limits(
        max_bytes=schema.MAX_BYTES,
        max_rows=schema.MAX_ROWS,
        max_lines=schema.MAX_LINES,
        max_columns=schema.MAX_COLUMNS,
        max_xlsx_unpacked=schema.MAX_XLSX_UNPACKED,
    )


def read_table(filename, data, report):
    """Return (headers, rows) where rows are (row_number, [cell texts]); errors go to report."""
    return read_any_table(filename, data, report, limits())
