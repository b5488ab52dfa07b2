"""CSV and XLSX export of a filtered intervention listing, in the import's column format.

The header row has the Dutch labels of the schema ("Extern ID", "Checklist probleem"); long
texts are readable plain text (interventies.spreadsheets.richtext.html_to_plain); the `url`
column holds the page's address under SITE_URL. The file can be edited and imported again
(interventies.spreadsheets.importing): the import reads the Dutch headers, and puts the stored
emphasis, links and headings back on text that was not changed. The XLSX has a frozen,
filterable header row and column widths by kind of column.
"""

import csv
import io

from django.db.models import prefetch_related_objects

from hub.siteurl import absolute_url
from hub.spreadsheets import spreadsheet_cell
from hub.tabular import header_cells
from interventies.models import ChecklistQuestion, InterventionPage
from interventies.spreadsheets.richtext import html_to_plain, stream_to_plain
from interventies.spreadsheets.schema import (
    CHECKLIST_PREFIX,
    COLUMNS,
    COLUMNS_BY_NAME,
    EXPORT_ONLY_COLUMNS,
    LIST_SEPARATOR,
    header_label,
)

EXPORT_PREFETCH = [
    *InterventionPage.term_relations,
    "suitable_sizes",
    "tagged_items__tag",
    "checklist_answers",
]
CHUNK = 500


def cell(page, column):
    value = getattr(page, column.field)
    if column.kind == "taxonomy":
        return LIST_SEPARATOR.join(term.slug for term in value.all())
    if column.kind == "tags":
        return LIST_SEPARATOR.join(item.tag.name for item in page.tagged_items.all())
    if column.kind == "fk":
        return value.slug
    if column.kind == "bool":
        return "ja" if value else "nee"
    if column.kind == "date":
        return value.isoformat() if value else ""
    if column.kind == "stream":
        return stream_to_plain(value)
    if column.kind == "html":
        return html_to_plain(value)
    return "" if value is None else str(value)


def checklist_cells(page, questions):
    answers = {answer.question_id: answer.answer for answer in page.checklist_answers.all()}
    return [answers.get(question.pk, "") for question in questions]


def column_keys(questions):
    """The keys of the export's columns, in order (the header shows their Dutch labels)."""
    return (
        [column.name for column in COLUMNS]
        + [CHECKLIST_PREFIX + question.key for question in questions]
        + list(EXPORT_ONLY_COLUMNS)
    )


def rows(queryset, request=None):
    """Header plus one row per intervention; prefetches in chunks to keep memory flat."""
    questions = list(ChecklistQuestion.objects.all())
    yield [header_label(key) for key in column_keys(questions)]
    pages = list(queryset.select_related("evidence_level"))
    for start in range(0, len(pages), CHUNK):
        chunk = pages[start : start + CHUNK]
        prefetch_related_objects(chunk, *EXPORT_PREFETCH)
        for page in chunk:
            yield (
                [cell(page, column) for column in COLUMNS]
                + checklist_cells(page, questions)
                + [absolute_url(page, request)]
            )


def as_csv(queryset, request=None):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel opens UTF-8 correctly
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    for row in rows(queryset, request):
        writer.writerow([spreadsheet_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8")


# Column widths in characters, by kind of column (the data are not measured: the file is
# written row by row).
WIDTHS = {
    "id": 18,
    "text": 40,
    "html": 60,
    "stream": 60,
    "taxonomy": 30,
    "fk": 22,
    "date": 14,
    "email": 30,
    "url": 30,
}
WIDTHS_BY_KEY = {"samenvatting": 60, "url": 50}
DEFAULT_WIDTH = 16


def column_width(key):
    if key in WIDTHS_BY_KEY:
        return WIDTHS_BY_KEY[key]
    column = COLUMNS_BY_NAME.get(key)
    if column is None:
        return DEFAULT_WIDTH  # checklist columns: ja, deels, nee, onbekend
    return WIDTHS.get(column.kind, DEFAULT_WIDTH)


def new_sheet(workbook, title, keys):
    """A write-only sheet with a frozen header row and column widths (set before any row)."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for position, key in enumerate(keys, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column_width(key)
    return sheet


def write_xlsx_sheet(sheet, keys, table):
    """The header row (bold) and the data; the autofilter covers header and data."""
    from openpyxl.utils import get_column_letter

    count = 0
    for number, row in enumerate(table):
        if number == 0:
            sheet.append(header_cells(sheet, row))
        else:
            sheet.append([spreadsheet_cell(value) for value in row])
        count = number + 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(count, 2)}"


def as_xlsx(queryset, request=None):
    from openpyxl import Workbook

    keys = column_keys(list(ChecklistQuestion.objects.all()))
    workbook = Workbook(write_only=True)
    sheet = new_sheet(workbook, "Interventies", keys)
    write_xlsx_sheet(sheet, keys, rows(queryset, request))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
