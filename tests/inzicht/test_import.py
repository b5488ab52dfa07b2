"""Issue 17, item 2: the import of figures is checked completely before anything is saved
(a report per row and column, all or nothing), replaces the dataset's observations, bumps its
version and is always logged."""

import io
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook

from hub.models import DiscriminationGround
from inzicht.importing import common
from inzicht.importing.observations import import_observations
from inzicht.models import Area, AreaKind, ImportLog, Observation
from tests.inzicht.import_fixtures import *  # noqa: F403 (the fixtures of the import tests)

pytestmark = pytest.mark.django_db

HEADER = "jaar;gebied;soort_gebied;bron;grond;terrein;aard;aantal"


def csv_bytes(*rows, header=HEADER):
    return ("\ufeff" + "\n".join([header, *rows]) + "\n").encode("utf-8")


def messages(report):
    return [(error.row, error.column, error.message) for error in report.errors]


def assert_nothing_saved(dataset, report):
    assert not report.ok
    assert not Observation.objects.exists()
    dataset.refresh_from_db()
    assert dataset.version == 0
    log = ImportLog.objects.get()
    assert log.succeeded is False and log.dataset == dataset
    assert log.errors == len(report.errors)
    assert report.errors[0].message in log.summary


def test_a_good_file_is_imported_and_logged(dataset, municipalities, django_user_model):
    user = django_user_model.objects.create_user("imp", "imp@example.org", "pw-1234567890")
    data = csv_bytes(
        "2024;Utrecht;gemeente;adv;alle;Alle terreinen;;120",  # = blank: the total
        "2024;GM0307;;politie;herkomst;;;15",  # CBS code, default kind gemeente
        "2024;Zeist;gemeente;Antidiscriminatievoorzieningen;Leeftijd;arbeidsmarkt;geweld;0",
        "2023;Nederland;nederland;adv;;;;1.234",  # Dutch thousands separator
    )
    report = import_observations("cijfers.csv", data, dataset, user=user)
    assert report.ok, messages(report)
    assert report.imported == 4 and report.replaced == 0
    assert report.summary == "4 cijfers geïmporteerd in 'Meldingen 2025'."
    rows = {
        (o.area.name, o.source.slug, o.ground and o.ground.slug, o.count)
        for o in Observation.objects.select_related("area", "source", "ground")
    }
    assert rows == {
        ("Utrecht", "adv", None, 120),
        ("Amersfoort", "politie", "herkomst", 15),
        ("Zeist", "adv", "leeftijd", 0),
        ("Nederland", "adv", None, 1234),
    }
    zeist = Observation.objects.get(area__name="Zeist")
    assert zeist.domain.slug == "arbeidsmarkt" and zeist.nature.slug == "geweld"
    dataset.refresh_from_db()
    assert dataset.version == 1
    log = ImportLog.objects.get()
    assert (log.succeeded, log.user, log.filename, log.rows, log.errors) == (
        True,
        user,
        "cijfers.csv",
        4,
        0,
    )
    assert log.summary == report.summary


def test_unknown_and_zero_stay_apart(dataset, municipalities):
    data = csv_bytes(
        "2024;Utrecht;gemeente;adv;;;;0",
        "2024;Utrecht;gemeente;politie;;;;onbekend",
        "2024;Utrecht;gemeente;crm;;;;",
        "2024;Utrecht;gemeente;mid;;;;Onbekend",
    )
    assert import_observations("c.csv", data, dataset).ok
    counts = dict(Observation.objects.values_list("source__slug", "count"))
    assert counts == {"adv": 0, "politie": None, "crm": None, "mid": None}
    # Missing: no row at all for another year.
    assert not Observation.objects.filter(year=2023).exists()


def test_reimport_replaces_and_bumps_the_version(dataset, municipalities):
    first = csv_bytes(
        *[
            f"2024;Utrecht;gemeente;adv;{g.slug};;;{n}"
            for n, g in enumerate(DiscriminationGround.objects.all()[:3])
        ]
    )
    assert import_observations("a.csv", first, dataset).ok
    second = csv_bytes("2024;Zeist;gemeente;politie;;;;7", "2023;Zeist;gemeente;politie;;;;5")
    report = import_observations("b.csv", second, dataset)
    assert report.ok
    assert (
        report.summary == "2 cijfers geïmporteerd in 'Meldingen 2025'; de vorige 3 zijn vervangen."
    )
    assert sorted(Observation.objects.values_list("year", "count")) == [(2023, 5), (2024, 7)]
    dataset.refresh_from_db()
    assert dataset.version == 2
    assert list(ImportLog.objects.order_by("pk").values_list("succeeded", flat=True)) == [
        True,
        True,
    ]


