"""Review item 11: hostile `?search=` on the generic page API gives 200 or 400, never 500."""

import pytest

from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '"',
    'a"b',
    '"open',
    "\x00",
    "woning\x00markt",
    "woning " * 800,
    "(",
    "*",
    "NEAR(",
    "'",
    "\\",
    "a:b",
    '""',
    "ü" * 300,
    "\u202e",
]


@pytest.fixture
def interventions(home):
    index = InterventionIndexPageFactory(parent=home, slug="interventies")
    InterventionPageFactory(parent=index, title="Woningmarkt: praktijktest bij verhuurders")
    return index


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("operator", [None, "or", "and"])
def test_hostile_search_never_gives_a_server_error(client, interventions, query, operator):
    params = {"search": query, **({"search_operator": operator} if operator else {})}
    response = client.get("/api/v2/pages/", params)
    assert response.status_code in (200, 400), (query, response.status_code)


def test_a_normal_search_still_finds_the_page(client, interventions):
    data = client.get("/api/v2/pages/", {"search": "praktijktest"}).json()
    assert [item["title"] for item in data["items"]] == [
        "Woningmarkt: praktijktest bij verhuurders"
    ]
    quoted = client.get("/api/v2/pages/", {"search": '"praktijktest bij"'}).json()
    assert quoted["meta"]["total_count"] == 1


def test_an_unknown_operator_is_a_clear_400(client, interventions):
    response = client.get("/api/v2/pages/", {"search": "woning", "search_operator": "xor"})
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]
