"""Spreadsheet exports of the academy's admin screens (CSV and XLSX), safe to open in Excel or
LibreOffice: the participants of a masterclass session (academie.manage.participants) and,
through `SafeSpreadsheetExportMixin`, Wagtail's own exports of enrolments, certificates and
completions (which neutralise formulas only in XLSX).

Every cell goes through hub.spreadsheets.spreadsheet_cell (no formulas run). Times are in
Dutch local time (Europe/Amsterdam), to the minute.
"""

import datetime

from django.utils import timezone

from hub.spreadsheets import spreadsheet_cell

__all__ = ["SafeSpreadsheetExportMixin", "format_date", "format_datetime", "spreadsheet_cell"]

DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"


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
