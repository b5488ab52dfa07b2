"""Issue 16, item 5: the export and the API as a policy officer reads them.

Absolute URLs under SITE_URL (and the default Wagtail Site following SITE_URL), plain text
without markup in the cells, Dutch column headers that the import also reads, an XLSX with a
frozen and filterable header, and the import template in the admin."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import override_settings
from openpyxl import load_workbook
from wagtail.models import Site

from hub.siteurl import sync_default_site
from interventies.models import InterventionPage
from interventies.spreadsheets.importing import import_interventions
from interventies.spreadsheets.schema import COLUMNS, header_key

pytestmark = pytest.mark.django_db

SITE_URL = "https://kennishub.example.nl"
RICH_GOAL = (
    "<p>Een <b>vette</b> start met <i>nadruk</i> en "
    '<a href="https://example.org/gids">de gids</a>.</p>'
    "<ul><li>eerste <b>punt</b></li><li>tweede punt</li></ul>"
    "<p>Slot.</p>"
)
PLAIN_GOAL = (
    "Een vette start met nadruk en de gids (https://example.org/gids).\n\n"
    "- eerste punt\n- tweede punt\n\nSlot."
)


def csv_table(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def xlsx_book(response):
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def by_key(header, row):
    return {header_key(name): value for name, value in zip(header, row, strict=True)}


def as_csv_bytes(table):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(table)
    return buffer.getvalue().encode("utf-8")


# ---------------------------------------------------------------------- a. SITE_URL


@override_settings(SITE_URL=SITE_URL)
def test_export_urls_and_api_html_url_follow_site_url(client, site, make_intervention):
    page = make_intervention(title="Buurtgesprekken")
    assert site.hostname == "localhost"  # the Site record still says localhost: not used
    expected = f"{SITE_URL}/interventies/{page.slug}/"

    header, row = csv_table(client.get("/interventies/export/?format=csv"))
    assert by_key(header, row)["url"] == expected
    sheet = xlsx_book(client.get("/interventies/export/?format=xlsx")).active
    rows = list(sheet.iter_rows(values_only=True))
    assert by_key(rows[0], rows[1])["url"] == expected

    detail = client.get(f"/api/v2/interventies/{page.pk}/").json()
    assert detail["meta"]["html_url"] == expected
    listing = client.get("/api/v2/interventies/").json()
    assert listing["items"][0]["meta"]["html_url"] == expected
    pages = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert pages["meta"]["html_url"] == expected


@override_settings(SITE_URL=SITE_URL)
def test_sync_site_url_sets_the_default_site_once_and_never_adds_one(site):
    before = Site.objects.count()
    out = io.StringIO()
    call_command("sync_site_url", stdout=out)
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("kennishub.example.nl", 443)
    assert "aangepast" in out.getvalue()
    call_command("sync_site_url", stdout=out)
    assert "klopte al" in out.getvalue()
    assert Site.objects.count() == before
    assert Site.objects.filter(is_default_site=True).count() == 1
    assert sync_default_site("http://127.0.0.1:8080")[0].port == 8080


@override_settings(SITE_URL="http://127.0.0.1:8123")
def test_demo_loader_gives_the_site_the_demo_address(site):
    from hub.demo.pages import load_site_address

    load_site_address(None)
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert site.root_url == "http://127.0.0.1:8123"


def test_without_a_default_site_sync_changes_nothing(site):
    Site.objects.update(is_default_site=False)
    assert sync_default_site("https://kennishub.example.nl") == (None, False)
    assert not Site.objects.filter(is_default_site=True).exists()


# ---------------------------------------------------------------------- b. plain text


def test_cells_hold_plain_text_without_markup(client, make_intervention):
    make_intervention(
        title="Opmaak",
        goal=RICH_GOAL,
        approach=[
            ("heading", {"text": "Stappen", "level": "h3"}),
            ("paragraph", "<ol><li>Voorbereiden</li><li><b>Uitvoeren</b></li></ol>"),
        ],
    )
    header, row = csv_table(client.get("/interventies/export/?format=csv"))
    cells = by_key(header, row)
    assert cells["doel"] == PLAIN_GOAL
    assert cells["aanpak"] == "Stappen\n\n1. Voorbereiden\n2. Uitvoeren"
    for value in row:
        assert "**" not in value and "<" not in value and "](" not in value and "##" not in value


def test_edited_plain_text_keeps_the_stored_emphasis_of_untouched_text(
    client, index, make_intervention
):
    page = make_intervention(title="Opmaak", external_id="opmaak-1", goal=RICH_GOAL)
    header, row = csv_table(client.get("/interventies/export/?format=csv"))
    position = [header_key(name) for name in header].index("doel")
    row[position] = row[position].replace("Slot.", "Nieuw slot met **nadruk**.")

    report = import_interventions("export.csv", as_csv_bytes([header, row]), parent=index)

    assert report.ok, report.errors
    assert report.updated == [page]
    page.refresh_from_db()
    assert page.goal == (
        "<p>Een <b>vette</b> start met <i>nadruk</i> en "
        '<a href="https://example.org/gids">de gids</a>.</p>'
        "<ul><li>eerste <b>punt</b></li><li>tweede punt</li></ul>"
        "<p>Nieuw slot met <b>nadruk</b>.</p>"
    )


def test_list_cell_is_neutralised_and_imports_back_unchanged(client, index, make_intervention):
    make_intervention(title="Lijst", external_id="lijst-1", goal="<ul><li>a</li><li>b</li></ul>")
    exported = client.get("/interventies/export/?format=csv").content
    header, row = csv_table(client.get("/interventies/export/?format=csv"))
    assert by_key(header, row)["doel"] == "'- a\n- b"  # no formula in a spreadsheet
    report = import_interventions("export.csv", exported, parent=index)
    assert report.ok and len(report.unchanged) == 1


# ---------------------------------------------------------------------- c. Dutch headers


def test_headers_are_dutch_and_the_import_reads_both_forms(client, index, make_intervention):
    make_intervention(title="Kop")
    header = csv_table(client.get("/interventies/export/?format=csv"))[0]
    assert header[:4] == ["Extern ID", "Titel", "Samenvatting", "Doel"]
    assert "Erkenning" in header and "Checklist probleem" in header
    assert "Link op de Kennishub" == header[-1]
    assert not any("_" in name for name in header)

    labels = ["Extern ID", "TITEL", "Samenvatting", "Erkenning", "Checklist probleem"]
    keys = ["extern_id", "titel", "samenvatting", "erkenning", "checklist_probleem"]
    for number, names in enumerate([labels, keys]):
        row = [f"kop-{number}", f"Titel {number}", "Kort.", "goed-beschreven", "ja"]
        report = import_interventions("lijst.csv", as_csv_bytes([names, row]), parent=index)
        assert report.ok, report.errors
        page = InterventionPage.objects.get(external_id=f"kop-{number}")
        assert page.checklist_answers.get().answer == "ja"


def test_every_column_has_its_own_dutch_label():
    labels = {str(column.label).lower() for column in COLUMNS}
    assert len(labels) == len(COLUMNS)
    for column in COLUMNS:
        assert header_key(str(column.label).lower()) == column.name
        assert header_key(column.name) == column.name


# ---------------------------------------------------------------------- d. XLSX layout


def test_xlsx_has_frozen_header_autofilter_and_widths(client, make_intervention):
    make_intervention(title="Een")
    make_intervention(title="Twee")
    sheet = xlsx_book(client.get("/interventies/export/?format=xlsx")).active
    assert sheet.freeze_panes == "A2"
    last = sheet.cell(row=1, column=sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}3"
    assert sheet["A1"].font.bold
    widths = {
        header_key(cell.value.lower()): sheet.column_dimensions[cell.column_letter].width
        for cell in sheet[1]
    }
    assert widths["titel"] == 40 and widths["doel"] == 60 and widths["beoordeeld_op"] == 14


# ---------------------------------------------------------------------- e. import template

TEMPLATE_URL = "/admin/interventies/import/sjabloon/"


def test_import_page_links_to_the_template(client, superuser, index):
    client.force_login(superuser)
    html = client.get("/admin/interventies/import/").content.decode()
    assert TEMPLATE_URL in html and "Download het importsjabloon" in html


def test_template_has_headers_example_and_allowed_values(client, superuser, index):
    client.force_login(superuser)
    response = client.get(TEMPLATE_URL)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "interventies-sjabloon.xlsx" in response["Content-Disposition"]
    book = xlsx_book(response)
    assert book.sheetnames == ["Interventies", "Toegestane waarden"]
    rows = list(book["Interventies"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Extern ID", "Titel", "Samenvatting") and len(rows) == 2
    assert book["Interventies"].freeze_panes == "A2"
    values = list(book["Toegestane waarden"].iter_rows(values_only=True))
    assert values[0] == ("Kolom", "Waarde", "Betekenis")
    columns = {row[0] for row in values[1:]}
    assert {"Discriminatiegronden", "Erkenning", "Kosten", "Gemeentegrootte"} <= columns
    assert ("Kosten", "laag", "Laag (tot € 5.000)") in values
    # The example row is a valid import as it is.
    report = import_interventions("sjabloon.xlsx", response.content, parent=index)
    assert report.ok, report.errors
    assert [page.external_id for page in report.created] == ["voorbeeld-001"]


def test_template_only_for_users_who_may_import(client, index, django_user_model):
    response = client.get(TEMPLATE_URL)
    assert response.status_code == 302 and not response.get("Content-Disposition")

    user = django_user_model.objects.create_user("lezer", "l@example.org", "wachtwoord-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200  # in the admin, but may not add pages
    response = client.get(TEMPLATE_URL)
    assert response.status_code in {302, 403}
    assert not response.get("Content-Disposition")
    assert b"PK" not in response.content[:2]
