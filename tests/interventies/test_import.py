"""Bulk import: validation first, nothing half-imported, re-import updates."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from interventies.importer import import_interventions
from interventies.models import InterventionPage

pytestmark = pytest.mark.django_db

HEADER = "extern_id;titel;samenvatting;erkenning;gronden;domeinen;averechts_risico;averechts_uitleg;kosten;beoordeeld_op;trefwoorden;checklist_evaluatie"
GOOD_ROWS = [
    "imp-1;Praktijktest huur;Testen bij makelaars.;goed-beschreven;herkomst; Wonen ;nee;;laag;2024-05-01;praktijktest;ja",
    "imp-2;Gastles islam;Les over moslimdiscriminatie.;Effectief – eerste aanwijzingen;moslimdiscriminatie;onderwijs;ja;Kan stigmatiseren als het slecht gaat.;midden;01-02-2023;;deels",
]


def csv_bytes(*rows, header=HEADER):
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def test_valid_file_creates_interventions_with_taxonomy(index):
    report = import_interventions("lijst.csv", csv_bytes(*GOOD_ROWS), parent=index, publish=True)
    assert report.ok, report.errors
    assert len(report.created) == 2
    first = InterventionPage.objects.get(external_id="imp-1")
    assert first.live
    assert [d.slug for d in first.domains.all()] == ["wonen"]
    assert first.evidence_level.slug == "goed-beschreven"
    assert [t.name for t in first.tags.all()] == ["praktijktest"]
    second = InterventionPage.objects.get(external_id="imp-2")
    assert second.backfire_risk and "stigmatiseren" in second.backfire_explanation
    assert second.evidence_level.slug == "effectief-eerste"
    assert second.checklist_answers.get().answer == "deels"


def test_reimport_updates_instead_of_duplicating(index):
    import_interventions("lijst.csv", csv_bytes(*GOOD_ROWS), parent=index, publish=True)
    changed = GOOD_ROWS[0].replace("Praktijktest huur", "Praktijktest huurmarkt")
    report = import_interventions("lijst.csv", csv_bytes(changed, GOOD_ROWS[1]), parent=index)
    assert report.ok, report.errors
    assert len(report.updated) == 2 and not report.created
    assert InterventionPage.objects.count() == 2
    page = InterventionPage.objects.get(external_id="imp-1")
    assert page.title == "Praktijktest huurmarkt"
    assert page.live and not page.has_unpublished_changes  # a live page stays live


def test_drafts_when_not_publishing(index):
    import_interventions("lijst.csv", csv_bytes(GOOD_ROWS[0]), parent=index, publish=False)
    assert not InterventionPage.objects.get().live


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (csv_bytes(GOOD_ROWS[0], header=HEADER + ";kleur"), (1, "kleur", "Onbekende kolom")),
        (csv_bytes("x;Titel", header="extern_id;titel"), (1, "samenvatting", "ontbreekt")),
        (
            csv_bytes(GOOD_ROWS[0].replace("herkomst", "herkomst;marsbewoners")),
            (2, "", ""),
        ),
        (csv_bytes(GOOD_ROWS[0].replace(";herkomst;", ";aliens;")), (2, "gronden", "aliens")),
        (csv_bytes(GOOD_ROWS[0], GOOD_ROWS[0]), (3, "extern_id", "ook in rij 2")),
        (
            csv_bytes(GOOD_ROWS[0].replace("2024-05-01", "31-31-2024")),
            (2, "beoordeeld_op", "datum"),
        ),
        (
            csv_bytes(GOOD_ROWS[1].replace("Kan stigmatiseren als het slecht gaat.", "")),
            (2, "averechts_uitleg", "Verplicht"),
        ),
        (csv_bytes(GOOD_ROWS[0].replace(";laag;", ";gratis;")), (2, "kosten", "laag, midden")),
        (csv_bytes(GOOD_ROWS[0].replace(";goed-beschreven;", ";;")), (2, "erkenning", "verplicht")),
        ("extern_id;titel\nx;Caf\xe9".encode("latin-1"), (0, "", "geen UTF-8")),
    ],
)
def test_bad_files_give_a_report_and_write_nothing(index, data, expected):
    report = import_interventions("lijst.csv", data, parent=index)
    assert not report.ok
    row, column, text = expected
    assert any(
        e.row == row and (not column or e.column == column) and text in e.message
        for e in report.errors
    ), report.errors
    assert InterventionPage.objects.count() == 0


def test_one_bad_row_means_nothing_is_written(index):
    bad = GOOD_ROWS[1].replace("onderwijs", "ruimtevaart")
    report = import_interventions("lijst.csv", csv_bytes(GOOD_ROWS[0], bad), parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(3, "domeinen")]
    assert InterventionPage.objects.count() == 0


def test_html_in_cells_is_escaped(index):
    row = GOOD_ROWS[0].replace("Testen bij makelaars.", "Tekst").replace(";laag;", ";laag;")
    header = HEADER + ";doel"
    report = import_interventions(
        "l.csv", csv_bytes(row + ";<script>alert(1)</script>", header=header), parent=index
    )
    assert report.ok, report.errors
    assert "<script>" not in InterventionPage.objects.get().goal


def test_xlsx_file(index):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    sheet.append(GOOD_ROWS[0].split(";"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_interventions("lijst.xlsx", buffer.getvalue(), parent=index)
    assert report.ok, report.errors
    assert InterventionPage.objects.get().title == "Praktijktest huur"


def test_broken_xlsx_and_wrong_extension(index):
    assert (
        "Excel-bestand"
        in import_interventions("x.xlsx", b"not a zip", parent=index).errors[0].message
    )
    assert ".csv of .xlsx" in import_interventions("x.pdf", b"%PDF", parent=index).errors[0].message


def test_management_command(index, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_bytes(csv_bytes(*GOOD_ROWS))
    out = io.StringIO()
    call_command("import_interventions", str(path), "--publish", stdout=out)
    assert "2 nieuw" in out.getvalue()
    path.write_bytes(csv_bytes(GOOD_ROWS[0].replace("herkomst", "aliens")))
    with pytest.raises(CommandError, match="niets opgeslagen"):
        call_command("import_interventions", str(path), stderr=io.StringIO())


def editor(django_user_model, group):
    user = django_user_model.objects.create_user(group, f"{group}@example.org", "wachtwoord-123")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_admin_import_view_reports_errors(client, index, django_user_model):
    client.force_login(editor(django_user_model, "Redacteur"))
    upload = SimpleUploadedFile("lijst.csv", csv_bytes(GOOD_ROWS[0].replace("herkomst", "aliens")))
    response = client.post("/admin/interventies/import/", {"file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "er is niets opgeslagen" in html and "aliens" in html
    assert InterventionPage.objects.count() == 0


def test_redacteur_imports_drafts_but_cannot_publish(client, index, django_user_model):
    client.force_login(editor(django_user_model, "Redacteur"))
    response = client.post(
        "/admin/interventies/import/",
        {"file": SimpleUploadedFile("lijst.csv", csv_bytes(GOOD_ROWS[0])), "publish": "on"},
    )
    assert "U mag niet publiceren" in response.content.decode()
    assert InterventionPage.objects.count() == 0
    client.post(
        "/admin/interventies/import/",
        {"file": SimpleUploadedFile("lijst.csv", csv_bytes(GOOD_ROWS[0]))},
    )
    assert not InterventionPage.objects.get().live


def test_import_view_needs_admin_access(client, index, django_user_model):
    user = django_user_model.objects.create_user("burger", "b@example.org", "wachtwoord-123")
    client.force_login(user)
    response = client.post(
        "/admin/interventies/import/",
        {"file": SimpleUploadedFile("l.csv", csv_bytes(GOOD_ROWS[0]))},
    )
    assert response.status_code in {302, 403}
    assert InterventionPage.objects.count() == 0
