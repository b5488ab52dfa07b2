"""The factsheet as an editable Word document (.docx), with python-docx as in the
raadsledentool (handreikingen/raadsleden/word.py)."""

import io

from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _table(document, table):
    document.add_heading(table.title, 2)
    document.add_paragraph(table.summary)
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for index, text in enumerate([row["label"], *row["cells"]]):
            run = cells[index].paragraphs[0].add_run(str(text))
            run.bold = row["highlight"]
    if table.note:
        document.add_paragraph(table.note)


def build_docx(sheet):
    """The factsheet (inzicht.factsheet.Factsheet) as .docx bytes."""
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = sheet.title
    document.core_properties.language = "nl-NL"

    document.add_heading(sheet.title, level=0)
    if sheet.is_example:
        document.add_paragraph().add_run(sheet.example_warning).bold = True
    if sheet.notice:
        document.add_paragraph(sheet.notice)
    document.add_paragraph(sheet.source_line)

    document.add_heading(_("De belangrijkste cijfers"), 1)
    for value, label in sheet.key_figures:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(str(value)).bold = True
        paragraph.add_run(f" {label}")

    for table in sheet.tables:
        _table(document, table)

    document.add_heading(str(sheet.caveat["title"]), 1)
    document.add_paragraph(str(sheet.caveat["intro"]))
    document.add_paragraph(str(sheet.caveat["dos_intro"]))
    for item in sheet.caveat["dos"]:
        document.add_paragraph(str(item), style="List Bullet")
    document.add_paragraph(str(sheet.caveat["donts"]))

    document.add_heading(_("Drie stappen die u nu kunt zetten"), 1)
    for text, url in sheet.next_steps:
        document.add_paragraph(f"{text} {url}".strip(), style="List Number")

    document.add_heading(_("Bronnen, methode en licentie"), 1)
    for dataset in sheet.datasets:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{dataset.title}").bold = True
        paragraph.add_run(f", {dataset.organisation} ({dataset.year})")
        if dataset.is_example:
            paragraph.add_run(" — " + _("voorbeeldcijfers")).bold = True
        document.add_paragraph(_("Methode: %(text)s") % {"text": dataset.methodology})
        document.add_paragraph(
            _("Licentie: %(name)s (%(url)s)")
            % {"name": dataset.get_licence_display(), "url": dataset.licence_url}
        )
        if dataset.link:
            document.add_paragraph(_("Link: %(url)s") % {"url": dataset.link})
    document.add_paragraph(
        _("Aantallen van 1 tot en met 4 in een gemeente staan er als 'minder dan 5'.")
    )
    if sheet.page_url:
        document.add_paragraph(_("Alle cijfers: %(url)s") % {"url": sheet.page_url})

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