def test_a_failed_reimport_keeps_the_previous_figures(dataset, municipalities):
    assert import_observations("a.csv", csv_bytes("2024;Utrecht;;adv;;;;3"), dataset).ok
    report = import_observations("b.csv", csv_bytes("2024;Utrecht;;adv;;;;-3"), dataset)
    assert not report.ok
    assert list(Observation.objects.values_list("count", flat=True)) == [3]
    dataset.refresh_from_db()
    assert dataset.version == 1
    assert [log.succeeded for log in ImportLog.objects.order_by("pk")] == [True, False]


def test_observations_of_other_datasets_stay(dataset, municipalities):
    from inzicht.models import Dataset

    other = Dataset.objects.create(
        title="Ander", slug="ander", organisation="x", year=2024, methodology="x"
    )
    assert import_observations("a.csv", csv_bytes("2024;Utrecht;;adv;;;;3"), other).ok
    assert import_observations("b.csv", csv_bytes("2024;Utrecht;;adv;;;;4"), dataset).ok
    assert import_observations("c.csv", csv_bytes("2024;Utrecht;;adv;;;;5"), dataset).ok
    assert sorted(Observation.objects.values_list("dataset__slug", "count")) == [
        ("ander", 3),
        ("meldingen-2025", 5),
    ]


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        ("2024;Utrecht;gemeente;adv;;;;-4", "aantal", "Een aantal kan niet negatief zijn (-4)."),
        ("2024;Utrecht;gemeente;adv;;;;12,5", "aantal", "'12,5' is geen heel getal."),
        ("2024;Utrecht;gemeente;adv;;;;veel", "aantal", "'veel' is geen heel getal."),
        (
            "2024;Utrecht;gemeente;adv;herkomts;;;4",
            "grond",
            "'herkomts' kennen we niet als discriminatiegrond. Bedoelt u 'Herkomst / huidskleur (ras)'?",
        ),
        (
            "2024;Utrecht;gemeente;adv;;Wonne;;4",
            "terrein",
            "'Wonne' kennen we niet als maatschappelijk terrein. Bedoelt u 'Wonen'?",
        ),
        ("2024;Utrecht;gemeente;adv;;;schelden;4", "aard", "'schelden' kennen we niet als aard"),
        ("2024;Utrecht;gemeente;kranten;;;;4", "bron", "'kranten' kennen we niet als bron."),
        ("2024;Utrecht;gemeente;;;;;4", "bron", "Vul de bron in."),
        (
            "2024;Atlantis;gemeente;adv;;;;4",
            "gebied",
            "De gemeente 'Atlantis' staat niet in de lijst met gebieden. Importeer eerst de gebieden.",
        ),
        (
            "2024;Atlantis;politie;adv;;;;4",
            "gebied",
            "Het gebied 'Atlantis' (politie-eenheid) staat niet in de lijst met gebieden.",
        ),
        ("2024;Utrecht;wijk;adv;;;;4", "soort_gebied", "'wijk' is geen soort gebied."),
        (f"{date.today().year + 1};Utrecht;gemeente;adv;;;;4", "jaar", "ligt in de toekomst"),
        ("1989;Utrecht;gemeente;adv;;;;4", "jaar", "Het jaar 1989 is te vroeg."),
        ("twintig;Utrecht;gemeente;adv;;;;4", "jaar", "'twintig' is geen jaartal."),
    ],
)
def test_bad_input_is_reported_and_nothing_is_saved(dataset, municipalities, row, column, fragment):
    good = "2024;Zeist;gemeente;adv;;;;1"
    report = import_observations(
        "c.csv", csv_bytes(good, row, good.replace("2024", "2023")), dataset
    )
    assert len(report.errors) == 1, messages(report)
    error = report.errors[0]
    assert (error.row, error.column) == (3, column)
    assert fragment in error.message
    assert_nothing_saved(dataset, report)


def test_a_duplicate_row_names_both_rows(dataset, municipalities):
    data = csv_bytes(
        "2024;Utrecht;gemeente;adv;herkomst;;;4",
        "2024;Zeist;gemeente;adv;herkomst;;;4",
        "2024;GM0344;;Antidiscriminatievoorzieningen;Herkomst / huidskleur (ras);;;5",
    )
    report = import_observations("c.csv", data, dataset)
    assert messages(report) == [
        (
            4,
            "",
            "Rij 2 en rij 4 hebben hetzelfde jaar, gebied, bron, grond, terrein en aard. "
            "Laat er één over.",
        ),
    ]
    assert_nothing_saved(dataset, report)


def test_every_error_of_the_file_is_reported(dataset, municipalities):
    data = csv_bytes("2024;Atlantis;;adv;;;;-1", "3000;Utrecht;;adv;onzin;;;x")
    report = import_observations("c.csv", data, dataset)
    assert [(e.row, e.column) for e in report.errors] == [
        (2, "gebied"),
        (2, "aantal"),
        (3, "jaar"),
        (3, "grond"),
        (3, "aantal"),
    ]
    assert_nothing_saved(dataset, report)


