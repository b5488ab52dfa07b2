"""Issue 16, item 7: "Mijn lijst" — keep interventions in the session without an account and
in the database with one, merge at login, cap the list, show it with a compare form."""

from urllib.parse import quote

import pytest
from wagtail.models import PageViewRestriction

from interventies.models import ShortlistItem
from interventies.services import shortlist
from tests.academie.factories import TEST_PASSWORD, make_user

pytestmark = pytest.mark.django_db

ADD = "/mijn/lijst/bewaren/"
REMOVE = "/mijn/lijst/verwijderen/"
LIST = "/mijn/lijst/"


@pytest.fixture
def user():
    return make_user("beleid@gemeente.example")


def add(client, page, next_url="/interventies/"):
    return client.post(ADD, {"id": str(page.pk), "next": next_url})


def session_ids(client):
    return client.session.get(shortlist.SESSION_KEY, [])


# ---------------------------------------------------------------- anonymous: the session


def test_anonymous_visitor_keeps_and_removes_in_the_session(client, make_intervention):
    first, second = make_intervention(title="Buddyproject"), make_intervention(title="Dialoog")
    response = add(client, first)
    assert response.status_code == 303
    assert response["Location"] == "/interventies/"
    add(client, second)
    assert session_ids(client) == [first.pk, second.pk]
    assert not ShortlistItem.objects.exists()

    html = client.get(LIST).content.decode()
    assert "Buddyproject" in html and "Dialoog" in html
    assert "Er staan 2 interventies in uw lijst" in html

    response = client.post(REMOVE, {"id": str(first.pk), "next": LIST})
    assert response.status_code == 303 and response["Location"] == LIST
    assert session_ids(client) == [second.pk]
    assert "De interventie is uit uw lijst gehaald." in client.get(LIST).content.decode()


def test_adding_twice_keeps_one_entry(client, make_intervention):
    page = make_intervention()
    add(client, page)
    add(client, page)
    assert session_ids(client) == [page.pk]


def test_the_buttons_show_the_state_on_the_page_and_the_card(client, make_intervention):
    page = make_intervention(title="Buddyproject")
    other = make_intervention(title="Dialoog")
    add(client, page)
    detail = client.get(page.url).content.decode()
    assert "Verwijder uit mijn lijst" in detail
    assert 'action="/mijn/lijst/verwijderen/"' in detail
    listing = client.get("/interventies/").content.decode()
    card = listing.split(f'id="interventie-{page.pk}"')[1].split("</article>")[0]
    other_card = listing.split(f'id="interventie-{other.pk}"')[1].split("</article>")[0]
    assert "Verwijder uit mijn lijst" in card
    assert 'formaction="/mijn/lijst/verwijderen/?next=/interventies/%23interventie-' in card
    assert "Bewaar in mijn lijst" in other_card
    assert 'formaction="/mijn/lijst/bewaren/?next=' in other_card
    assert f'name="id" value="{other.pk}"' in other_card
    # A card sits inside the listing's GET form: no nested form, no input that the filter
    # form would send along. Its button belongs to the one POST form after the footer.
    for html in (card, other_card):
        assert "<form" not in html and "<input" not in html
        assert 'form="shortlist-post"' in html
    shared = listing.split('<form id="shortlist-post"')[1].split("</form>")[0]
    assert 'method="post"' in shared and "csrfmiddlewaretoken" in shared
    assert listing.index('<form id="shortlist-post"') > listing.index("</footer>")


def test_a_card_button_posts_to_its_formaction(client, make_intervention):
    """What the browser sends for a card's button: the shared form's token, the button's
    id, and `next` from the formaction's query string."""
    page = make_intervention()
    add(client, make_intervention())
    response = client.post(
        f"/mijn/lijst/bewaren/?next=/interventies/%23interventie-{page.pk}", {"id": page.pk}
    )
    assert response["Location"] == f"/interventies/#interventie-{page.pk}"
    assert page.pk in session_ids(client)


def test_without_a_session_the_button_asks_to_confirm_first(client, make_intervention):
    """A visitor without a session gets the shared page (no CSRF token in it): the button
    is a link to a confirmation page that has the POST form with the token."""
    page = make_intervention(title="Buddyproject")
    for url in (page.url, "/interventies/"):
        html = client.get(url).content.decode()
        assert "csrfmiddlewaretoken" not in html and "shortlist-post" not in html, url
        assert f'href="/mijn/lijst/bewaren/?id={page.pk}&amp;next=' in html, url
    confirm = client.get(ADD, {"id": page.pk, "next": page.url})
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Wilt u ‘Buddyproject’ bewaren in uw lijst?" in html
    assert "csrfmiddlewaretoken" in html
    assert session_ids(client) == []  # a GET changes nothing
    # Logging in first leads back here, with the same `next`.
    login = html.split('href="/accounts/login/?next=')[1].split('"')[0]
    from urllib.parse import unquote

    assert unquote(login) == f"/mijn/lijst/bewaren/?id={page.pk}&next={quote(page.url, safe='')}"
    response = client.post(ADD, {"id": page.pk, "next": page.url})
    assert response["Location"] == page.url
    assert session_ids(client) == [page.pk]


