"""CSV and XLSX export of a filtered intervention listing, in the import's column format."""

import csv
import io
import re

from django.db.models import prefetch_related_objects
from django.utils.html import strip_tags

from interventies.columns import COLUMNS, LIST_SEPARATOR

EXPORT_PREFETCH = [
    "grounds",
    "domains",
    "policy_steps",
    "municipal_roles",
    "audiences",
    "mechanisms",
    "suitable_sizes",
    "tagged_items__tag",
]
CHUNK = 500


def html_to_text(value):
    value = re.sub(r"</p>\s*<p[^>]*>", "\n\n", str(value or ""))
    value = re.sub(r"<br\s*/?>", "\n", value)
    return strip_tags(value).strip()


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
        return html_to_text(value.render_as_block() if value else "")
    if column.kind == "html":
        return html_to_text(value)
    return "" if value is None else str(value)


def rows(queryset):
    """Header plus one row per intervention; prefetches in chunks to keep memory flat."""
    yield [column.name for column in COLUMNS] + ["url"]
    pages = list(queryset.select_related("evidence_level"))
    for start in range(0, len(pages), CHUNK):
        chunk = pages[start : start + CHUNK]
        prefetch_related_objects(chunk, *EXPORT_PREFETCH)
        for page in chunk:
            yield [cell(page, column) for column in COLUMNS] + [page.full_url or ""]


def neutralise(value):
    """Stop spreadsheet formula injection: text starting with = + - @ is prefixed with '."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@"}:
        return "'" + value
    return value


def as_csv(queryset):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel opens UTF-8 correctly
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    for row in rows(queryset):
        writer.writerow([neutralise(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(queryset):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Interventies")
    for row in rows(queryset):
        sheet.append([neutralise(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
