"""Backfire risk, the validity of a rating and municipality size in the intervention listing:
the facets `averechts`, `geldigheid` and `grootte` (HTML, export and API), the default sort,
the cards' badges, the admin's "Te reviewen" panel and filter, and the demo content."""

import csv
import io
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.models import EvidenceLevel
from interventies.models import InterventionPage, Validity
from interventies.models.interventions import evidence_expiry, evidence_validity
from interventies.search import InterventionSearch
from tests.interventies.test_listing import html_and_sql_ids

pytestmark = pytest.mark.django_db

EXPLANATION = "<p>Kan weerstand oproepen.</p>"
MONTHS = [
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
]
CARD = re.compile(r'<article class="result[^"]*">.*?</article>', re.DOTALL)


def dutch(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def days(n):
    return timezone.localdate() + timedelta(days=n)


def level(slug):
    return EvidenceLevel.objects.get(slug=slug)


def run_search(rf, query=""):
    return InterventionSearch(rf.get(f"/interventies/?{query}")).run()


def titles(state):
    return [item.title for item in state.results]


def counts(state, param):
    group = next(g for g in state.facets if g.param == param)
    return {value.value: value.count for value in group.values}


def sql_titles(rf, query):
    queryset = InterventionSearch(rf.get(f"/interventies/?{query}")).filtered_queryset()
    return list(queryset.values_list("title", flat=True))


def card(html, title):
    found = [c for c in CARD.findall(html) if f">{title}</a>" in c]
    assert len(found) == 1, (title, len(found))
    return found[0]


@pytest.fixture
def flagged(make_intervention):
    def make(**kwargs):
        return make_intervention(backfire_risk=True, backfire_explanation=EXPLANATION, **kwargs)

    return make


@pytest.fixture
def by_validity(make_intervention):
    """One intervention for each value of `geldigheid`."""
    return {
        "geldig": make_intervention(title="Geldige aanpak", evidence_valid_until=days(200)),
        "verloopt": make_intervention(title="Bijna verlopen aanpak", evidence_valid_until=days(30)),
        "verlopen": make_intervention(title="Verlopen aanpak", evidence_valid_until=days(-1)),
        "onbekend": make_intervention(title="Aanpak zonder datum"),
    }


# --------------------------------------------------------------------------- the rule


def test_validity_rule_at_its_boundaries():
    today = date(2026, 6, 8)
    assert evidence_validity(None, today) == Validity.UNKNOWN
    assert evidence_validity(date(2026, 6, 7), today) == Validity.EXPIRED
    assert evidence_validity(today, today) == Validity.EXPIRES_SOON
    assert evidence_validity(today + timedelta(days=90), today) == Validity.EXPIRES_SOON
    assert evidence_validity(today + timedelta(days=91), today) == Validity.VALID
    assert evidence_expiry(None, date(2021, 6, 7), 5) == date(2026, 6, 7)
    assert evidence_expiry(None, date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert evidence_expiry(date(2030, 1, 1), date(2021, 6, 7), 5) == date(2030, 1, 1)
    assert evidence_expiry(None, date(2021, 6, 7), None) is None


def test_the_level_term_decides_when_no_end_date_is_given(make_intervention):
    page = make_intervention(
        evidence_level=level("goed-beschreven"),  # valid for 3 years
        evidence_assessed_on=timezone.localdate() - timedelta(days=3 * 366),
    )
    assert page.evidence_validity == Validity.EXPIRED and page.evidence_is_expired
    page.evidence_assessed_on = timezone.localdate() - timedelta(days=3 * 365 - 30)
    assert page.evidence_validity == Validity.EXPIRES_SOON and page.evidence_expires_soon


# --------------------------------------------------------------------------- facets


def test_backfire_facet_filters_and_counts(rf, make_intervention, flagged):
    flagged(title="Schuldtraining")
    make_intervention(title="Praktijktest")
    make_intervention(title="Anoniem solliciteren")
    state = run_search(rf, "averechts=ja")
    assert titles(state) == ["Schuldtraining"]
    # Disjunctive: choosing "ja" keeps the count of "nee".
    assert counts(state, "averechts") == {"ja": 1, "nee": 2}
    assert titles(run_search(rf, "averechts=nee")) == ["Anoniem solliciteren", "Praktijktest"]
    assert len(run_search(rf, "averechts=ja&averechts=nee").results) == 3
    assert sql_titles(rf, "averechts=ja") == ["Schuldtraining"]


def test_size_facet_filters_and_counts(rf, make_intervention):
    make_intervention(title="Klein", taxonomy={"suitable_sizes": ["tot-20000"]})
    make_intervention(title="Groot", taxonomy={"suitable_sizes": ["vanaf-100000"]})
    make_intervention(title="Overal", taxonomy={"suitable_sizes": ["tot-20000", "vanaf-100000"]})
    state = run_search(rf, "grootte=tot-20000&sort=titel")
    assert titles(state) == ["Klein", "Overal"]
    shown = {value: n for value, n in counts(state, "grootte").items() if n}
    assert shown == {"tot-20000": 2, "vanaf-100000": 2}
    assert sql_titles(rf, "grootte=tot-20000&sort=titel") == ["Klein", "Overal"]
    group = next(g for g in state.facets if g.param == "grootte")
    assert group.label == "Gemeentegrootte"


@pytest.mark.parametrize("value", ["geldig", "verloopt", "verlopen", "onbekend"])
def test_validity_facet_finds_each_value(rf, by_validity, value):
    state = run_search(rf, f"geldigheid={value}")
    assert titles(state) == [by_validity[value].title]
    assert counts(state, "geldigheid") == {v: 1 for v in by_validity}
    assert sql_titles(rf, f"geldigheid={value}") == [by_validity[value].title]


def test_validity_facet_combines_values_in_html_and_sql(rf, by_validity):
    # Three of the four values: the SQL filter then excludes the one other page.
    query = "geldigheid=geldig&geldigheid=verloopt&geldigheid=verlopen&sort=titel"
    expected = sorted(by_validity[v].title for v in ("geldig", "verloopt", "verlopen"))
    assert titles(run_search(rf, query)) == expected
    assert sql_titles(rf, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "averechts=ja",
        "averechts=nee&grootte=tot-20000",
        "geldigheid=verlopen",
        "geldigheid=geldig&geldigheid=onbekend&averechts=nee",
        "grootte=vanaf-100000&grootte=20000-50000&sort=titel",
        "q=spiegelgesprek&geldigheid=verloopt&geldigheid=verlopen",
    ],
)
def test_html_listing_and_sql_filter_agree_on_the_new_facets(rf, catalogue, query):
    html_ids, sql_ids = html_and_sql_ids(rf, query)
    assert html_ids == sql_ids
    assert sql_ids, "each query should find something in the catalogue"


def test_the_catalogue_has_every_validity(catalogue):
    assert {page.evidence_validity for page in InterventionPage.objects.all()} == set(Validity)


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("averechts=misschien", "‘misschien’ is geen bekende keuze bij risico op averechts effect"),
        ("grootte=reus", "‘reus’ is geen bekende keuze bij gemeentegrootte"),
        ("geldigheid=eeuwig", "‘eeuwig’ is geen bekende keuze bij geldigheid erkenning"),
    ],
)
def test_unknown_values_are_ignored_with_a_notice(
    client, make_intervention, flagged, query, notice
):
    flagged(title="Schuldtraining")
    make_intervention(title="Praktijktest")
    response = client.get(f"/interventies/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert notice in html
    assert "Schuldtraining" in html and "Praktijktest" in html
    api = client.get(f"/api/v2/interventies/?{query}")
    assert api.status_code == 200
    assert notice in " ".join(api.json()["meta"]["notices"])
    assert client.get(f"/interventies/export/?{query}").status_code == 200


def test_the_page_cache_knows_the_new_parameters():
    from hub.pagecache import understood_params

    assert {"averechts", "grootte", "geldigheid"} <= understood_params()


# --------------------------------------------------------------------------- sort


def test_strongest_evidence_first_puts_flagged_interventions_last(rf, make_intervention, flagged):
    flagged(title="Sterk maar riskant", evidence_level=level("effectief-sterke"))
    flagged(title="Zwak en riskant", evidence_level=level("niet-beoordeeld"))
    make_intervention(title="Goed", evidence_level=level("effectief-goede"))
    make_intervention(title="Beschreven", evidence_level=level("goed-beschreven"))
    expected = ["Goed", "Beschreven", "Sterk maar riskant", "Zwak en riskant"]
    assert titles(run_search(rf)) == expected
    assert sql_titles(rf, "sort=bewijs") == expected
    # Asked for: only flagged ones, by evidence.
    asked = ["Sterk maar riskant", "Zwak en riskant"]
    assert titles(run_search(rf, "averechts=ja")) == asked
    assert sql_titles(rf, "averechts=ja") == asked
    assert titles(run_search(rf, "sort=titel"))[0] == "Beschreven"


# --------------------------------------------------------------------------- cards


def test_a_flagged_card_reads_as_a_warning_first(client, make_intervention, flagged):
    flagged(title="Verplichte schuldtraining", evidence_level=level("effectief-eerste"))
    make_intervention(title="Sterke aanpak", evidence_level=level("effectief-sterke"))
    html = client.get("/interventies/?erkenning=effectief-eerste&erkenning=effectief-sterke")
    html = html.content.decode()
    warning = card(html, "Verplichte schuldtraining")
    assert "badge--evidence-strong" not in warning
    assert 'class="badge badge--warning">Risico op averechts effect' in warning
    assert warning.index("badge--warning") < warning.index("Effectief – eerste aanwijzingen")
    assert "result--warning" in warning
    strong = card(html, "Sterke aanpak")
    assert "badge--evidence-strong" in strong and "badge--warning" not in strong


def test_expired_and_expiring_ratings_have_a_badge(client, by_validity):
    html = client.get("/interventies/").content.decode()
    expired = card(html, "Verlopen aanpak")
    assert 'class="badge badge--expired">Erkenning verlopen<' in expired
    soon = card(html, "Bijna verlopen aanpak")
    assert 'class="badge badge--expiring">Erkenning verloopt binnenkort<' in soon
    for title in ("Geldige aanpak", "Aanpak zonder datum"):
        assert "Erkenning verl" not in card(html, title)
    assert "Erkenning verlopen" not in soon


def test_listing_query_count_does_not_grow_with_badges(
    client, make_intervention, flagged, django_assert_max_num_queries
):
    def make(start, stop):
        for i in range(start, stop):
            kwargs = {"title": f"Aanpak {i}", "evidence_valid_until": days((-1) ** i * (i + 1))}
            (make_intervention if i % 3 == 0 else flagged)(**kwargs)

    def queries(url):
        client.get(url)  # warm the index and the taxonomy cache
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    url = "/interventies/?averechts=ja&averechts=nee&geldigheid=verlopen&geldigheid=verloopt"
    make(0, 3)
    few = queries(url)
    make(3, 33)  # more than a page: twenty cards with warnings and expiry badges
    html = client.get(url).content.decode()
    assert html.count("badge--expired") > 5 and html.count("badge--warning") > 5
    with django_assert_max_num_queries(few):
        assert client.get(url).status_code == 200


# --------------------------------------------------------------------------- export and API


@pytest.fixture
def mixed(make_intervention, flagged):
    flagged(title="Riskante aanpak", taxonomy={"suitable_sizes": ["tot-20000"]})
    make_intervention(
        title="Verlopen aanpak",
        evidence_valid_until=days(-10),
        taxonomy={"suitable_sizes": ["vanaf-100000"]},
    )
    make_intervention(title="Gewone aanpak", evidence_valid_until=days(400))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("averechts=ja", {"Riskante aanpak"}),
        ("averechts=nee", {"Verlopen aanpak", "Gewone aanpak"}),
        ("grootte=tot-20000", {"Riskante aanpak"}),
        ("grootte=vanaf-100000", {"Verlopen aanpak"}),
        ("geldigheid=verlopen", {"Verlopen aanpak"}),
        ("geldigheid=onbekend", {"Riskante aanpak"}),
    ],
)
def test_export_and_api_filter_on_the_new_facets(client, mixed, query, expected):
    api = client.get(f"/api/v2/interventies/?{query}")
    assert api.status_code == 200
    assert {item["title"] for item in api.json()["items"]} == expected
    response = client.get(f"/interventies/export/?{query}&format=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert {row[1] for row in rows[1:]} == expected
    html = client.get(f"/interventies/?{query}").content.decode()
    assert f"/interventies/export/?{query}&amp;format=csv" in html


def test_xlsx_export_filters_on_validity(client, mixed):
    from openpyxl import load_workbook

    response = client.get("/interventies/export/?geldigheid=verlopen&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == ["Verlopen aanpak"]


# --------------------------------------------------------------------------- admin


def test_review_panel_lists_expired_and_expiring_ratings(client, superuser, make_intervention):
    expired, soon = days(-10), days(20)
    make_intervention(title="Verlopen erkenning", evidence_valid_until=expired)
    make_intervention(title="Bijna verlopen erkenning", evidence_valid_until=soon)
    make_intervention(title="Geldige erkenning", evidence_valid_until=days(200))
    make_intervention(
        title="Concept met verlopen erkenning", evidence_valid_until=expired, live=False
    )
    make_intervention(
        title="Dubbel te laat", evidence_valid_until=expired, last_reviewed=date(2020, 1, 1)
    )
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "Te reviewen" in html
    assert "Verlopen erkenning" in html and "Bijna verlopen erkenning" in html
    assert "Geldige erkenning" not in html and "Concept met verlopen erkenning" not in html
    assert f"Erkenning verlopen op {dutch(expired)}" in html
    assert f"Erkenning verloopt op {dutch(soon)}" in html
    # One row for a page with two reasons.
    assert html.count(">Dubbel te laat<") == 1
    assert "Laatst gecontroleerd op 1 januari 2020" in html


def test_admin_filter_on_validity(client, superuser, by_validity):
    client.force_login(superuser)
    html = client.get("/admin/interventies/?geldigheid=verlopen").content.decode()
    assert "Verlopen aanpak" in html
    assert "Geldige aanpak" not in html and "Bijna verlopen aanpak" not in html
    assert "Geldigheid erkenning" in html


# --------------------------------------------------------------------------- demo


def test_demo_has_every_value_of_the_new_facets(demo, client, rf):
    state = InterventionSearch(rf.get("/interventies/")).run()
    for param in ("averechts", "geldigheid", "grootte"):
        group = next(g for g in state.facets if g.param == param)
        options = InterventionSearch(rf.get("/")).options(
            next(f for f in InterventionSearch.facets if f.param == param)
        )
        shown = {value.value: value.count for value in group.values}
        assert {option.value for option in options} == set(shown), param
        assert all(shown.values()), (param, shown)
    # The case from the issue: filtered on "Effectief", the flagged training is a warning first.
    html = client.get("/interventies/?erkenning=effectief-eerste").content.decode()
    warning = card(html, "Verplichte diversiteitstraining met nadruk op schuld")
    assert "badge--evidence-strong" not in warning
    assert "Erkenning verlopen" in warning
    assert warning.index("badge--warning") < warning.index("badge--expired")


def test_a_flagged_related_intervention_shows_its_warning_first(client, make_intervention, flagged):
    page = make_intervention(title="Hoofdaanpak")
    risky = flagged(title="Riskante buur", evidence_level=level("effectief-eerste"))
    page.related_interventions.set([risky])
    page.save()
    html = client.get(page.url).content.decode()
    item = html[html.index(">Riskante buur</a>") :]
    item = item[: item.index("</li>")]
    assert item.index("badge--warning") < item.index("Effectief – eerste aanwijzingen")
    assert "badge--evidence-strong" not in item
