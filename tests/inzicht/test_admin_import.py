"""The figures in the admin: who may import (checked on the server), CSRF, the report of a
failed import, the message of a good one, the templates, the datasets and the read-only log."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from inzicht.importing import common
from inzicht.importing.observations import import_observations
from inzicht.models import Area, AreaKind, Dataset, ImportLog, Observation
from tests.inzicht.import_fixtures import *  # noqa: F403 (the fixtures of the import tests)

pytestmark = pytest.mark.django_db

FIGURES = "/admin/cijfers/import/"
AREAS = "/admin/cijfers/gebieden/import/"
GOOD = "jaar;gebied;bron;aantal\n2024;Utrecht;adv;12\n2024;Zeist;politie;onbekend\n"


def upload(text, name="cijfers.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_an_eindredacteur_imports_figures(client, eindredacteur, dataset, municipalities):
    client.force_login(eindredacteur)
    page = client.get(f"{FIGURES}?dataset={dataset.pk}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Cijfers importeren" in html and f'<option value="{dataset.pk}" selected>' in html
    response = client.post(FIGURES, {"dataset": dataset.pk, "file": upload(GOOD)}, follow=True)
    html = response.content.decode()
    assert "2 cijfers geïmporteerd in &#x27;Meldingen 2025&#x27;." in html
    assert Observation.objects.count() == 2
    log = ImportLog.objects.get()
    assert log.user == eindredacteur and log.succeeded


def test_the_message_says_how_many_were_replaced(client, eindredacteur, dataset, municipalities):
    rows = "".join(f"{year};Utrecht;adv;{year}\n" for year in range(2000, 2025))
    assert import_observations("a.csv", ("jaar;gebied;bron;aantal\n" + rows).encode(), dataset).ok
    client.force_login(eindredacteur)
    html = client.post(FIGURES, {"dataset": dataset.pk, "file": upload(GOOD)}).content.decode()
    assert "2 cijfers geïmporteerd in &#x27;Meldingen 2025&#x27;; de vorige 25 zijn vervangen." in (
        html
    )


def test_a_bad_file_shows_the_report_and_saves_nothing(
    client, eindredacteur, dataset, municipalities
):
    client.force_login(eindredacteur)
    bad = "jaar;gebied;bron;aantal\n2024;Atlantis;adv;4\n2024;Utrecht;adv;-1\n"
    response = client.post(FIGURES, {"dataset": dataset.pk, "file": upload(bad)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er zijn 2 fouten gevonden; er is niets opgeslagen." in html
    assert "<td>2</td><td>gebied</td>" in html and "<td>3</td><td>aantal</td>" in html
    assert "De gemeente &#x27;Atlantis&#x27; staat niet in de lijst met gebieden." in html
    assert not Observation.objects.exists()
    assert ImportLog.objects.get().succeeded is False


def test_only_csv_and_xlsx_within_the_size_limit(client, eindredacteur, dataset, monkeypatch):
    client.force_login(eindredacteur)
    html = client.post(
        FIGURES, {"dataset": dataset.pk, "file": upload("x", name="cijfers.pdf")}
    ).content.decode()
    assert "Kies een bestand dat eindigt op .csv of .xlsx." in html
    monkeypatch.setattr(common, "LIMITS", common.Limits(max_bytes=10))
    html = client.post(FIGURES, {"dataset": dataset.pk, "file": upload(GOOD)}).content.decode()
    assert "Het bestand is groter dan" in html
    assert not ImportLog.objects.exists()  # refused before an import started


def test_an_eindredacteur_imports_areas(client, eindredacteur):
    client.force_login(eindredacteur)
    text = "gemeente;provincie;politie_eenheid;jaar;inwoners\nUtrecht;Utrecht;Midden-Nederland;2025;374238\n"
    html = client.post(AREAS, {"file": upload(text)}, follow=True).content.decode()
    assert "Gebieden geïmporteerd: 1 nieuwe en 0 bijgewerkte gemeenten" in html
    assert Area.objects.filter(kind=AreaKind.MUNICIPALITY).count() == 1
    html = client.post(AREAS, {"file": upload("gemeente;provincie\nX;Atlantis\n")}).content.decode()
    assert "Er is 1 fout gevonden; er is niets opgeslagen." in html


@pytest.mark.parametrize("url", [FIGURES, AREAS, f"{FIGURES}sjabloon/", f"{AREAS}sjabloon/"])
def test_a_redacteur_gets_403(client, redacteur, dataset, url):
    assert not redacteur.has_perm("inzicht.change_dataset")
    client.force_login(redacteur)
    assert client.get(url).status_code == 403
    assert client.post(url, {"dataset": dataset.pk, "file": upload(GOOD)}).status_code == 403
    assert not ImportLog.objects.exists()


@pytest.mark.parametrize("url", [FIGURES, AREAS, f"{FIGURES}sjabloon/"])
def test_an_anonymous_visitor_is_sent_to_the_login(client, dataset, url):
    response = client.post(url, {"dataset": dataset.pk, "file": upload(GOOD)})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.get(url).status_code == 302
    assert not ImportLog.objects.exists()


@pytest.mark.parametrize("url", [FIGURES, AREAS])
def test_a_post_without_csrf_token_is_refused(eindredacteur, dataset, municipalities, url):
    client = Client(enforce_csrf_checks=True)
    client.force_login(eindredacteur)
    response = client.post(url, {"dataset": dataset.pk, "file": upload(GOOD)})
    assert response.status_code == 403
    assert not Observation.objects.exists() and not ImportLog.objects.exists()


def test_the_menu_shows_the_imports_to_who_may_use_them(client, eindredacteur, redacteur):
    client.force_login(eindredacteur)
    html = client.get("/admin/").content.decode()
    assert "Cijfers importeren" in html and "Gebieden importeren" in html
    client.force_login(redacteur)
    html = client.get("/admin/").content.decode()
    assert "Cijfers importeren" not in html and "Gebieden importeren" not in html


def test_the_templates_have_the_headers_and_two_example_rows(client, eindredacteur):
    client.force_login(eindredacteur)
    for url, header in [
        (
            f"{FIGURES}sjabloon/",
            ["jaar", "gebied", "soort_gebied", "bron", "grond", "terrein", "aard", "aantal"],
        ),
        (
            f"{AREAS}sjabloon/",
            [
                "gemeente",
                "code",
                "provincie",
                "politie_eenheid",
                "adv_werkgebied",
                "jaar",
                "inwoners",
            ],
        ),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        assert list(rows[0]) == header and len(rows) == 3


def test_the_figures_template_imports_as_it_is(client, eindredacteur, dataset):
    Area.objects.create(kind=AreaKind.MUNICIPALITY, name="Utrecht", slug="utrecht")
    client.force_login(eindredacteur)
    data = client.get(f"{FIGURES}sjabloon/").content
    report = import_observations("sjabloon.xlsx", data, dataset)
    assert report.ok, report.errors
    assert sorted(Observation.objects.values_list("source__slug", "count")) == [
        ("adv", 42),
        ("politie", None),
    ]


def test_the_areas_template_imports_as_it_is(client, eindredacteur):
    from inzicht.importing.areas import import_areas

    client.force_login(eindredacteur)
    report = import_areas("sjabloon.xlsx", client.get(f"{AREAS}sjabloon/").content)
    assert report.ok, report.errors
    assert report.populations == 2


def test_datasets_are_managed_by_the_eindredacteur(client, eindredacteur, redacteur, dataset):
    client.force_login(eindredacteur)
    listing = client.get("/admin/cijfers/datasets/").content.decode()
    assert "Meldingen 2025" in listing
    assert f'href="/admin/cijfers/import/?dataset={dataset.pk}"' in listing
    response = client.post(
        "/admin/cijfers/datasets/new/",
        {
            "title": "Politiecijfers 2025",
            "slug": "politie-2025",
            "organisation": "Politie",
            "year": 2025,
            "methodology": "Registraties.",
            "link": "",
            "licence": "cc-by",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Dataset.objects.filter(slug="politie-2025").exists()
    edit = f"/admin/cijfers/datasets/edit/{dataset.pk}/"
    assert client.get(edit).status_code == 200
    client.force_login(redacteur)
    listing = client.get("/admin/cijfers/datasets/")  # view only
    assert listing.status_code == 200 and "Meldingen 2025" in listing.content.decode()
    assert "/admin/cijfers/import/" not in listing.content.decode()
    assert client.get(edit).status_code in (302, 403)
    assert client.post(f"/admin/cijfers/datasets/delete/{dataset.pk}/").status_code in (302, 403)
    assert Dataset.objects.filter(pk=dataset.pk).exists()


def test_the_import_log_is_read_only(client, eindredacteur, superuser, dataset):
    import_observations("weg.csv", b"jaar;gebied\n", dataset, user=eindredacteur)
    log = ImportLog.objects.get()
    for user in (eindredacteur, superuser):
        client.force_login(user)
        html = client.get("/admin/cijfers/imports/").content.decode()
        assert "weg.csv" in html and "Meldingen 2025" in html
        assert client.get(f"/admin/cijfers/imports/inspect/{log.pk}/").status_code == 200
        assert client.get(f"/admin/cijfers/imports/edit/{log.pk}/").status_code in (302, 403)
        assert client.get("/admin/cijfers/imports/new/").status_code in (302, 403)
        assert client.post(f"/admin/cijfers/imports/delete/{log.pk}/").status_code in (302, 403)
    assert ImportLog.objects.filter(pk=log.pk).exists()


def test_areas_are_managed_in_the_admin(client, eindredacteur, redacteur, municipalities):
    utrecht = municipalities[0]
    client.force_login(eindredacteur)
    assert "Amersfoort" in client.get("/admin/cijfers/gebieden/").content.decode()
    edit = f"/admin/cijfers/gebieden/edit/{utrecht.pk}/"
    data = {"kind": "gemeente", "name": "Utrecht", "slug": "utrecht", "code": "GM0344"}
    data["province"] = ""
    response = client.post(edit, {**data, "name": "Utrecht (gemeente)"})
    assert response.status_code == 302
    utrecht.refresh_from_db()
    assert utrecht.name == "Utrecht (gemeente)"
    client.force_login(redacteur)
    assert client.get("/admin/cijfers/gebieden/").status_code == 200
    assert client.post(edit, data).status_code in (302, 403)
    utrecht.refresh_from_db()
    assert utrecht.name == "Utrecht (gemeente)"
