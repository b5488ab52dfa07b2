"""The one error summary (templates/components/error_summary.html) on the public forms: first
in <main> when a form has errors, a link per field error to an input that exists, non-field
errors as plain items, unique ids, "Fout: " before the title; nothing on a page without errors."""

import time as clock
from collections import Counter

import pytest
from bs4 import BeautifulSoup

from academie.forms import spam
from tests.academie.masterclasses.fixtures import (  # noqa: F401
    form_data,
    make_series,
    make_session,
    mc_index,
    series,
)
from tests.handreikingen.raadsleden.conftest import tool  # noqa: F401

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def summary_of(response):
    """The summary, checked to be the first element in <main>, with its items as
    (text, href or None)."""
    soup = soup_of(response)
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    assert [i for i, n in ids.items() if n > 1] == []
    main = soup.find("main")
    first = main.find(True, recursive=False)
    assert first is not None and "error-summary" in first.get("class", []), first
    assert first["role"] == "alert" and first["tabindex"] == "-1"
    assert soup.title.string.startswith("Fout: ")
    items = []
    for li in first.select(".error-summary__list > li"):
        link = li.find("a")
        if link is None:
            items.append((li.get_text(strip=True), None))
            continue
        target = link["href"]
        assert target.startswith("#")
        element = soup.find(id=target[1:])
        assert element is not None and element.name in {"input", "select", "textarea"}, target
        items.append((li.get_text(strip=True), target))
    return items


def assert_no_summary(response):
    soup = soup_of(response)
    assert soup.select(".error-summary") == []
    assert not soup.title.string.startswith("Fout")


@pytest.fixture
def workshop_session(make_series, make_session):  # noqa: F811
    return make_session(page=make_series(slug="met-workshops", workshops=True))


# --------------------------------------------------------------------------- masterclass


def test_masterclass_form_with_errors_starts_with_the_summary(client, workshop_session):
    assert_no_summary(client.get(workshop_session.url))
    (round_,) = workshop_session.page.workshop_rounds()
    data = form_data(workshop_session, client=client, name="", email="geen-adres", privacy="")
    del data[f"workshop_{round_.id}"]
    response = client.post(workshop_session.url, data)
    assert response.status_code == 400
    targets = [href for _text, href in summary_of(response)]
    assert "#id_name" in targets and "#id_email" in targets and "#id_privacy" in targets
    assert f"#id_workshop_{round_.id}_0" in targets  # a radio group: its first input
    assert None not in targets  # an empty submit: no "too fast"
    texts = dict((href, text) for text, href in summary_of(response))
    assert texts["#id_name"] == "Uw naam: Dit is een verplicht veld."  # generic: with label
    assert texts["#id_privacy"] == "Zonder uw toestemming kunnen we u niet aanmelden."


def test_masterclass_non_field_error_is_a_plain_item(client, workshop_session):
    client.get(workshop_session.url)
    data = form_data(workshop_session, client=client, website="http://spam.example")
    items = summary_of(client.post(workshop_session.url, data))
    assert [href for _text, href in items] == [None]


def test_masterclass_too_fast_is_a_plain_item(client, workshop_session):
    client.get(workshop_session.url)
    cookie = client.cookies["csrftoken"].value
    started = spam.started_token(clock.time(), bound_to=spam.bind(cookie))
    data = form_data(workshop_session, client=client, started=started)
    items = summary_of(client.post(workshop_session.url, data))
    assert len(items) == 1 and items[0][1] is None and "snel" in items[0][0]


# --------------------------------------------------------------------------- accounts


def test_signup_with_errors_links_to_the_fields(client):
    assert_no_summary(client.get("/accounts/signup/"))
    response = client.post(
        "/accounts/signup/",
        {"email": "geen-adres", "password1": "Gelijk-behandelen-2026", "password2": "anders"},
    )
    assert response.status_code == 200
    targets = [href for _text, href in summary_of(response)]
    assert "#id_email" in targets
    assert any(href in {"#id_password1", "#id_password2"} for href in targets)


def test_login_with_a_wrong_password_shows_the_non_field_error(client, django_user_model):
    assert_no_summary(client.get("/accounts/login/"))
    django_user_model.objects.create_user("z", "z@example.org", "Een-goed-wachtwoord-1")
    response = client.post("/accounts/login/", {"login": "z@example.org", "password": "fout"})
    items = summary_of(response)
    assert items and all(href is None for _text, href in items)


# --------------------------------------------------------------------------- raadsleden scan


def test_incomplete_scan_shows_the_notice_and_links_to_the_questions(client, tool):  # noqa: F811
    assert_no_summary(client.get("/raadsleden/scan/?rol=antennerol"))
    response = client.get("/raadsleden/resultaat/?rol=antennerol&onderzoek=misschien")
    items = summary_of(response)
    assert items[0] == (
        "Niet alle vragen zijn (goed) beantwoord. Vul de ontbrekende antwoorden aan.",
        None,
    )
    assert "#id_onderzoek_0" in [href for _text, href in items]
