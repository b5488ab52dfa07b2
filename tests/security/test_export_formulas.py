"""Review item 12: every export uses one formula guard, also for cells that start with a tab
or a carriage return (which some spreadsheets skip before reading a formula)."""

import csv
import io

import pytest
from openpyxl import load_workbook

from academie.manage import exports
from hub.spreadsheets import spreadsheet_cell
from interventies.spreadsheets import export
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_guard_neutralises_every_formula_start(start):
    assert spreadsheet_cell(f"{start}1+1").startswith("'")
    assert spreadsheet_cell("Gewone tekst") == "Gewone tekst"
    assert spreadsheet_cell(3) == 3


def test_the_academy_and_intervention_exports_share_the_guard():
    assert exports.spreadsheet_cell is spreadsheet_cell
    assert export.spreadsheet_cell is spreadsheet_cell


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_intervention_export_neutralises_tab_and_cr(client, home, fmt):
    index = InterventionIndexPageFactory(parent=home, slug="interventies")
    InterventionPageFactory(parent=index, title="Gewoon", provider="\t=cmd|' /C calc'!A0")
    response = client.get(f"/interventies/export/?format={fmt}")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    else:
        rows = [[c.value for c in r] for r in load_workbook(io.BytesIO(response.content)).active]
    provider = rows[1][rows[0].index("Aanbieder")]
    assert provider.startswith("'\t=")
