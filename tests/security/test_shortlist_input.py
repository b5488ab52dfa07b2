"""Issue 16, item 7, "Bad input" for "Mijn lijst": forged posts (no CSRF token), redirects
to other sites through `next`, tampered ids, and the shared page cache never showing one
visitor's list state to another."""

import pytest
from django.test import Client, override_settings

from interventies.models import ShortlistItem
from interventies.services import shortlist
from tests.academie.factories import make_user
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db

ADD = "/mijn/lijst/bewaren/"
REMOVE = "/mijn/lijst/verwijderen/"
LIST = "/mijn/lijst/"


@pytest.fixture
def index(home):
    return InterventionIndexPageFactory(parent=home, slug="interventies")


@pytest.fixture
def page(index):
    return InterventionPageFactory(parent=index, title="Buddyproject werkzoekenden")


@pytest.fixture
def user():
    return make_user("beleid@gemeente.example")


# ---------------------------------------------------------------- CSRF


def test_add_without_csrf_token_is_refused(page):
    client = Client(enforce_csrf_checks=True)
    response = client.post(ADD, {"id": page.pk, "next": "/"})
    assert response.status_code == 403
    assert client.session.get(shortlist.SESSION_KEY) is None


def test_add_and_remove_without_csrf_token_are_refused_for_a_user(page, user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(ADD, {"id": page.pk}).status_code == 403
    assert not ShortlistItem.objects.exists()
    ShortlistItem.objects.create(user=user, page=page)
    assert client.post(REMOVE, {"id": page.pk}).status_code == 403
    assert ShortlistItem.objects.filter(user=user, page=page).exists()


def test_add_with_the_token_of_the_confirmation_page_works(page):
    client = Client(enforce_csrf_checks=True)
    html = client.get(ADD, {"id": page.pk}).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(ADD, {"id": page.pk, "csrfmiddlewaretoken": token})
    assert response.status_code == 303
    assert client.session[shortlist.SESSION_KEY] == [page.pk]


def test_a_get_to_remove_changes_nothing(client, page, user):
    ShortlistItem.objects.create(user=user, page=page)
    client.force_login(user)
    response = client.get(REMOVE, {"id": page.pk})
    assert response.status_code == 303 and response["Location"] == LIST
    assert ShortlistItem.objects.filter(user=user, page=page).exists()


# ---------------------------------------------------------------- open redirects


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "http://testserver@evil.example/",
        "javascript:alert(1)",
        " https://evil.example",
        "https:evil.example",
        "/" + "a" * 3000,
    ],
)
@pytest.mark.parametrize("url", [ADD, REMOVE])
def test_next_to_another_site_is_replaced_by_the_list(client, page, url, next_url):
    response = client.post(url, {"id": page.pk, "next": next_url})
    assert response.status_code == 303
    assert response["Location"] == LIST


def test_confirmation_page_does_not_link_to_another_site(client, page):
    html = client.get(ADD, {"id": page.pk, "next": "https://evil.example/"}).content.decode()
    assert "evil.example" not in html


def test_next_on_this_site_is_followed(client, page):
    target = f"/interventies/?grond=leeftijd#interventie-{page.pk}"
    response = client.post(ADD, {"id": page.pk, "next": target})
    assert response["Location"] == target


# ---------------------------------------------------------------- tampered ids


@pytest.mark.parametrize(
    "value", ["", "abc", "-1", "0", "1.5", "1e3", "99999999999999999999", "１", "1 OR 1=1"]
)
@pytest.mark.parametrize("url", [ADD, REMOVE])
def test_tampered_ids_give_a_clear_message(client, page, user, url, value):
    client.force_login(user)
    response = client.post(url, {"id": value, "next": LIST}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze interventie kunnen we niet vinden." in html or (
        "Deze interventie staat niet in uw lijst." in html
    )
    assert not ShortlistItem.objects.exists()


def test_a_missing_id_and_a_list_of_ids(client, page):
    assert client.post(ADD, {"next": LIST}).status_code == 303
    response = client.post(ADD, {"id": [str(page.pk), "abc"], "next": LIST}, follow=True)
    assert response.status_code == 200  # the last value counts, like every Django form
    assert client.session.get(shortlist.SESSION_KEY) is None


def test_confirmation_page_for_a_tampered_id(client, page):
    response = client.get(ADD, {"id": "<script>alert(1)</script>"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze interventie kunnen we niet vinden." in html
    assert "<script>alert(1)</script>" not in html


# ---------------------------------------------------------------- the shared page cache


def states(html):
    return {
        "saved": "Verwijder uit mijn lijst" in html,
        "token": "csrfmiddlewaretoken" in html,
    }


@override_settings(PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize("signed_in", [True, False])
@pytest.mark.parametrize("anonymous_first", [True, False])
def test_one_visitors_list_state_is_never_shown_to_another(page, user, signed_in, anonymous_first):
    """User A (signed in, or anonymous with a session) keeps the intervention; visitor B
    without a session never sees A's button state or A's CSRF token, whichever of them asks
    first; and A never gets B's shared copy."""
    a, b = Client(), Client()
    a.get("/")  # the site settings are created on the first request (a content change)
    if signed_in:
        a.force_login(user)
    a.post(ADD, {"id": page.pk})
    urls = [page.url, "/interventies/", "/interventies/?page=1"]

    def visit_b():
        for url in urls:
            response = b.get(url)
            assert response.status_code == 200
            assert states(response.content.decode()) == {"saved": False, "token": False}, url

    if anonymous_first:
        visit_b()
    for url in urls:
        response = a.get(url)
        assert response.get("X-Cache") != "HIT", url
        assert states(response.content.decode()) == {"saved": True, "token": True}, url
    visit_b()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_listing_and_detail_stay_cacheable_for_visitors_without_a_session(client, page):
    """The button adds no token and no session to a shared page, so the page cache still
    serves it (a CSRF token in the page would make every page uncacheable)."""
    client.get("/")
    for url in (page.url, "/interventies/"):
        assert client.get(url)["X-Cache"] == "MISS", url
        response = client.get(url)
        assert response["X-Cache"] == "HIT", url
        assert "Bewaar in mijn lijst" in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_the_list_page_is_never_cached(page):
    visitor = Client()
    visitor.get(LIST)
    assert visitor.get(LIST).get("X-Cache") != "HIT"
