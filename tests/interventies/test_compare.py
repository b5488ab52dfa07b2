"""Issue 16, item 7: compare up to three interventions side by side at
/interventies/vergelijk/?id=…&id=… — the facts that matter, a semantic table, only live and
public interventions of this site, a clear Dutch message for any odd link."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from hub.models import EvidenceLevel
from interventies.models import ChecklistAnswer, ChecklistQuestion
from interventies.services import comparison
from tests.interventies.factories import InterventionPageFactory

pytestmark = pytest.mark.django_db

URL = "/interventies/vergelijk/"


def compare(client, *ids):
    return client.get(URL, {"id": [str(pk) for pk in ids]})


@pytest.fixture
def pair(make_intervention):
    today = timezone.localdate()
    first = make_intervention(
        title="Buddyproject werkzoekenden",
        target_group="<p>Werkzoekenden met een migratieachtergrond.</p>",
        evidence_level=EvidenceLevel.objects.get(slug="goed-onderbouwd"),
        evidence_assessed_on=today - timedelta(days=100),
        evidence_valid_until=today + timedelta(days=400),
        cost_category="laag",
        duration="Zes maanden, een uur per week",
        taxonomy={"audiences": ["werkgever"], "suitable_sizes": ["tot-20000"]},
    )
    second = make_intervention(
        title="Verplichte diversiteitstraining",
        evidence_level=EvidenceLevel.objects.get(slug="goed-beschreven"),
        evidence_valid_until=today - timedelta(days=10),
        backfire_risk=True,
        backfire_explanation="<p>Verplichting wekt weerstand op.</p>",
        cost_category="hoog",
    )
    question = ChecklistQuestion.objects.first()
    ChecklistAnswer.objects.create(page=first, question=question, answer="ja", note="Helder.")
    ChecklistAnswer.objects.create(page=second, question=question, answer="nee")
    return first, second


def test_compare_two_on_the_facts_that_matter(client, pair):
    first, second = pair
    response = compare(client, first.pk, second.pk)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" in html and "<caption" in html
    assert html.count('scope="col"') == 3
    for label in (
        "Risico op averechts effect",
        "Erkenning",
        "Doelgroep",
        "Aanpak",
        "Kosten",
        "Duur en intensiteit",
        "Geschikt voor gemeenten met",
        "Checklist voor interventies tegen discriminatie",
    ):
        assert label in html, label
    assert '<th scope="row">Kosten</th>' in html
    assert "Buddyproject werkzoekenden" in html and "Verplichte diversiteitstraining" in html
    assert "Werkzoekenden met een migratieachtergrond." in html
    assert "Zes maanden, een uur per week" in html
    assert "Laag (tot € 5.000)" in html and "Hoog (meer dan € 25.000)" in html
    assert "Ja, let op" in html and "Verplichting wekt weerstand op." in html
    assert "Verlopen op" in html and "Geldig tot" in html
    assert "Helder." in html
    # The columns are in the order of the link.
    assert html.index("Buddyproject werkzoekenden") < html.index("Verplichte diversiteitstraining")
    reversed_html = compare(client, second.pk, first.pk).content.decode()
    assert reversed_html.index("Verplichte diversiteitstraining") < reversed_html.index(
        "Buddyproject werkzoekenden"
    )


def test_the_table_scrolls_in_a_focusable_region_and_prints(client, pair):
    html = compare(client, *[p.pk for p in pair]).content.decode()
    assert 'role="region"' in html and 'tabindex="0"' in html
    assert 'aria-labelledby="compare-caption"' in html
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/shortlist.css")).read()
    assert "@media print" in css and "overflow-x: auto" in css


def test_more_than_three_shows_the_first_three(client, make_intervention):
    pages = [make_intervention(title=f"Aanpak {n}") for n in range(5)]
    html = compare(client, *[p.pk for p in pages]).content.decode()
    assert "U kunt maximaal 3 interventies tegelijk vergelijken. We tonen de eerste 3." in html
    assert "Aanpak 2" in html and "Aanpak 3" not in html and "Aanpak 4" not in html


@pytest.mark.parametrize(
    "values",
    [
        ["abc"],
        ["-1"],
        ["0"],
        ["1e3"],
        ["99999999999999999999"],
        ["2147483648"],
        [""],
        ["１２"],  # full-width digits
        ["1 OR 1=1"],
        ["<script>alert(1)</script>"],
    ],
)
def test_tampered_ids_give_a_clear_message(client, pair, values):
    first, second = pair
    response = client.get(URL, {"id": [str(first.pk), str(second.pk), *values]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "geen geldig nummer van een interventie" in html
    assert "<script>alert(1)</script>" not in html
    assert "Buddyproject werkzoekenden" in html  # the valid ones are still compared


def test_duplicates_are_shown_once(client, pair):
    first, second = pair
    html = compare(client, first.pk, first.pk, second.pk).content.decode()
    assert "meer dan één keer in de link" in html
    assert html.count('<th scope="col"><a href') == 2


def test_unknown_ids_and_nothing_at_all(client, pair):
    html = compare(client, 987654).content.decode()
    assert "Eén interventie uit de link kunnen we niet vinden." in html
    assert "Kies 2 of 3 interventies" in html
    assert "<table" not in html
    empty = client.get(URL)
    assert empty.status_code == 200
    assert "Kies 2 of 3 interventies" in empty.content.decode()


def test_one_is_not_a_comparison(client, pair):
    html = compare(client, pair[0].pk).content.decode()
    assert "<table" not in html and "Kies 2 of 3 interventies" in html


@pytest.mark.parametrize("state", ["draft", "private", "other type"])
def test_drafts_private_pages_and_other_types_are_never_shown(client, home, pair, state):
    first, second = pair
    if state == "draft":
        hidden = InterventionPageFactory(parent=first.get_parent(), title="Geheim concept")
        hidden.unpublish()
    elif state == "private":
        hidden = InterventionPageFactory(parent=first.get_parent(), title="Geheim concept")
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    else:
        hidden = home
    response = compare(client, first.pk, hidden.pk, second.pk)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geheim concept" not in html
    assert "uit de link kunnen we niet vinden" in html
    assert html.count('<th scope="col"><a href') == 2


def test_a_draft_title_is_not_told_even_when_it_is_the_only_one(client, pair):
    hidden = InterventionPageFactory(parent=pair[0].get_parent(), title="Geheim concept")
    hidden.unpublish()
    html = compare(client, hidden.pk, hidden.pk).content.decode()
    assert "Geheim concept" not in html


def test_many_id_values_are_cut_short(client, pair):
    values = [str(pair[0].pk), str(pair[1].pk)] + ["x"] * 500
    response = client.get(URL, {"id": values})
    assert response.status_code == 200
    # Only the first MAX_VALUES_READ values are read: 18 of them are invalid.
    assert "18 nummers in de link" in response.content.decode()


def test_clean_ids_rules():
    assert comparison.clean_ids(["3", "1", "3", "x", "2", "9"]) == (
        [3, 1, 2],
        comparison.clean_ids(["3", "1", "3", "x", "2", "9"])[1],
    )
    ids, notices = comparison.clean_ids(["3", "1", "3", "x", "2", "9"])
    assert len(notices) == 3  # invalid, duplicate, more than three


def test_compare_query_count_does_not_grow(
    client, make_intervention, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = [make_intervention(taxonomy={"audiences": ["werkgever"]}) for _ in range(3)]
    questions = list(ChecklistQuestion.objects.all())
    for page in pages:
        for question in questions:
            ChecklistAnswer.objects.create(page=page, question=question, answer="deels")
    counts = []
    for size in (2, 3):
        ids = [p.pk for p in pages[:size]]
        compare(client, *ids)
        with CaptureQueriesContext(connection) as queries:
            assert compare(client, *ids).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    # Routing (site, page tree), view restrictions, the pages, two relations, the checklist's
    # answers and questions, the breadcrumbs.
    with django_assert_max_num_queries(14):
        compare(client, *[p.pk for p in pages])


def test_compare_is_not_stored_in_the_page_cache(client, pair, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = f"{URL}?id={pair[0].pk}&id={pair[1].pk}"
    client.get(url)
    assert client.get(url).get("X-Cache") != "HIT"
