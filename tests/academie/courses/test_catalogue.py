"""The course catalogue at /academie/: facets, text search, bad input, query count."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from academie.models import CourseFormat, CoursePage, DurationBand
from academie.search.courses import CourseSearch
from hub.models import Audience, Domain, PolicyStep
from tests.academie.courses.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


def run(index, query=""):
    request = RequestFactory().get("/academie/" + (f"?{query}" if query else ""))
    return CourseSearch(request, index_page=index).run()


def make(index, title, audiences=(), domains=(), steps=(), **fields):
    page = CoursePageFactory(parent=index, title=title, **fields)
    page.audiences.set(Audience.objects.filter(slug__in=audiences))
    page.domains.set(Domain.objects.filter(slug__in=domains))
    page.policy_steps.set(PolicyStep.objects.filter(slug__in=steps))
    page.save()
    return page


@pytest.fixture
def catalogue(index):
    return [
        make(
            index,
            "Basiscursus discriminatie herkennen",
            audiences=["adv-medewerker", "gemeenteambtenaar"],
            steps=["samenwerken-adv"],
            course_format=CourseFormat.E_LEARNING,
            duration_hours=Decimal("4"),
        ),
        make(
            index,
            "Beleid maken",
            audiences=["gemeenteambtenaar"],
            domains=["wonen", "arbeidsmarkt"],
            steps=["verkennen", "evalueren"],
            course_format=CourseFormat.BLENDED,
            duration_hours=Decimal("8"),
        ),
        make(
            index,
            "De rol van de raad",
            audiences=["raadslid"],
            course_format=CourseFormat.E_LEARNING,
            duration_hours=Decimal("1.5"),
            intro="Over kaderstellen en controleren.",
        ),
    ]


def test_catalogue_lists_the_courses_with_facets(client, catalogue):
    response = client.get("/academie/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 cursussen" in html
    for course in catalogue:
        assert course.title in html
    for legend in ("Doelgroep", "Vorm", "Duur", "Domein", "Beleidsstap"):
        assert f'facet__legend">{legend}' in html
    assert "/static/css/academie.css" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("doelgroep=gemeenteambtenaar", {"Basiscursus discriminatie herkennen", "Beleid maken"}),
        (
            "doelgroep=raadslid&doelgroep=adv-medewerker",
            {"De rol van de raad", "Basiscursus discriminatie herkennen"},
        ),
        ("vorm=blended", {"Beleid maken"}),
        ("duur=tot-2-uur", {"De rol van de raad"}),
        ("duur=8-uur-of-meer", {"Beleid maken"}),
        ("domein=wonen", {"Beleid maken"}),
        ("stap=samenwerken-adv", {"Basiscursus discriminatie herkennen"}),
        ("vorm=e-learning&doelgroep=gemeenteambtenaar", {"Basiscursus discriminatie herkennen"}),
        ("q=kaderstellen", {"De rol van de raad"}),
    ],
)
def test_filters_and_text_search(index, catalogue, query, expected):
    assert {course.title for course in run(index, query).results} == expected


@pytest.mark.parametrize("param", ["doelgroep", "vorm", "duur", "domein", "stap"])
def test_facet_count_equals_results_after_choosing_the_value(index, catalogue, param):
    group = next(g for g in run(index).facets if g.param == param)
    for value in group.values:
        assert run(index, f"{param}={value.value}").total == value.count, value.value


def test_duration_band_follows_the_hours(index):
    assert DurationBand.for_hours(Decimal("1.5")) == DurationBand.SHORT
    assert DurationBand.for_hours(Decimal("2")) == DurationBand.HALF_DAY
    assert DurationBand.for_hours(Decimal("7.5")) == DurationBand.DAY
    assert DurationBand.for_hours(Decimal("12")) == DurationBand.LONG
    page = CoursePageFactory(parent=index, duration_hours=Decimal("6"))
    assert CoursePage.objects.get(pk=page.pk).duration_band == "4-tot-8-uur"


def test_sort_shortest_first(index, catalogue):
    titles = [course.title for course in run(index, "sort=kortste").results]
    assert titles == ["De rol van de raad", "Basiscursus discriminatie herkennen", "Beleid maken"]


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("onzin=1", "Het filter ‘onzin’ kennen we niet"),
        ("vorm=hologram", "‘hologram’ is geen bekende keuze bij vorm"),
        ("duur=eeuwig", "‘eeuwig’ is geen bekende keuze bij duur"),
        ("page=abc", "Paginanummer ‘abc’ bestaat niet"),
        ("sort=evil", "Sorteren op ‘evil’ kan niet"),
        ("q=" + "cursus " * 200, "Uw zoekvraag was te lang"),
    ],
)
def test_bad_input_is_explained_never_an_error(client, catalogue, query, notice):
    response = client.get(f"/academie/?{query}")
    assert response.status_code == 200
    assert notice in response.content.decode()


def test_unpublished_and_private_courses_are_not_listed(client, index, catalogue):
    from wagtail.models import PageViewRestriction

    catalogue[0].unpublish()
    PageViewRestriction.objects.create(page=catalogue[1], restriction_type="login")
    html = client.get("/academie/").content.decode()
    assert "1 cursus" in html
    assert catalogue[0].title not in html and catalogue[1].title not in html


def test_participants_see_which_courses_they_follow(client, catalogue, user, enrol):
    enrol(user, catalogue[0])
    client.force_login(user)
    html = client.get("/academie/").content.decode()
    assert 'badge--status">Ingeschreven' in html


def listing_queries(client, django_assert_max_num_queries, limit=15):
    url = "/academie/?doelgroep=gemeenteambtenaar&q=cursus"
    client.get(url)  # warm the per-process caches (site, taxonomy, navigation, synonyms)
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
        assert response.status_code == 200
    return len(captured.captured_queries)


def test_listing_query_count_is_the_same_for_few_and_many_courses(
    client, index, django_assert_max_num_queries
):
    for n in range(2):
        make(index, f"Cursus {n}", audiences=["gemeenteambtenaar"], domains=["wonen"])
    few = listing_queries(client, django_assert_max_num_queries)
    for n in range(2, 25):
        make(index, f"Cursus {n}", audiences=["gemeenteambtenaar", "raadslid"], domains=["wonen"])
    many = listing_queries(client, django_assert_max_num_queries)
    assert few == many


def test_signed_in_listing_query_count_stays_flat(
    client, index, user, enrol, django_assert_max_num_queries
):
    """Signed in, every page also loads the session, the user and the Wagtail user bar's
    permissions (four queries); the academy adds one for the "Ingeschreven" badges."""
    client.force_login(user)
    for n in range(2):
        enrol(user, make(index, f"Cursus {n}", audiences=["gemeenteambtenaar"]))
    few = listing_queries(client, django_assert_max_num_queries, limit=20)
    for n in range(2, 20):
        enrol(user, make(index, f"Cursus {n}", audiences=["gemeenteambtenaar"]))
    assert listing_queries(client, django_assert_max_num_queries, limit=20) == few


@pytest.mark.parametrize("slug", ["mijn", "certificaat"])
def test_course_slugs_cannot_take_the_academy_paths(index, slug):
    page = CoursePage(title="Mijn cursus", slug=slug)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "slug" in error.value.message_dict