def test_the_mechanism_page_cards_have_working_buttons(client, make_intervention, index):
    from hub.models import Mechanism
    from interventies.models import MechanismIndexPage, MechanismPage

    mechanism = Mechanism.objects.first()
    page = make_intervention(title="Buddyproject", taxonomy={"mechanisms": [mechanism]})
    dossier = index.add_child(instance=MechanismIndexPage(title="Wat werkt", slug="wat-werkt"))
    mechanism_page = dossier.add_child(
        instance=MechanismPage(title=mechanism.name, slug="mechanisme", mechanism=mechanism)
    )
    add(client, make_intervention())
    html = client.get(mechanism_page.url).content.decode()
    assert 'form="shortlist-post"' in html and f'value="{page.pk}"' in html
    assert '<form id="shortlist-post"' in html


def test_the_list_is_capped_with_a_clear_message(client, make_intervention, monkeypatch):
    monkeypatch.setattr(shortlist, "MAX_ITEMS", 3)
    pages = [make_intervention() for _ in range(4)]
    for page in pages[:3]:
        add(client, page)
    response = client.post(ADD, {"id": pages[3].pk, "next": LIST}, follow=True)
    assert "Uw lijst is vol: er passen maximaal 3 interventies in." in response.content.decode()
    assert session_ids(client) == [p.pk for p in pages[:3]]


def test_the_list_is_capped_in_the_database_too(client, user, make_intervention, monkeypatch):
    monkeypatch.setattr(shortlist, "MAX_ITEMS", 2)
    pages = [make_intervention() for _ in range(3)]
    client.force_login(user)
    for page in pages:
        add(client, page)
    assert list(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True)) == [
        pages[0].pk,
        pages[1].pk,
    ]


def test_the_real_cap_is_fifty(client, make_intervention):
    assert shortlist.MAX_ITEMS == 50
    pages = [make_intervention() for _ in range(51)]
    session = client.session
    session[shortlist.SESSION_KEY] = [page.pk for page in pages[:50]]
    session.save()
    html = client.post(ADD, {"id": pages[50].pk}, follow=True).content.decode()
    assert "er passen maximaal 50 interventies in" in html
    assert len(session_ids(client)) == 50


# ---------------------------------------------------------------- signed in: the database


def test_signed_in_user_keeps_the_list_in_the_database(client, user, make_intervention):
    page = make_intervention(title="Buddyproject")
    client.force_login(user)
    add(client, page)
    assert list(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True)) == [
        page.pk
    ]
    assert shortlist.SESSION_KEY not in client.session
    client.logout()
    client.force_login(user)
    assert "Buddyproject" in client.get(LIST).content.decode()
    client.post(REMOVE, {"id": page.pk})
    assert not ShortlistItem.objects.filter(user=user).exists()


