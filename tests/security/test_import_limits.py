"""Review item 12: the intervention import refuses oversized input with a clear report, while
reading, and never lets a value through that the database would refuse (a 500 on
PostgreSQL)."""

import io
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from interventies.models import InterventionPage
from interventies.spreadsheets import schema as importer
from interventies.spreadsheets.importing import import_interventions
from tests.interventies.factories import InterventionIndexPageFactory

pytestmark = pytest.mark.django_db

HEADER = "extern_id;titel;samenvatting;erkenning;aanbieder;trefwoorden;website"


@pytest.fixture
def index(home):
    return InterventionIndexPageFactory(parent=home)


def row(n=1, provider="Art.1", tags="praktijktest", website=""):
    return f"imp-{n};Titel {n};Samenvatting.;goed-beschreven;{provider};{tags};{website}"


def csv_bytes(*rows):
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


def messages(report):
    return [f"{error.row}:{error.column}:{error.message}" for error in report.errors]


def test_a_provider_longer_than_the_database_allows_is_reported(index):
    report = import_interventions("x.csv", csv_bytes(row(provider="A" * 201)), parent=index)
    assert messages(report) == ["2:aanbieder:Te lang: maximaal 200 tekens."]
    assert importer.max_length(importer.COLUMNS_BY_NAME["aanbieder"]) == 200
    assert import_interventions("x.csv", csv_bytes(row(provider="A" * 200)), parent=index).ok


def test_a_tag_longer_than_the_database_allows_is_reported(index):
    report = import_interventions("x.csv", csv_bytes(row(tags="lang" * 30)), parent=index)
    assert report.errors and "hoogstens 100 tekens" in report.errors[0].message
    assert not InterventionPage.objects.exists()


def test_a_website_longer_than_the_database_allows_is_reported(index):
    url = "https://example.org/" + "a" * 300
    report = import_interventions("x.csv", csv_bytes(row(website=url)), parent=index)
    assert report.errors and "Te lang" in report.errors[0].message


def test_too_many_rows_stop_the_reading_early(index, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 10)
    report = import_interventions("x.csv", csv_bytes(*[row(n) for n in range(11)]), parent=index)
    assert messages(report) == [
        "0::Het bestand heeft meer dan 10 rijen. Splits het in bestanden van hoogstens 10 "
        "rijen en importeer ze na elkaar."
    ]
    assert import_interventions("x.csv", csv_bytes(*[row(n) for n in range(10)]), parent=index).ok


def test_a_file_of_separators_does_not_become_millions_of_rows(index):
    data = HEADER.encode() + b"\n" + b";\n" * (importer.MAX_BYTES // 2 - 100)
    assert len(data) <= importer.MAX_BYTES
    tracemalloc.start()
    report = import_interventions("x.csv", data, parent=index)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "meer dan 5000 rijen" in report.errors[0].message
    assert peak < 100 * 1024 * 1024  # the 5 MB text, not 800 MB of rows


def test_too_many_columns_are_refused(index):
    report = import_interventions("x.csv", csv_bytes(row() + ";x" * 300), parent=index)
    assert "meer dan 200 kolommen" in report.errors[0].message


def test_an_xlsx_that_unpacks_to_a_huge_file_is_refused(index, monkeypatch):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    sheet.append(row().split(";"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer, "a") as archive:  # a member that compresses very well
        archive.writestr("xl/padding.bin", b"\0" * (2 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    monkeypatch.setattr(importer, "MAX_XLSX_UNPACKED", 1024 * 1024)
    report = import_interventions("x.xlsx", buffer.getvalue(), parent=index)
    assert "uitgepakt groter dan" in report.errors[0].message
