"""The import template: an XLSX file an editor fills in and imports.

Sheet "Interventies": the Dutch headers of the export (interventies.spreadsheets.schema) and
one example row. Sheet "Toegestane waarden": per column with fixed values (taxonomy columns,
erkenning, kosten, averechts risico, the checklist) every value the import accepts, with its
name. Taxonomy columns accept the slug or the name.
"""

import io

from django.utils.translation import gettext as _

from hub.spreadsheets import spreadsheet_cell
from interventies.models import ChecklistAnswer, ChecklistQuestion, CostCategory
from interventies.spreadsheets.export import header_cells, new_sheet, write_xlsx_sheet
from interventies.spreadsheets.schema import (
    CHECKLIST_PREFIX,
    COLUMNS,
    LIST_SEPARATOR,
    checklist_label,
    header_label,
)

CHOICE_VALUES = {"choice": CostCategory.choices, "bool": [("ja", _("Ja")), ("nee", _("Nee"))]}


def _terms(column):
    return list(column.taxonomy.objects.all())


def example_row(keys, terms):
    """One made-up intervention that passes the import as it is."""
    texts = {
        "extern_id": "voorbeeld-001",
        "titel": _("Voorbeeld: training voor baliemedewerkers"),
        "samenvatting": _(
            "Medewerkers leren discriminatie bij de balie te herkennen en te melden."
        ),
        "doel": _(
            "Medewerkers herkennen discriminatie.\n\n"
            "- Ze weten waar ze een melding doen.\n- Ze durven in te grijpen."
        ),
        "aanpak": _("Twee bijeenkomsten van drie uur, met oefeningen uit de praktijk."),
        "beoordeeld_op": "2026-01-15",
        "averechts_risico": "nee",
        "kosten": "laag",
        "duur": _("2 dagdelen"),
        "aanbieder": _("Voorbeeldbureau"),
        "website": "https://www.example.org/training",
        "trefwoorden": _("balie; training"),
    }
    row = []
    for key in keys:
        if key in terms:
            values = terms[key][:2] if key != "erkenning" else terms[key][:1]
            row.append(f"{LIST_SEPARATOR} ".join(term.slug for term in values))
        elif key.startswith(CHECKLIST_PREFIX):
            row.append(ChecklistAnswer.Answer.UNKNOWN.value)
        else:
            row.append(str(texts.get(key, "")))
    return row


def allowed_values(terms, questions):
    """Rows (column, value, meaning) of the second sheet."""
    rows = []
    for column in COLUMNS:
        if column.name in terms:
            rows += [(str(column.label), t.slug, t.name) for t in terms[column.name]]
        elif column.kind in CHOICE_VALUES:
            rows += [(str(column.label), v, str(label)) for v, label in CHOICE_VALUES[column.kind]]
    for question in questions:
        rows += [
            (checklist_label(question.key), value, f"{label} — {question.question}")
            for value, label in ChecklistAnswer.Answer.choices
        ]
    return rows


def as_xlsx():
    from openpyxl import Workbook

    questions = list(ChecklistQuestion.objects.all())
    keys = [column.name for column in COLUMNS] + [CHECKLIST_PREFIX + q.key for q in questions]
    terms = {column.name: _terms(column) for column in COLUMNS if column.taxonomy}
    workbook = Workbook(write_only=True)
    sheet = new_sheet(workbook, _("Interventies"), keys)
    table = [[header_label(key) for key in keys], example_row(keys, terms)]
    write_xlsx_sheet(sheet, keys, table)

    values = workbook.create_sheet(_("Toegestane waarden"))
    values.freeze_panes = "A2"
    for letter, width in zip("ABC", (28, 24, 60), strict=True):
        values.column_dimensions[letter].width = width
    values.append(header_cells(values, [_("Kolom"), _("Waarde"), _("Betekenis")]))
    for row in allowed_values(terms, questions):
        values.append([spreadsheet_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# The columns of the example on the import page: the required ones and a few common ones.
EXAMPLE_KEYS = [
    "extern_id",
    "titel",
    "samenvatting",
    "erkenning",
    "gronden",
    "domeinen",
    "averechts_risico",
    "kosten",
]


def page_help():
    """What the import page shows, so an editor needs no other document: an example file
    (CSV, separated by semicolons) and the values each column with fixed values accepts."""
    questions = list(ChecklistQuestion.objects.all())
    terms = {column.name: _terms(column) for column in COLUMNS if column.taxonomy}
    # A CSV cell that holds the list separator needs quotes.
    row = [f'"{value}"' if ";" in value else value for value in example_row(EXAMPLE_KEYS, terms)]
    example = "\n".join([";".join(EXAMPLE_KEYS), ";".join(row)])
    groups = {}
    for column, value, meaning in allowed_values(terms, questions):
        groups.setdefault(column, []).append((value, meaning))
    return {"example_csv": example, "allowed_values": groups}
