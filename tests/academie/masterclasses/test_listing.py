"""/masterclasses/: upcoming sessions with facets regio, maand, doelgroep and vorm (the one
faceting engine), past sessions apart, bad input handled, the query count fixed; the series
page; and /zoeken/ finds masterclasses."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone

from academie.models import MasterclassIndexPage, MasterclassPage, Region, SessionFormat
from academie.search.masterclasses import SessionSearch
from tests.academie.masterclasses.fixtures import confirmed

pytestmark = pytest.mark.django_db


def run(index, query=""):
    request = RequestFactory().get("/masterclasses/" + (f"?{query}" if query else ""))
    return SessionSearch(request, index_page=index).run()


def month_of(days):
    return f"{timezone.localdate() + timedelta(days=days):%Y-%m}"


@pytest.fixture
def sessions(make_series, make_session, mc_index):
    ambtenaren = make_series(title="Beleid voor ambtenaren", audiences=["gemeenteambtenaar"])
    raad = make_series(title="De raad en discriminatie", audiences=["raadslid", "bestuurder"])
    return {
        "goes": make_session(page=ambtenaren, city="Goes", region=Region.SOUTH_WEST, days=10),
        "zwolle": make_session(page=ambtenaren, city="Zwolle", region=Region.NORTH_EAST, days=70),
        "online": make_session(
            page=raad,
            city="Online",
            region=Region.NATIONAL,
            session_format=SessionFormat.ONLINE,
            days=12,
        ),
        "past": make_session(page=raad, city="Weert", region=Region.SOUTH_EAST, days=-30),
    }


def titles(state):
    return {session.city for session in state.results}


def test_listing_shows_upcoming_sessions_and_the_past_apart(client, mc_index, sessions):
    response = client.get("/masterclasses/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 bijeenkomsten" in html
    for legend in ("Regio", "Maand", "Doelgroep", "Vorm"):
        assert f'facet__legend">{legend}' in html
    results, past = html.split("Eerder gehouden")
    assert "Goes" in results and "Zwolle" in results and "Weert" not in results
    assert "De raad en discriminatie: Weert" in past
    assert "/static/css/academie.css" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("regio=zuid-west", {"Goes"}),
        ("regio=zuid-west&regio=landelijk", {"Goes", "Online"}),
        ("vorm=online", {"Online"}),
        ("vorm=op-locatie", {"Goes", "Zwolle"}),
        ("doelgroep=raadslid", {"Online"}),
        ("doelgroep=gemeenteambtenaar&vorm=online", set()),
        ("q=Zwolle", {"Zwolle"}),
        ("q=raad", {"Online"}),
    ],
)
def test_facets_and_text_filter(mc_index, sessions, query, expected):
    assert titles(run(mc_index, query)) == expected


def test_month_facet_and_disjunctive_counts(mc_index, sessions):
    near, far = month_of(10), month_of(70)
    state = run(mc_index, f"maand={far}")
    assert titles(state) == {"Zwolle"}
    months = {value.value: value for value in state.facets[1].values}
    assert months[far].selected and months[far].count == 1
    # Counts of the month facet ignore its own selection (disjunctive).
    assert months[near].count == sum(1 for days in (10, 12, 70) if month_of(days) == near)
    regions = {value.value: value.count for value in state.facets[0].values}
    assert regions["noord-oost"] == 1 and regions["zuid-west"] == 0
    label = months[far].label
    assert label.split()[0].lower() in {
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    }


def test_unknown_values_and_hostile_input_never_break_the_page(client, mc_index, sessions):
    response = client.get(
        "/masterclasses/?regio=atlantis&maand=1999-13&vorm=<script>&kleur=blauw&sort=prijs&page=x"
        "&q=" + "a" * 500
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "‘atlantis’ is geen bekende keuze bij regio" in html
    assert "Het filter ‘kleur’ kennen we niet" in html
    assert "<script>" not in html.split("<main")[1].split("</main>")[0].replace(
        '<script src="/static/js/listing.js" defer></script>', ""
    )
    assert client.get("/masterclasses/?q=%00%27%22;--").status_code == 200


def test_sessions_of_draft_or_private_series_are_not_listed(mc_index, sessions, make_session):
    hidden = MasterclassPage.objects.get(title="De raad en discriminatie")
    hidden.unpublish()
    assert titles(run(mc_index)) == {"Goes", "Zwolle"}


def test_availability_badges(client, mc_index, make_session, settings):
    settings.ACADEMIE_MASTERCLASS_ALMOST_FULL_SEATS = 2
    full = make_session(city="Vol", capacity=1)
    almost = make_session(city="Bijna", capacity=3)
    make_session(city="Open", capacity=30)
    closed = make_session(city="Dicht", registration_closed=True)
    confirmed(full, "a@gemeente.example")
    confirmed(full, "b@gemeente.example")
    confirmed(almost, "c@gemeente.example")
    html = client.get("/masterclasses/").content.decode()
    assert 'mc-badge--vol">Vol: wachtlijst' in html
    assert 'mc-badge--bijna-vol">Bijna vol' in html
    assert 'mc-badge--open">Open' in html
    assert 'mc-badge--gesloten">Gesloten' in html
    assert closed.city in html


def test_a_change_in_seats_marks_cached_pages_outdated(
    make_session, django_capture_on_commit_callbacks, settings
):
    """Listings and the shared page cache show open / bijna vol / vol and the number of free
    seats: every registration that takes a seat bumps the seats version of the page cache
    (after commit), not the content version of the whole site;
    tests/academie/masterclasses/test_caching.py follows the pages themselves."""
    from academie.services.seats import SEATS_VERSION_KEY
    from hub import versions
    from hub.versions import scope_version

    settings.ACADEMIE_MASTERCLASS_ALMOST_FULL_SEATS = 0
    session = make_session(capacity=2)
    content, seats = versions.content_version(), scope_version(SEATS_VERSION_KEY)
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(session, "a@gemeente.example")  # one seat left: still open, "Nog 1 plaats"
    assert scope_version(SEATS_VERSION_KEY) != seats
    seats = scope_version(SEATS_VERSION_KEY)
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(session, "b@gemeente.example")  # now full
    assert scope_version(SEATS_VERSION_KEY) != seats
    assert versions.content_version() == content


def listing_queries(client, django_assert_max_num_queries, url):
    # Warm the per-process caches (site, taxonomy, navigation, facet index). The very first
    # request of a site also creates its navigation settings, which bumps the index version.
    client.get(url)
    client.get(url)
    with django_assert_max_num_queries(15) as captured:
        response = client.get(url)
        assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url", ["/masterclasses/", "/masterclasses/?doelgroep=gemeenteambtenaar&q=Goes"]
)
def test_query_count_is_the_same_for_few_and_many_sessions(
    client, mc_index, make_series, make_session, django_assert_max_num_queries, url
):
    page = make_series()
    for number in range(2):
        confirmed(make_session(page=page, days=5 + number), f"p{number}@gemeente.example")
    make_session(page=page, days=-3)
    few = listing_queries(client, django_assert_max_num_queries, url)
    other = make_series(audiences=["raadslid"])
    for number in range(30):
        session = make_session(
            page=other if number % 2 else page, days=5 + number, city=f"Goes {number}"
        )
        confirmed(session, f"q{number}@gemeente.example")
        make_session(page=page, days=-5 - number)
    many = listing_queries(client, django_assert_max_num_queries, url)
    assert few == many


def test_series_page_lists_its_sessions_with_status(client, series, make_session):
    make_session(city="Deventer", days=20)
    make_session(city="Franeker", days=-20)
    response = client.get(series.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bijeenkomsten en aanmelden" in html
    assert "Deventer" in html and "Nog 10 plaatsen vrij" in html
    assert "Eerder gehouden" in html and "Franeker" in html
    assert "Stap 1: Verken wat er lokaal speelt" in html and "Noor Bakker" in html


def test_only_get_and_post_on_masterclass_pages(client, series, mc_index):
    assert client.put(series.url).status_code == 405
    assert client.delete("/masterclasses/").status_code == 405


def test_series_slugs_cannot_take_the_link_paths(mc_index):
    from django.core.exceptions import ValidationError

    for slug in ("bevestigen", "afmelden"):
        page = MasterclassPage(title="Botsing", slug=slug)
        with pytest.raises(ValidationError):
            page.clean()


def test_site_search_finds_masterclasses_by_title_and_place(client, series, make_session):
    make_session(city="Franeker")
    series.save_revision().publish()  # index the places of its sessions
    html = client.get("/zoeken/?q=antidiscriminatiebeleid").content.decode()
    assert f'href="{series.url}"' in html and "Masterclasses" in html
    html = client.get("/zoeken/?q=Franeker&type=masterclass").content.decode()
    assert f'href="{series.url}"' in html


def test_index_page_rules():
    assert MasterclassIndexPage.max_count == 1
    assert (
        "academie.MasterclassIndexPage"
        in __import__("hub.models", fromlist=["HomePage"]).HomePage.subpage_types
    )
    assert MasterclassPage.search_type[0] == "masterclass"
    assert MasterclassPage.featured_on_home is True
