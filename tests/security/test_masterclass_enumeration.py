"""Review item 4: the masterclass form never tells whether an address is registered.

A known and an unknown address get the same status, the same redirect and the same page,
also when the session is full, and limits apply before the address is looked up.
"""

import re

import pytest

from academie.models import MasterclassRegistration
from tests.academie.masterclasses.fixtures import confirmed, form_data, register

pytestmark = pytest.mark.django_db

KNOWN = "bekend@gemeente.example"
UNKNOWN = "onbekend@gemeente.example"


def answer(client, session, email, **overrides):
    response = client.post(session.url, form_data(session, client=client, email=email, **overrides))
    follow = client.get(response["Location"]) if response.status_code == 302 else response
    # The CSRF token differs per response (it is masked anew each time) and the signed form
    # start time per second; everything else must be identical.
    html = re.sub(
        r'name="(csrfmiddlewaretoken|started)" value="[^"]*"', "", follow.content.decode()
    )
    html = re.sub(r'value="[^"]*"( name="csrfmiddlewaretoken")', r"\1", html)
    html = html.replace(email, "ADRES")  # the form shows what was typed
    return response.status_code, response.get("Location"), html


@pytest.mark.parametrize("capacity", [10, 1])
def test_known_and_unknown_addresses_get_the_same_answer(client, make_session, capacity):
    session = make_session(capacity=capacity)
    confirmed(session, KNOWN)
    if capacity == 1:
        assert session.seats_left == 0
    known = answer(client, session, KNOWN)
    unknown = answer(client, session, UNKNOWN)
    assert known[0] == unknown[0] == 302
    assert known[1] == unknown[1] and "wachtlijst" not in known[1]
    assert known[2] == unknown[2]


def test_the_network_limit_comes_before_the_address_lookup(client, make_session):
    session = make_session()
    for number in range(3):  # three unconfirmed holds from this network (the test client)
        client.post(
            session.url, form_data(session, client=client, email=f"nieuw{number}@example.org")
        )
    assert MasterclassRegistration.objects.count() == 3
    known = answer(client, session, "nieuw0@example.org")
    unknown = answer(client, session, UNKNOWN)
    assert known[0] == unknown[0] == 400
    assert "Vanaf uw netwerk" in known[2] and "Vanaf uw netwerk" in unknown[2]


def test_a_wrong_workshop_choice_is_refused_for_known_addresses_too(
    client, make_series, make_session
):
    session = make_session(page=make_series(workshops=True))
    [workshop_round] = session.page.workshop_rounds()
    register(
        session, email=KNOWN, workshop_choices={workshop_round.id: workshop_round.workshops[0].id}
    )
    bad = {f"workshop_{workshop_round.id}": "bestaat-niet"}
    known = answer(client, session, KNOWN, **bad)
    unknown = answer(client, session, UNKNOWN, **bad)
    assert known[0] == unknown[0] == 400
    assert known[2] == unknown[2]
