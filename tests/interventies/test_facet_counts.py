"""Facet counts of /interventies/, for every facet and every value, checked against the ORM.

A count is disjunctive: the number of results you get by choosing that value, with
the text query and every *other* facet's selection applied. So for a facet without a selection
it is the number of results after also selecting the value; for a facet with a selection it is
the number of results with that value instead of the facet's current choice.

The expected numbers come straight from the ORM (relations and the search word in the summary),
never from the faceting engine; the validity of a rating comes from the model's own property
(`InterventionPage.evidence_validity`). Runs on SQLite and on PostgreSQL.
"""

import re
from collections import Counter
from urllib.parse import urlencode

import pytest
from taggit.models import Tag

from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
)
from interventies.models import CostCategory, InterventionPage, InterventionTag, Validity
from tests.interventies.conftest import CATALOGUE_WORD

pytestmark = pytest.mark.django_db

BACKFIRE = "backfire_risk"  # shown as ja/nee
VALIDITY = "evidence_validity"  # a model property, per page

# facet parameter -> (ORM lookup on InterventionPage, where the values come from)
FACETS = {
    "grond": ("grounds__slug", DiscriminationGround),
    "domein": ("domains__slug", Domain),
    "stap": ("policy_steps__slug", PolicyStep),
    "rol": ("municipal_roles__slug", MunicipalRole),
    "erkenning": ("evidence_level__slug", EvidenceLevel),
    "mechanisme": ("mechanisms__slug", Mechanism),
    "doelgroep": ("audiences__slug", Audience),
    "kosten": ("cost_category", None),
    "tag": ("tags__slug", None),
    "grootte": ("suitable_sizes__slug", MunicipalitySize),
    "averechts": (BACKFIRE, None),
    "geldigheid": (VALIDITY, None),
}
COUNT = re.compile(
    r'id="f-(?P<param>[\w-]+?)-(?P<value>[^"]+)"(?P<checked> checked)?>'
    r'<label for="[^"]+">.*?<span class="facet__count">(?P<count>\d+)<',
    re.DOTALL,
)


def page_values(param, queryset):
    """(pk, value) of facet `param` for every page of `queryset`, from the ORM or the model."""
    lookup, _model = FACETS[param]
    if lookup == VALIDITY:
        return [(page.pk, page.evidence_validity.value) for page in queryset]
    rows = queryset.values_list("pk", lookup)
    if lookup == BACKFIRE:
        return [(pk, "ja" if flag else "nee") for pk, flag in rows]
    return list(rows)


def all_values(param):
    lookup, model = FACETS[param]
    if param == "averechts":
        return ["ja", "nee"]
    if param == "geldigheid":
        return [value for value, _label in Validity.choices]
    if param == "kosten":
        return [value for value, _label in CostCategory.choices]
    if param == "tag":
        return list(
            Tag.objects.filter(pk__in=InterventionTag.objects.values("tag_id")).values_list(
                "slug", flat=True
            )
        )
    return list(model.objects.values_list("slug", flat=True))


def matching(selected):
    """Live interventions with the search word, matching every facet's selection (OR within)."""
    queryset = InterventionPage.objects.live().filter(summary__icontains=CATALOGUE_WORD)
    for param, values in selected.items():
        everything = InterventionPage.objects.select_related("evidence_level")
        chosen = {pk for pk, value in page_values(param, everything) if value in values}
        queryset = queryset.filter(pk__in=chosen)
    return queryset


def expected_total(selected):
    return matching(selected).count()


def most_common(param, count, selected):
    """The `count` values of a facet that most results of the current selection have."""
    pages = InterventionPage.objects.filter(pk__in=matching(selected).values("pk"))
    values = [value for _pk, value in page_values(param, pages.select_related("evidence_level"))]
    return [value for value, _n in Counter(v for v in values if v).most_common(count)]


def displayed_counts(client, selected):
    query = [("q", CATALOGUE_WORD)] + [(p, v) for p, values in selected.items() for v in values]
    response = client.get("/interventies/?" + urlencode(query))
    assert response.status_code == 200
    html = response.content.decode()
    counts = {}
    for match in COUNT.finditer(html):
        counts[(match["param"], match["value"])] = (int(match["count"]), bool(match["checked"]))
    return html, counts


@pytest.mark.parametrize(
    "choice",
    [
        {"domein": 1, "grond": 1},
        {"erkenning": 3, "tag": 2},
        {"doelgroep": 2, "mechanisme": 1},
        {"kosten": 2, "rol": 1},
        {"stap": 2, "domein": 2},
        {"averechts": 1, "grootte": 1},
        {"geldigheid": 2, "averechts": 1},
        {"grootte": 2, "geldigheid": 2, "tag": 1},
    ],
    ids=lambda choice: "+".join(choice),
)
def test_every_count_of_every_facet_matches_the_orm(client, catalogue, choice):
    selected = {}
    for param, n in choice.items():
        selected[param] = most_common(param, n, selected)
    assert all(selected.values()), selected
    total = expected_total(selected)
    assert 0 < total < len(catalogue), "the state should narrow the results, not empty them"

    html, counts = displayed_counts(client, selected)

    assert f"{total} interventie" in html
    checked = Counter()
    for param in FACETS:
        values = all_values(param)
        assert values, param
        others = {p: v for p, v in selected.items() if p != param}
        for value in values:
            expected = expected_total({**others, param: [value]})
            is_selected = value in selected.get(param, [])
            shown = counts.get((param, value))
            if expected == 0 and not is_selected:
                assert shown is None, (param, value, shown)  # hidden: nothing to find there
                continue
            assert shown == (expected, is_selected), (param, value, shown, expected)
            checked[param] += 1
    # Every facet has values with results here, so every facet's counting was exercised.
    assert set(checked) == set(FACETS), checked
