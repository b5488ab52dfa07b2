"""CSV and XLSX export of a filtered intervention listing, in the import's column format.

The file can be edited and imported again (interventies.spreadsheets.importing): long texts
keep their paragraphs, lists and emphasis in the notation of interventies.spreadsheets.richtext,
every checklist question has its column, and the extra `url` column is skipped by the import.
"""

import csv
import io

from django.db.models import prefetch_related_objects

from hub.spreadsheets import spreadsheet_cell
from interventies.models import ChecklistQuestion, InterventionPage
from interventies.spreadsheets.richtext import html_to_text, stream_to_text
from interventies.spreadsheets.schema import (
    CHECKLIST_PREFIX,
    COLUMNS,
    EXPORT_ONLY_COLUMNS,
    LIST_SEPARATOR,
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
        return stream_to_text(value)
    if column.kind == "html":
        return html_to_text(value)
    return "" if value is None else str(value)


def checklist_cells(page, questions):
    answers = {answer.question_id: answer.answer for answer in page.checklist_answers.all()}
    return [answers.get(question.pk, "") for question in questions]


def rows(queryset):
    """Header plus one row per intervention; prefetches in chunks to keep memory flat."""
    questions = list(ChecklistQuestion.objects.all())
    yield (
        [column.name for column in COLUMNS]
        + [CHECKLIST_PREFIX + question.key for question in questions]
        + list(EXPORT_ONLY_COLUMNS)
    )
    pages = list(queryset.select_related("evidence_level"))
    for start in range(0, len(pages), CHUNK):
        chunk = pages[start : start + CHUNK]
        prefetch_related_objects(chunk, *EXPORT_PREFETCH)
        for page in chunk:
            yield (
                [cell(page, column) for column in COLUMNS]
                + checklist_cells(page, questions)
                + [page.full_url or ""]
            )


def as_csv(queryset):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel opens UTF-8 correctly
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    for row in rows(queryset):
        writer.writerow([spreadsheet_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(queryset):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Interventies")
    for row in rows(queryset):
        sheet.append([spreadsheet_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
