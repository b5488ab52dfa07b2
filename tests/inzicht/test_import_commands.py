"""The import commands: import_cijfers and import_gebieden print the report in Dutch, exit
non-zero on errors and log the import without a user."""

import io

import pytest
from django.core.management import CommandError, call_command

from inzicht.models import Area, AreaKind, Dataset, ImportLog, Observation, Population
from tests.inzicht.import_fixtures import *  # noqa: F403 (the fixtures of the import tests)

pytestmark = pytest.mark.django_db


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_cijfers_into_an_existing_dataset(tmp_path, dataset, municipalities):
    path = write(tmp_path, "c.csv", "jaar;gebied;bron;aantal\n2024;Utrecht;adv;12\n")
    out, _err = run("import_cijfers", path, "--dataset", dataset.slug)
    assert "1 cijfers geïmporteerd in 'Meldingen 2025'." in out
    assert Observation.objects.get().count == 12
    log = ImportLog.objects.get()
    assert log.succeeded and log.user is None and log.filename == "c.csv"


def test_import_cijfers_reports_errors_and_exits_non_zero(tmp_path, dataset, municipalities):
    path = write(tmp_path, "c.csv", "jaar;gebied;bron;aantal\n2024;Atlantis;adv;-1\n")
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 fout\\(en\\); er is niets opgeslagen."):
        call_command("import_cijfers", path, "--dataset", dataset.slug, stderr=err)
    assert "rij 2, kolom gebied: De gemeente 'Atlantis' staat niet in de lijst" in err.getvalue()
    assert "rij 2, kolom aantal: Een aantal kan niet negatief zijn" in err.getvalue()
    assert not Observation.objects.exists()
    assert ImportLog.objects.get().succeeded is False


def test_import_cijfers_needs_an_existing_dataset_or_create(tmp_path, municipalities):
    path = write(tmp_path, "c.csv", "jaar;gebied;bron;aantal\n2024;Utrecht;adv;12\n")
    with pytest.raises(CommandError, match="geen dataset met slug 'nieuw'"):
        run("import_cijfers", path, "--dataset", "nieuw")
    with pytest.raises(CommandError, match="--organisation, --year, --methodology"):
        run("import_cijfers", path, "--dataset", "nieuw", "--create", "--title", "Nieuw")
    assert not Dataset.objects.exists()
    out, _err = run(
        "import_cijfers",
        path,
        "--dataset",
        "nieuw",
        "--create",
        "--title",
        "Nieuw",
        "--organisation",
        "Art.1",
        "--year",
        "2025",
        "--methodology",
        "Geteld.",
    )
    dataset = Dataset.objects.get(slug="nieuw")
    assert (dataset.title, dataset.version, dataset.observations.count()) == ("Nieuw", 1, 1)


def test_a_failed_import_with_create_leaves_no_dataset(tmp_path, municipalities):
    path = write(tmp_path, "c.csv", "jaar;gebied;bron;aantal\n2024;Utrecht;adv;x\n")
    with pytest.raises(CommandError):
        run(
            "import_cijfers",
            path,
            "--dataset",
            "nieuw",
            "--create",
            "--title",
            "Nieuw",
            "--organisation",
            "Art.1",
            "--year",
            "2025",
            "--methodology",
            "Geteld.",
        )
    assert not Dataset.objects.exists()
    log = ImportLog.objects.get()
    assert (log.succeeded, log.dataset, log.dataset_title) == (False, None, "Nieuw")


def test_import_gebieden(tmp_path):
    path = write(
        tmp_path,
        "g.csv",
        "gemeente,code,provincie,politie_eenheid,adv_werkgebied,jaar,inwoners\n"
        "Utrecht,GM0344,Utrecht,Midden-Nederland,ADV Midden,2025,374238\n",
    )
    out, _err = run("import_gebieden", path)
    assert "1 nieuwe en 0 bijgewerkte gemeenten, 1 inwonertallen" in out
    utrecht = Area.objects.get(kind=AreaKind.MUNICIPALITY)
    assert utrecht.memberships.count() == 3
    assert Population.objects.get().inhabitants == 374238
    assert ImportLog.objects.get().user is None


def test_import_gebieden_with_an_unknown_province(tmp_path):
    path = write(tmp_path, "g.csv", "gemeente;provincie\nUtrecht;Atlantis\n")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_gebieden", path, stderr=err)
    assert "rij 2, kolom provincie: 'Atlantis' kennen we niet als provincie." in err.getvalue()
    assert not Area.objects.filter(kind=AreaKind.MUNICIPALITY).exists()


def test_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Bestand niet gevonden"):
        run("import_gebieden", str(tmp_path / "weg.csv"))
