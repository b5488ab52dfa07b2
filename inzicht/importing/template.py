"""The XLSX templates of the two imports: the column names, two example rows, and a second
sheet with the values the columns accept."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _

from hub.models import DiscriminationGround, Domain, Province
from hub.spreadsheets import spreadsheet_cell
from hub.tabular import header_cells
from inzicht.importing import areas, observations
from inzicht.models import AreaKind, Nature, Source


def _workbook(title, columns, examples, allowed):
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for position, _column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = 20
    sheet.append(header_cells(sheet, [column.name for column in columns]))
    for row in examples:
        sheet.append([spreadsheet_cell(value) for value in row])
    values = workbook.create_sheet(_("Toegestane waarden"))
    for letter, width in zip("ABC", (20, 30, 60), strict=True):
        values.column_dimensions[letter].width = width
    values.append(header_cells(values, [_("Kolom"), _("Waarde"), _("Betekenis")]))
    for column in columns:
        values.append([column.name, "", str(column.help)])
    for row in allowed:
        values.append([spreadsheet_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def observations_xlsx():
    year = timezone.localdate().year - 1
    ground = DiscriminationGround.objects.order_by("sort_order").first()
    examples = [
        [
            year,
            "Utrecht",
            AreaKind.MUNICIPALITY.value,
            "adv",
            ground.slug if ground else "",
            "",
            "",
            42,
        ],
        [year, "Utrecht", AreaKind.MUNICIPALITY.value, "politie", "", "", "", _("onbekend")],
    ]
    allowed = [("soort_gebied", value, str(label)) for value, label in AreaKind.choices]
    for column, model in (
        ("bron", Source),
        ("grond", DiscriminationGround),
        ("terrein", Domain),
        ("aard", Nature),
    ):
        allowed += [(column, term.slug, term.name) for term in model.objects.all()]
    return _workbook(_("Cijfers"), observations.COLUMNS, examples, allowed)


def areas_xlsx():
    year = timezone.localdate().year
    row = ["Utrecht", "GM0344", "Utrecht", "Midden-Nederland", "Midden Nederland"]
    examples = [[*row, year - 1, 374238], [*row, year - 2, 367984]]
    allowed = [("provincie", term.slug, term.name) for term in Province.objects.all()]
    return _workbook(_("Gebieden"), areas.COLUMNS, examples, allowed)
