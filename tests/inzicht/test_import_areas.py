"""Issue 17, item 2: the import of areas and inhabitants creates municipalities, their police
unit, ADV working area and province, the memberships and the inhabitants per year; all or
nothing, and logged."""

from datetime import date

import pytest

from inzicht.importing.areas import import_areas
from inzicht.models import Area, AreaKind, AreaMembership, ImportLog, Population

pytestmark = pytest.mark.django_db

HEADER = "gemeente;code;provincie;politie_eenheid;adv_werkgebied;jaar;inwoners"


def csv_bytes(*rows, header=HEADER):
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def parents(area):
    return sorted((link.parent.kind, link.parent.name) for link in area.memberships.all())


def test_areas_memberships_and_populations_are_created(db, django_user_model):
    user = django_user_model.objects.create_user("imp", "imp@example.org", "pw-1234567890")
    data = csv_bytes(
        "Utrecht;GM0344;Utrecht;Midden-Nederland;Art.1 Midden Nederland;2024;367984",
        "Utrecht;GM0344;Utrecht;Midden-Nederland;Art.1 Midden Nederland;2025;374238",
        "Zeist;gm0355;utrecht;Midden-Nederland;Art.1 Midden Nederland;2025;66000",
        "'s-Hertogenbosch;GM0796;Noord-Brabant;Oost-Brabant;Sterk Huis;2025;160.000",
    )
    report = import_areas("gebieden.csv", data, user=user)
    assert report.ok, report.errors
    assert (report.created, report.updated, report.populations) == (3, 0, 4)
    utrecht = Area.objects.get(kind=AreaKind.MUNICIPALITY, code="GM0344")
    assert (utrecht.name, utrecht.slug, utrecht.province.slug) == ("Utrecht", "utrecht", "utrecht")
    assert parents(utrecht) == [
        ("adv", "Art.1 Midden Nederland"),
        ("politie", "Midden-Nederland"),
        ("provincie", "Utrecht"),
    ]
    bosch = Area.objects.get(code="GM0796")
    assert bosch.slug == "s-hertogenbosch"
    assert Area.objects.filter(kind=AreaKind.POLICE_UNIT).count() == 2
    assert Area.objects.get(kind=AreaKind.PROVINCE, name="Noord-Brabant").province.slug == (
        "noord-brabant"
    )
    assert sorted(Population.objects.filter(area=utrecht).values_list("year", "inhabitants")) == [
        (2024, 367984),
        (2025, 374238),
    ]
    assert Population.objects.get(area=bosch).inhabitants == 160000
    log = ImportLog.objects.get()
    assert (log.succeeded, log.user, log.dataset, log.dataset_title, log.rows) == (
        True,
        user,
        None,
        "Gebieden en inwoners",
        4,
    )


def test_a_second_import_updates_instead_of_duplicating(db):
    first = csv_bytes("Utrecht;GM0344;Utrecht;Midden-Nederland;ADV Utrecht;2025;374000")
    assert import_areas("a.csv", first).ok
    second = csv_bytes(
        "Utrecht;GM0344;Utrecht;Midden-Nederland;ADV Midden;2025;374238",
        "Utrecht;GM0344;Utrecht;Midden-Nederland;ADV Midden;2024;367984",
    )
    report = import_areas("b.csv", second)
    assert report.ok, report.errors
    assert (report.created, report.updated) == (0, 1)
    utrecht = Area.objects.get(kind=AreaKind.MUNICIPALITY)
    assert parents(utrecht) == [
        ("adv", "ADV Midden"),
        ("politie", "Midden-Nederland"),
        ("provincie", "Utrecht"),
    ]
    assert sorted(Population.objects.values_list("year", "inhabitants")) == [
        (2024, 367984),
        (2025, 374238),
    ]
    assert AreaMembership.objects.count() == 3


def test_a_municipality_without_code_is_found_by_name(db):
    Area.objects.create(kind=AreaKind.MUNICIPALITY, name="Zeist", slug="zeist")
    report = import_areas("a.csv", csv_bytes("Zeist;GM0355;;;;2025;66000"))
    assert report.ok and (report.created, report.updated) == (0, 1)
    assert Area.objects.get(kind=AreaKind.MUNICIPALITY).code == "GM0355"


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        (
            "Utrecht;GM0344;Atlantis;;;2025;100",
            "provincie",
            "'Atlantis' kennen we niet als provincie.",
        ),
        ("Utrecht;GM0344;Utrecht;;;2025;0", "inwoners", "groter dan 0"),
        ("Utrecht;GM0344;Utrecht;;;2025;-5", "inwoners", "groter dan 0"),
        ("Utrecht;GM0344;Utrecht;;;2025;veel", "inwoners", "'veel' is geen heel getal."),
        ("Utrecht;GM0344;Utrecht;;;2025;", "inwoners", "allebei"),
        (f"Utrecht;GM0344;Utrecht;;;{date.today().year + 1};100", "jaar", "in de toekomst"),
        (";GM0344;Utrecht;;;2025;100", "gemeente", "Vul de naam van de gemeente in."),
    ],
)
def test_bad_input_is_reported_and_nothing_is_saved(db, row, column, fragment):
    report = import_areas("a.csv", csv_bytes("Zeist;GM0355;Utrecht;X;Y;2025;66000", row))
    assert len(report.errors) == 1, report.errors
    assert (report.errors[0].row, report.errors[0].column) == (3, column)
    assert fragment in report.errors[0].message
    assert not Area.objects.exclude(kind=AreaKind.NATIONAL).exists()
    assert not Population.objects.exists() and not AreaMembership.objects.exists()
    assert ImportLog.objects.get().succeeded is False


def test_contradictions_and_duplicates_are_reported(db):
    data = csv_bytes(
        "Utrecht;GM0344;Utrecht;Midden-Nederland;;2025;1",
        "Utrecht;GM0344;Noord-Holland;Midden-Nederland;;2024;1",
        "Utrecht;GM0344;Utrecht;Midden-Nederland;;2025;2",
        "Zeist;GM0344;Utrecht;;;;",
    )
    report = import_areas("a.csv", data)
    assert [(e.row, e.column) for e in report.errors] == [
        (3, "provincie"),
        (4, "jaar"),
        (5, "code"),
    ]
    assert "Op rij 2 staat bij Utrecht 'Utrecht', hier 'Noord-Holland'" in report.errors[0].message
    assert "ook al op rij 2" in report.errors[1].message
    assert not Area.objects.exclude(kind=AreaKind.NATIONAL).exists()


def test_a_file_without_the_municipality_column(db):
    report = import_areas("a.csv", csv_bytes("2025;100", header="jaar;inwoners"))
    assert [(e.row, e.column) for e in report.errors] == [(1, "gemeente")]
