"""The overall picture for editors (/admin/beleidsscans/totaalbeeld/): the counts, the
average score per step over each municipality's newest finished scan, the threshold of five
municipalities (on the page and in the CSV), the permission and a fixed number of queries."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from beleidsscan.models import Scan, ScanStatus
from beleidsscan.services.overview import (
    ALL_KEY,
    HIDDEN_FOR_SMALL,
    UNKNOWN_KEY,
    build_overview,
)
from hub.models import MunicipalitySize
from tests.beleidsscan.conftest import all_answers, make_municipality

pytestmark = pytest.mark.django_db

PAGE = "/admin/beleidsscans/totaalbeeld/"
CSV = "/admin/beleidsscans/totaalbeeld/csv/"
TOO_FEW = "te weinig gemeenten (minder dan 5)"


def user_in(django_user_model, username, group):
    user = django_user_model.objects.create_user(
        username, f"{username}@kennishub.example", "pw-1234567890"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def redacteur(django_user_model):
    return user_in(django_user_model, "red", "Redacteur")


@pytest.fixture
def toetser(django_user_model):
    return user_in(django_user_model, "toets", "Toetser")


@pytest.fixture
def medium():
    return MunicipalitySize.objects.get(slug="20000-50000")


def finished(version, area, answer="ja", size=None, days_ago=1, **fields):
    return Scan.objects.create(
        version=version,
        municipality=area,
        size=size,
        role="beleidsmedewerker",
        answers=all_answers(version, answer),
        finished_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def municipalities(count, start=0):
    return [
        make_municipality(f"Gemeente {n}", f"gemeente-{n}", 30_000)
        for n in range(start, start + count)
    ]


def group(overview, key):
    return next(item for item in overview.groups if item.key == key)


def averages(overview, key):
    return [step.average for step in group(overview, key).steps]


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_counts_scans_by_stage(version, municipality):
    Scan.objects.create(version=version, municipality=municipality, role="anders")
    finished(version, municipality)
    finished(version, municipality, status=ScanStatus.SUBMITTED, submitted_at=timezone.now())
    finished(version, municipality, status=ScanStatus.IN_REVIEW, submitted_at=timezone.now())
    finished(
        version,
        municipality,
        status=ScanStatus.ADVISED,
        submitted_at=timezone.now(),
        advised_at=timezone.now(),
    )
    counts = build_overview().counts
    assert (counts.started, counts.finished, counts.submitted, counts.advised) == (5, 4, 3, 1)


def test_average_per_step_uses_the_newest_finished_scan_of_each_municipality(version, medium):
    areas = municipalities(5)
    for area in areas[:4]:
        finished(version, area, "ja", size=medium)
    finished(version, areas[4], "gedeeltelijk", size=medium, days_ago=1)
    # Older finished scans and unfinished ones of the same municipality do not count.
    finished(version, areas[4], "nee", size=medium, days_ago=100)
    Scan.objects.create(
        version=version, municipality=areas[4], role="anders", answers=all_answers(version, "nee")
    )
    overview = build_overview()
    assert group(overview, ALL_KEY).municipalities == 5
    assert averages(overview, ALL_KEY) == [90] * 6  # (4 × 100 + 50) / 5
    assert averages(overview, medium.slug) == [90] * 6
    assert not group(overview, UNKNOWN_KEY).shown
    assert [step.number for step in group(overview, ALL_KEY).steps] == [1, 2, 3, 4, 5, 6]


def test_four_municipalities_are_too_few(client, redacteur, version, medium):
    for area in municipalities(4):
        finished(version, area, "gedeeltelijk", size=medium)
    overview = build_overview()
    assert not group(overview, ALL_KEY).shown
    assert averages(overview, ALL_KEY) == [None] * 6

    client.force_login(redacteur)
    html = client.get(PAGE).content.decode()
    assert TOO_FEW in html
    assert "<td>50</td>" not in html and "<td>4</td>" not in html
    rows = read_csv(client.get(CSV))
    for row in rows[1:]:
        assert row[3:] == ["", "", TOO_FEW]


def test_five_municipalities_are_shown(client, redacteur, version, medium):
    for area in municipalities(5):
        finished(version, area, "gedeeltelijk", size=medium)
    client.force_login(redacteur)
    html = client.get(PAGE).content.decode()
    assert html.count("<td>50</td>") == 12  # all municipalities and the size class, 6 steps
    rows = [row for row in read_csv(client.get(CSV)) if row[0] == "Alle gemeenten"]
    assert [row[1] for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert all(row[3:] == ["5", "50", ""] for row in rows)


def test_five_scans_of_one_municipality_count_once(version, municipality):
    for days in range(1, 6):
        finished(version, municipality, "ja", days_ago=days)
    overview = build_overview()
    assert group(overview, ALL_KEY).municipalities == 1
    assert not group(overview, ALL_KEY).shown
    assert averages(overview, ALL_KEY) == [None] * 6


def test_small_size_classes_are_hidden_while_the_total_is_shown(version, medium):
    for area in municipalities(5):
        finished(version, area, "ja", size=medium)
    for area in municipalities(2, start=10):
        finished(version, area, "nee", size=None)
    overview = build_overview()
    assert group(overview, ALL_KEY).municipalities == 7
    assert averages(overview, ALL_KEY) == [71] * 6  # 5 × 100 / 7
    assert not group(overview, UNKNOWN_KEY).shown
    assert group(overview, UNKNOWN_KEY).note == TOO_FEW
    assert averages(overview, UNKNOWN_KEY) == [None] * 6
    # The total minus this class would give the two unknown ones: hidden too.
    assert averages(overview, medium.slug) == [None] * 6
    assert group(overview, medium.slug).note == HIDDEN_FOR_SMALL
    assert group(overview, "tot-20000").municipalities == 0


def test_only_the_smallest_shown_class_is_hidden_for_the_small_ones(version, medium):
    small = MunicipalitySize.objects.get(slug="tot-20000")
    for area in municipalities(6):
        finished(version, area, "ja", size=medium)
    for area in municipalities(5, start=10):
        finished(version, area, "gedeeltelijk", size=small)
    for area in municipalities(2, start=20):
        finished(version, area, "nee", size=None)
    overview = build_overview()
    assert averages(overview, medium.slug) == [100] * 6
    assert not group(overview, small.slug).shown
    assert not group(overview, UNKNOWN_KEY).shown
    assert averages(overview, ALL_KEY) == [65] * 6  # (600 + 250) / 13


def test_csv_has_a_row_per_group_and_step_and_no_formulas(client, redacteur, version, medium):
    medium.name = '=HYPERLINK("https://evil.example")'
    medium.save()
    for area in municipalities(5):
        finished(version, area, "ja", size=medium)
    client.force_login(redacteur)
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    rows = read_csv(response)
    assert rows[0] == [
        "groep",
        "stap",
        "beleidsstap",
        "aantal gemeenten",
        "gemiddelde score",
        "opmerking",
    ]
    groups = 1 + MunicipalitySize.objects.count() + 1
    assert len(rows) == 1 + groups * 6
    evil = [row for row in rows if "HYPERLINK" in row[0]]
    assert len(evil) == 6
    assert all(row[0].startswith("'=") for row in evil)
    assert evil[0][1:5] == ["1", evil[0][2], "5", "100"]
    small = [row for row in rows if row[0] == "Onbekend"]
    assert all(row[3:] == ["", "", TOO_FEW] for row in small)


def test_editors_see_it_and_a_toetser_does_not(client, redacteur, toetser, django_user_model):
    client.force_login(redacteur)
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "Beleidsscans: totaalbeeld" in response.content.decode()
    assert PAGE in client.get("/admin/").content.decode()  # in the menu
    eind = user_in(django_user_model, "eind", "Eindredacteur")
    client.force_login(eind)
    assert client.get(PAGE).status_code == 200
    assert client.get(CSV).status_code == 200

    client.force_login(toetser)
    assert client.get(PAGE).status_code == 403
    assert client.get(CSV).status_code == 403
    # And the menu does not offer it to the Toetser.
    assert PAGE not in client.get("/admin/").content.decode()


def test_anonymous_visitors_go_to_the_login(client):
    for url in (PAGE, CSV):
        response = client.get(url)
        assert response.status_code == 302
        # The site's login (allauth) is the admin's login too; afterwards, back here.
        assert "/login/" in response["Location"] and f"next={url}" in response["Location"]


def test_query_count_does_not_grow_with_the_number_of_scans(
    client, redacteur, version, medium, django_assert_max_num_queries
):
    client.force_login(redacteur)
    areas = municipalities(20)
    for area in areas[:5]:
        finished(version, area, "ja", size=medium)
    client.get(PAGE)  # warm the per-process caches (site, menu)
    with django_assert_max_num_queries(20) as few:
        assert client.get(PAGE).status_code == 200
    for area in areas[5:]:
        finished(version, area, "gedeeltelijk", size=None)
    with django_assert_max_num_queries(20) as many:
        assert client.get(PAGE).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)
    with django_assert_max_num_queries(5):
        build_overview()
