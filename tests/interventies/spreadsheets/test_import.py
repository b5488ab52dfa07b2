"""Bulk import: validation first, nothing half-imported, re-import updates."""

import io
import threading

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from openpyxl import Workbook

from interventies.models import InterventionPage
from interventies.spreadsheets.importing import import_interventions

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
    untouched = InterventionPage.objects.get(external_id="imp-2")
    revisions = untouched.revisions.count()
    report = import_interventions("lijst.csv", csv_bytes(changed, GOOD_ROWS[1]), parent=index)
    assert report.ok, report.errors
    assert [p.external_id for p in report.updated] == ["imp-1"] and not report.created
    assert [p.external_id for p in report.unchanged] == ["imp-2"]
    assert InterventionPage.objects.count() == 2
    page = InterventionPage.objects.get(external_id="imp-1")
    assert page.title == "Praktijktest huurmarkt"
    assert page.live and not page.has_unpublished_changes  # a live page stays live
    assert untouched.revisions.count() == revisions  # an unchanged row makes no new revision


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


# ---------------------------------------------------------------------- publishing rights


def live_then_changed_file():
    """A live imported intervention, and a file that changes its title and domain."""
    report = import_interventions("lijst.csv", csv_bytes(GOOD_ROWS[0]), publish=True)
    assert report.ok, report.errors
    changed = GOOD_ROWS[0].replace("Praktijktest huur", "Praktijktest huurmarkt")
    return changed.replace(" Wonen ", "onderwijs")


def test_redacteur_reimport_of_a_live_intervention_saves_a_draft(client, index, django_user_model):
    changed = live_then_changed_file()
    client.force_login(editor(django_user_model, "Redacteur"))
    response = client.post(
        "/admin/interventies/import/",
        {"file": SimpleUploadedFile("lijst.csv", csv_bytes(changed))},
    )
    assert response.status_code == 200
    assert "opgeslagen als concept; een eindredacteur moet publiceren" in response.content.decode()
    page = InterventionPage.objects.get()
    # The live version is untouched, relations included; the change waits as a draft.
    assert page.live and page.title == "Praktijktest huur"
    assert [d.slug for d in page.domains.all()] == ["wonen"]
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Praktijktest huurmarkt"
    assert [d.slug for d in draft.domains.all()] == ["onderwijs"]
    assert client.get("/api/v2/interventies/").json()["items"][0]["title"] == "Praktijktest huur"


def test_eindredacteur_reimport_of_a_live_intervention_publishes(client, index, django_user_model):
    changed = live_then_changed_file()
    client.force_login(editor(django_user_model, "Eindredacteur"))
    response = client.post(
        "/admin/interventies/import/",
        {"file": SimpleUploadedFile("lijst.csv", csv_bytes(changed))},
    )
    assert response.status_code == 200
    assert "een eindredacteur moet publiceren" not in response.content.decode()
    page = InterventionPage.objects.get()
    assert page.live and page.title == "Praktijktest huurmarkt"
    assert [d.slug for d in page.domains.all()] == ["onderwijs"]
    assert not page.has_unpublished_changes


def test_publish_flag_only_publishes_for_users_who_may_publish(index, django_user_model):
    redacteur = editor(django_user_model, "Redacteur")
    report = import_interventions(
        "lijst.csv", csv_bytes(GOOD_ROWS[0]), parent=index, publish=True, user=redacteur
    )
    assert report.ok, report.errors
    assert [p.external_id for p in report.drafts] == ["imp-1"]
    assert not InterventionPage.objects.get().live

    eindredacteur = editor(django_user_model, "Eindredacteur")
    report = import_interventions(
        "lijst.csv", csv_bytes(GOOD_ROWS[1]), parent=index, publish=True, user=eindredacteur
    )
    assert report.ok and not report.drafts
    assert InterventionPage.objects.get(external_id="imp-2").live


# ---------------------------------------------------------------------- unreadable cells


def test_a_cell_over_the_csv_field_limit_is_reported_not_a_server_error(
    client, index, django_user_model
):
    long_cell = '"' + "lange tekst " * 12_000 + '"'  # 144,000 characters, above csv's limit
    data = csv_bytes(GOOD_ROWS[1] + ";", GOOD_ROWS[0] + ";" + long_cell, header=HEADER + ";doel")
    report = import_interventions("lijst.csv", data, parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(3, "")]
    assert "te lang" in report.errors[0].message and "131.072" in report.errors[0].message

    client.force_login(editor(django_user_model, "Redacteur"))
    response = client.post(
        "/admin/interventies/import/", {"file": SimpleUploadedFile("lijst.csv", data)}
    )
    assert response.status_code == 200
    assert "er is niets opgeslagen" in response.content.decode()
    assert InterventionPage.objects.count() == 0


