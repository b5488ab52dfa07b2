"""Safe spreadsheet cells for every export of the site (CSV and XLSX).

Exported text comes from visitors and editors (a name, an organisation, a title). A
spreadsheet program runs text that starts with =, +, - or @ as a formula ("=HYPERLINK(...)"
sends data to another site when clicked), and some also after a leading tab or carriage
return. Such text gets a leading apostrophe: it shows as text and is never run (OWASP, "CSV
injection"). The importer of interventions takes the apostrophe off again (NEUTRALISED).
"""

from decimal import Decimal

from django.utils.encoding import force_str

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
NEUTRALISED = tuple(f"'{start}" for start in FORMULA_START)


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
