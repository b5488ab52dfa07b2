from datetime import date

import pytest

pytestmark = pytest.mark.django_db


def test_editors_see_which_interventions_are_overdue(client, superuser, make_intervention):
    make_intervention(title="Oude aanpak", last_reviewed=date(2020, 5, 1))
    make_intervention(title="Verse aanpak", last_reviewed=date.today())
    client.force_login(superuser)
    html = client.get("/admin/interventies/").content.decode()
    assert "Oude aanpak" in html and "Verse aanpak" in html
    assert "review te laat" in html
    overdue = client.get("/admin/interventies/?review_overdue=true").content.decode()
    assert "Oude aanpak" in overdue and "Verse aanpak" not in overdue


def test_intervention_edit_form_has_the_tabs(client, superuser, make_intervention):
    page = make_intervention()
    client.force_login(superuser)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for tab in ["Inhoud", "Bewijs en erkenning", "Indeling", "Uitvoering", "Beheer"]:
        assert tab in html


def test_import_link_in_admin_menu(client, superuser, index):
    client.force_login(superuser)
    assert client.get("/admin/interventies/import/").status_code == 200


def test_admin_listing_counts_read_with_spaces(client, superuser, make_intervention):
    """Wagtail's Dutch translation read "1-2van 2interventies" (locale/nl overrides it)."""
    make_intervention(title="Buurtgesprekken")
    make_intervention(title="Gastlessen")
    client.force_login(superuser)
    html = " ".join(client.get("/admin/interventies/").content.decode().split())
    assert "1–2 van 2 interventies" in html
    assert "van 2interventies" not in html


def test_import_page_explains_the_file_itself(client, superuser, index):
    """The help needs no other document: columns, an example file and the allowed values are
    on the page, and the example imports as it is."""
    from interventies.spreadsheets.importing import import_interventions
    from interventies.spreadsheets.template import page_help

    client.force_login(superuser)
    html = client.get("/admin/interventies/import/").content.decode()
    assert "README" not in html
    assert 'id="kolommen"' in html and 'id="voorbeeld"' in html and 'id="waarden"' in html
    assert "extern_id;titel;samenvatting;erkenning" in html
    assert "goed-beschreven" in html  # an allowed value of Erkenning

    example = page_help()["example_csv"]
    report = import_interventions(
        "voorbeeld.csv", example.encode("utf-8"), parent=index, publish=False, user=superuser
    )
    assert report.ok, report.errors
    assert len(report.created) == 1
