"""Spreadsheet exports of the academy (CSV and XLSX), safe to open in Excel or LibreOffice.

Exported text comes from participants and editors (a name, an organisation, a course title).
A spreadsheet program runs text that starts with =, +, - or @ as a formula ("=HYPERLINK(...)"
sends data to another site when clicked), so such text gets a leading apostrophe: it shows as
text and is never run (OWASP, "CSV injection"). Times are in Dutch local time
(Europe/Amsterdam), to the minute.

Used by the masterclass participant export (academie/masterclass_admin.py) and, through
`SafeSpreadsheetExportMixin`, by Wagtail's own exports of enrolments, certificates and
completions (which neutralise formulas only in XLSX).
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.encoding import force_str

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"


def spreadsheet_cell(value):
    """A value as a safe spreadsheet cell: numbers stay numbers, text that a spreadsheet
    would run as a formula starts with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | Decimal):
        return value
    text = force_str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def local_datetime(value):
    """An aware datetime in Dutch local time, without seconds and microseconds."""
    if value is None:
        return None
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(second=0, microsecond=0, tzinfo=None)


def format_datetime(value):
    """ "09-03-2027 12:30" in Dutch local time, or "" (for CSV)."""
    return local_datetime(value).strftime(DATETIME_FORMAT) if value else ""


def format_date(value):
    return value.strftime(DATE_FORMAT) if value else ""


class SafeSpreadsheetExportMixin:
    """For Wagtail index and report views with `list_export`: every exported value goes
    through `spreadsheet_cell`; dates and times are local, as text in CSV and as real
    dates (without time zone, which Excel does not know) in XLSX."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            if export_format == self.FORMAT_CSV:
                return format_datetime(value)
            return local_datetime(value)
        if isinstance(value, datetime.date):
            return format_date(value) if export_format == self.FORMAT_CSV else value
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_cell(value)
