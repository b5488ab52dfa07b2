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