def test_old_mac_line_endings_are_read(index):
    """Excel's "CSV (Macintosh)" ends lines with a bare carriage return."""
    data = csv_bytes(*GOOD_ROWS).replace(b"\n", b"\r")
    report = import_interventions("lijst.csv", data, parent=index)
    assert report.ok, report.errors
    assert len(report.created) == 2


@pytest.mark.parametrize(
    ("find", "replace", "column", "text"),
    [
        ("Praktijktest huur", "Praktijk\x00test", "titel", "U+0000"),
        ("Testen bij makelaars.", "Testen\x1b bij makelaars.", "samenvatting", "U+001B"),
        ("praktijktest", "praktijk\x07test", "trefwoorden", "U+0007"),
        ("Praktijktest huur", '"Praktijktest\nhuur"', "titel", "regeleinde"),
        ("Praktijktest huur", "Praktijktest\thuur", "titel", "regeleinde of tab"),
    ],
)
def test_control_characters_are_rejected_with_row_and_column(index, find, replace, column, text):
    report = import_interventions(
        "lijst.csv", csv_bytes(GOOD_ROWS[1], GOOD_ROWS[0].replace(find, replace)), parent=index
    )
    assert [(e.row, e.column) for e in report.errors] == [(3, column)], report.errors
    assert text in report.errors[0].message
    assert InterventionPage.objects.count() == 0


def test_control_characters_in_a_long_text_are_rejected_but_tabs_and_newlines_are_fine(index):
    header = HEADER + ";doel"
    bad = csv_bytes(GOOD_ROWS[0] + ';"Eerste regel\x00"', header=header)
    report = import_interventions("lijst.csv", bad, parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(2, "doel")]

    good = csv_bytes(GOOD_ROWS[0] + ';"Eerste\tregel\r\ntweede regel"', header=header)
    report = import_interventions("lijst.csv", good, parent=index)
    assert report.ok, report.errors
    assert InterventionPage.objects.get().goal == "<p>Eerste\tregel<br>tweede regel</p>"


# ---------------------------------------------------------------------- headers, concurrency


def test_duplicate_header_is_reported(index):
    header = HEADER + ";titel"
    report = import_interventions(
        "lijst.csv", csv_bytes(GOOD_ROWS[0] + ";Andere titel", header=header), parent=index
    )
    assert [(e.row, e.column) for e in report.errors] == [(1, "titel")]
    assert "2 keer" in report.errors[0].message and "B, M" in report.errors[0].message
    assert InterventionPage.objects.count() == 0

    workbook = Workbook()
    workbook.active.append(header.split(";"))
    workbook.active.append([*GOOD_ROWS[0].split(";"), "Andere titel"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_interventions("lijst.xlsx", buffer.getvalue(), parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(1, "titel")]


def test_nameless_empty_columns_are_ignored_but_nameless_columns_with_values_are_not(index):
    report = import_interventions("lijst.csv", csv_bytes(GOOD_ROWS[0] + ";", header=HEADER + ";"))
    assert report.ok, report.errors
    report = import_interventions("lijst.csv", csv_bytes(GOOD_ROWS[1] + ";x", header=HEADER + ";"))
    assert [(e.row, e.column) for e in report.errors] == [(1, "M")]


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="needs PostgreSQL (row locks, parallel connections): SQLite runs writers one by one",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_identical_imports_at_the_same_time(index):
    rows = [
        GOOD_ROWS[0].replace("imp-1", f"imp-{n}").replace("Praktijktest huur", f"Test {n}")
        for n in range(10, 22)
    ]
    data = csv_bytes(*rows)
    barrier = threading.Barrier(2)
    reports, errors = [], []

    def run():
        try:
            barrier.wait(timeout=30)
            reports.append(import_interventions("lijst.csv", data, parent=index, publish=True))
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert all(report.ok for report in reports), [r.errors for r in reports]
    assert sorted(len(report.created) for report in reports) == [0, 12]
    assert sorted(len(report.unchanged) for report in reports) == [0, 12]
    assert InterventionPage.objects.count() == 12
    assert InterventionPage.objects.filter(live=True).count() == 12