def test_login_merges_the_session_list_into_the_account(client, user, make_intervention):
    kept, both, new = make_intervention(), make_intervention(), make_intervention()
    ShortlistItem.objects.create(user=user, page=kept)
    ShortlistItem.objects.create(user=user, page=both)
    add(client, both)
    add(client, new)
    response = client.post(
        "/accounts/login/", {"login": "beleid@gemeente.example", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert list(
        ShortlistItem.objects.filter(user=user)
        .order_by("added_at", "pk")
        .values_list("page_id", flat=True)
    ) == [kept.pk, both.pk, new.pk]
    assert shortlist.SESSION_KEY not in client.session


def test_login_merge_respects_the_cap_and_says_so(client, user, make_intervention, monkeypatch):
    monkeypatch.setattr(shortlist, "MAX_ITEMS", 2)
    pages = [make_intervention() for _ in range(3)]
    ShortlistItem.objects.create(user=user, page=pages[0])
    add(client, pages[1])
    add(client, pages[2])
    response = client.post(
        "/accounts/login/",
        {"login": "beleid@gemeente.example", "password": TEST_PASSWORD},
        follow=True,
    )
    assert ShortlistItem.objects.filter(user=user).count() == 2
    assert "1 interventie van voor het inloggen paste er niet meer bij" in (
        response.content.decode()
    )


def test_login_merge_skips_pages_that_are_no_longer_available(client, user, make_intervention):
    page, gone = make_intervention(), make_intervention()
    add(client, page)
    add(client, gone)
    gone.unpublish()
    client.post("/accounts/login/", {"login": "beleid@gemeente.example", "password": TEST_PASSWORD})
    assert list(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True)) == [
        page.pk
    ]


def test_one_user_never_touches_another_users_list(client, user, make_intervention):
    page = make_intervention()
    other = make_user("ander@gemeente.example")
    ShortlistItem.objects.create(user=other, page=page)
    client.force_login(user)
    assert page.title not in client.get(LIST).content.decode()
    client.post(REMOVE, {"id": page.pk})
    assert ShortlistItem.objects.filter(user=other, page=page).exists()


def test_a_deleted_intervention_leaves_the_list(user, make_intervention):
    page = make_intervention()
    ShortlistItem.objects.create(user=user, page=page)
    page.delete()
    assert not ShortlistItem.objects.exists()


# ---------------------------------------------------------------- what can be added


@pytest.mark.parametrize("state", ["draft", "private"])
def test_drafts_and_private_interventions_cannot_be_added(client, make_intervention, state):
    page = make_intervention(title="Geheim plan")
    if state == "draft":
        page.unpublish()
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.post(ADD, {"id": page.pk, "next": LIST}, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze interventie kunnen we niet vinden." in html
    assert "Geheim plan" not in html
    assert session_ids(client) == []
    confirm = client.get(ADD, {"id": page.pk})
    assert confirm.status_code == 404
    assert "Geheim plan" not in confirm.content.decode()


def test_only_interventions_can_be_added(client, home, make_intervention):
    make_intervention()
    response = client.post(ADD, {"id": home.pk, "next": LIST}, follow=True)
    assert "Deze interventie kunnen we niet vinden." in response.content.decode()
    assert session_ids(client) == []


def test_interventions_of_another_site_cannot_be_added(client, make_intervention):
    from wagtail.models import Page, Site

    from tests.interventies.factories import InterventionIndexPageFactory

    root = Page.objects.get(depth=1)
    other_home = root.add_child(instance=Page(title="Andere site", slug="andere-site"))
    Site.objects.create(hostname="ander.example", root_page=other_home, port=80)
    other_index = InterventionIndexPageFactory(parent=other_home, slug="interventies")
    page = make_intervention(parent=other_index, title="Elders")
    client.post(ADD, {"id": page.pk})
    assert session_ids(client) == []


def test_unavailable_items_are_hidden_and_counted(client, user, make_intervention):
    shown, hidden = make_intervention(title="Zichtbaar"), make_intervention(title="Verborgen")
    ShortlistItem.objects.create(user=user, page=shown)
    ShortlistItem.objects.create(user=user, page=hidden)
    hidden.unpublish()
    client.force_login(user)
    html = client.get(LIST).content.decode()
    assert "Zichtbaar" in html and "Verborgen" not in html
    assert "Eén interventie uit uw lijst staat niet meer op de Kennishub" in html
    # ... and can still be removed from the list.
    client.post(REMOVE, {"id": hidden.pk})
    assert not ShortlistItem.objects.filter(page=hidden).exists()


def test_a_tampered_session_value_is_ignored(client, make_intervention):
    page = make_intervention(title="Buddyproject")
    session = client.session
    session[shortlist.SESSION_KEY] = ["1; DROP TABLE", None, -3, True, page.pk, page.pk, 2**40]
    session.save()
    response = client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Buddyproject" in html and "Er staat 1 interventie in uw lijst" in html


# ---------------------------------------------------------------- the list page


def test_list_page_has_a_compare_form_with_the_items(client, make_intervention):
    pages = [make_intervention(title=f"Aanpak {n}") for n in range(3)]
    for page in pages:
        add(client, page)
    html = client.get(LIST).content.decode()
    assert 'action="/interventies/vergelijk/"' in html and 'method="get"' in html
    for page in pages:
        assert f'name="id" value="{page.pk}"' in html
        assert f'form="verwijder-{page.pk}"' in html
    assert "Kies 2 of 3 interventies om te vergelijken" in html


def test_empty_list_says_how_to_fill_it(client, make_intervention):
    make_intervention()
    html = client.get(LIST).content.decode()
    assert "Uw lijst is nog leeg." in html
    assert "Bewaar in mijn lijst" in html


def test_header_links_to_the_list(client, make_intervention):
    assert 'href="/mijn/lijst/"' in client.get("/").content.decode()


def test_list_page_is_never_cached(client, make_intervention):
    make_intervention()
    response = client.get(LIST)
    assert "no-store" in response["Cache-Control"]


def test_list_page_query_count_does_not_grow(
    client, user, make_intervention, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = [make_intervention() for _ in range(12)]
    client.force_login(user)
    counts = []
    for size in (2, 12):
        ShortlistItem.objects.filter(user=user).delete()
        ShortlistItem.objects.bulk_create(ShortlistItem(user=user, page=p) for p in pages[:size])
        client.get(LIST)  # warm the per-process caches (site root paths, taxonomy)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    with django_assert_max_num_queries(12):
        client.get(LIST)


def test_listing_buttons_cost_one_query_in_all(
    client, user, make_intervention, django_assert_max_num_queries
):
    """The cards read the user's list once, not once per card."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = [make_intervention() for _ in range(10)]
    ShortlistItem.objects.bulk_create(ShortlistItem(user=user, page=p) for p in pages[:5])
    client.force_login(user)
    client.get("/interventies/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/interventies/").content.decode()
    assert html.count("Verwijder uit mijn lijst") == 5
    shortlist_queries = [q for q in queries if "interventies_shortlistitem" in q["sql"]]
    assert len(shortlist_queries) == 1