def test_missing_required_columns_give_one_clear_error(dataset, municipalities):
    report = import_observations("c.csv", csv_bytes("2024;Utrecht", header="Jaar;Gebied"), dataset)
    assert messages(report) == [
        (
            1,
            "bron, aantal",
            "Deze verplichte kolommen ontbreken: bron, aantal. De eerste rij moet "
            "de kolomnamen hebben.",
        ),
    ]
    assert_nothing_saved(dataset, report)


def test_headers_in_any_case_and_an_unknown_column(dataset, municipalities):
    ok = import_observations(
        "c.csv", csv_bytes("Utrecht,2024,adv,3", header="GEBIED,Jaar,Bron,Aantal"), dataset
    )
    assert ok.ok, messages(ok)
    report = import_observations(
        "c.csv",
        csv_bytes("2024;Utrecht;adv;3;x", header="jaar;gebied;bron;aantal;opmerking"),
        dataset,
    )
    assert [(e.row, e.column) for e in report.errors] == [(1, "opmerking")]


def test_an_empty_file_and_a_wrong_extension(dataset):
    assert "geen rijen" in import_observations("c.csv", csv_bytes(), dataset).errors[0].message
    assert ".csv of .xlsx" in import_observations("c.pdf", b"%PDF", dataset).errors[0].message
    assert ImportLog.objects.filter(succeeded=False).count() == 2
    assert not Observation.objects.exists()


def xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_file_with_numbers_and_a_neutralised_cell(dataset, municipalities):
    data = xlsx(
        [
            HEADER.split(";"),
            [2024, "Utrecht", "gemeente", "adv", None, None, None, 12.0],
            [2024.0, "Zeist", None, "politie", "leeftijd", None, None, "onbekend"],
            [2024, "Utrecht", "gemeente", "politie", None, None, None, "'-3"],  # still negative
        ]
    )
    report = import_observations("c.xlsx", data, dataset)
    assert messages(report) == [(4, "aantal", "Een aantal kan niet negatief zijn (-3).")]
    data = xlsx(
        [
            HEADER.split(";"),
            [2024, "Utrecht", "gemeente", "adv", None, None, None, 12.0],
            [2024.0, "Zeist", None, "politie", "leeftijd", None, None, "onbekend"],
        ]
    )
    assert import_observations("c.xlsx", data, dataset).ok
    assert sorted(Observation.objects.values_list("area__name", "count")) == [
        ("Utrecht", 12),
        ("Zeist", None),
    ]


def test_an_xlsx_zip_bomb_is_refused(dataset, municipalities, monkeypatch):
    data = xlsx([HEADER.split(";"), [2024, "Utrecht", "gemeente", "adv", None, None, None, 1]])
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive:  # a member that compresses very well
        archive.writestr("xl/padding.bin", b"\0" * (2 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    monkeypatch.setattr(
        common, "LIMITS", common.Limits(max_xlsx_unpacked=1024 * 1024, max_columns=50)
    )
    report = import_observations("c.xlsx", buffer.getvalue(), dataset)
    assert "uitgepakt groter dan 1 MB" in report.errors[0].message
    assert_nothing_saved(dataset, report)


def test_too_many_rows_are_refused_while_reading(dataset, municipalities, monkeypatch):
    monkeypatch.setattr(common, "LIMITS", common.Limits(max_rows=5, max_lines=10))
    rows = [f"{2000 + n};Utrecht;;adv;;;;1" for n in range(6)]
    report = import_observations("c.csv", csv_bytes(*rows), dataset)
    assert "meer dan 5 rijen" in report.errors[0].message
    assert_nothing_saved(dataset, report)


def test_a_500_row_import_takes_a_fixed_number_of_queries(
    dataset, municipalities, django_assert_max_num_queries
):
    areas = [
        Area(kind=AreaKind.MUNICIPALITY, name=f"Gemeente {n}", slug=f"gemeente-{n}")
        for n in range(100)
    ]
    Area.objects.bulk_create(areas)
    rows = [
        f"{year};Gemeente {n};gemeente;adv;;;;{n}" for n in range(100) for year in range(2020, 2025)
    ]
    assert len(rows) == 500
    data = csv_bytes(*rows)
    assert import_observations("c.csv", data, dataset).ok  # the first import, to replace
    # Vocabularies (5), lock, count, delete, bulk inserts (SQLite: ~5 batches of 999
    # parameters), version, log, reload, savepoints.
    with django_assert_max_num_queries(20):
        report = import_observations("c.csv", data, dataset)
    assert report.ok and report.imported == 500 and report.replaced == 500
    assert Observation.objects.count() == 500
