"""Free seats on cached pages. Production keeps anonymous pages for five minutes
(hub/pagecache.py, keyed by the shared content version): every change to who holds a seat
(registration, confirmation, cancellation, expiry, promotion, capacity, a deleted account)
must mark those pages outdated once it commits, also when it is a queryset update that sends
no signals. Pages reached by a personal link, and session pages, are never cached at all."""

import pytest
from django.test import override_settings

from academie.models import MasterclassRegistration, RegistrationStatus
from academie.services import attendance, retention, seats
from academie.services import registration as service
from academie.services.seats import SEATS_VERSION_KEY
from hub.versions import scope_version
from tests.academie.factories import make_user
from tests.academie.masterclasses.fixtures import at, confirmed, register
from tests.academie.masterclasses.test_pages import cancel_path, confirm_path

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

Status = RegistrationStatus


def seats_version():
    return scope_version(SEATS_VERSION_KEY)


@pytest.fixture
def page_cache(settings):
    settings.ACADEMIE_MASTERCLASS_ALMOST_FULL_SEATS = 0  # only the number of seats changes
    with override_settings(PAGE_CACHE_SECONDS=300, PAGE_CACHE_QUERY_SECONDS=60):
        yield


def seats_on(client, url):
    """The free-seats line of the (first) session on a page, and whether it was cached."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    marker = html.index('class="mc-status"')
    return " ".join(html[marker : html.index("</p>", marker)].split()), response.get("X-Cache")


def test_every_change_of_seats_shows_on_the_next_anonymous_request(
    client, series, make_session, django_capture_on_commit_callbacks
):
    session = make_session(capacity=2)
    client.get("/")  # the first request of a site creates its settings (a content change)
    line, _cache = seats_on(client, series.url)
    assert "Nog 2 plaatsen vrij" in line
    assert seats_on(client, series.url)[1] == "HIT"

    def after(change):
        with django_capture_on_commit_callbacks(execute=True):
            result = change()
        line, cache = seats_on(client, series.url)
        assert cache == "MISS"
        return line, result

    line, first = after(lambda: register(session, "a@gemeente.example"))
    assert "Nog 1 plaats vrij" in line  # still "Open": only the number changed
    line, _ = after(lambda: service.confirm(first))
    assert "Nog 1 plaats vrij" in line
    line, second = after(lambda: register(session, "b@gemeente.example"))
    assert "Vol" in line
    line, waiting = after(lambda: confirmed(session, "c@gemeente.example"))
    assert "Vol" in line

    # The listing shows the badge; it follows too.
    listing = client.get("/masterclasses/").content.decode()
    assert 'mc-badge--vol">Vol: wachtlijst' in listing

    # An unconfirmed registration expires (a queryset update: no signals) and its seat
    # goes to the waitlist, so still full; then a cancellation frees a seat.
    line, _ = after(lambda: seats.expire_unconfirmed(now=at(session, 1)))
    assert "Vol" in line
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    line, _ = after(lambda: service.cancel(first))
    assert "Nog 1 plaats vrij" in line
    assert 'mc-badge--open">Open' in client.get("/masterclasses/").content.decode()
    line, _ = after(lambda: seats.change_capacity(session, 4))
    assert "Nog 3 plaatsen vrij" in line
    assert MasterclassRegistration.objects.get(pk=second.pk).status == Status.EXPIRED


def test_expiry_and_a_deleted_account_bump_the_seats_version_after_commit(
    make_session, django_capture_on_commit_callbacks
):
    session = make_session(capacity=5)
    user = make_user("weg@gemeente.example")
    registration = register(session, user.email, user=user)
    register(session, "laat@gemeente.example")
    version = seats_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        retention.forget_user(user)
    assert seats_version() == version  # not before the commit
    for callback in callbacks:
        callback()
    assert seats_version() != version
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED

    version = seats_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert seats.expire_unconfirmed(now=at(session, 1)) == 1
    assert seats_version() != version


def test_a_reminder_or_attendance_leaves_the_caches_alone(
    make_session, django_capture_on_commit_callbacks
):
    session = make_session(capacity=5, days=1)
    registration = confirmed(session, "a@gemeente.example")
    MasterclassRegistration.objects.filter(pk=registration.pk).update(confirmed_at=at(session, 100))
    version = seats_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert attendance.send_reminders(now=at(session, 24)) == 1
    assert seats_version() == version


def test_session_pages_are_never_cached(client, series, make_session):
    """A session page (without a form, so otherwise cacheable) lists the other sessions
    with their seats; it is rendered fresh on every request, whatever the version says."""
    closed = make_session(city="Dicht", registration_closed=True)
    other = make_session(city="Zwolle", capacity=1)
    first = client.get(closed.url)
    assert "no-cache" in first["Cache-Control"]
    assert 'Zwolle</a> <span class="mc-muted">' in first.content.decode()
    assert "Open" in first.content.decode()
    # Without running the commit callbacks: no version bump at all.
    confirmed(other, "a@gemeente.example")
    second = client.get(closed.url)
    assert second.get("X-Cache") != "HIT"
    assert "Vol: wachtlijst" in second.content.decode()


def test_confirm_and_cancel_pages_show_the_new_state_at_once(client, session):
    registration = register(session)
    path = confirm_path(registration)
    assert "Bevestig mijn aanmelding" in client.get(path).content.decode()
    client.post(path)
    after = client.get(path)
    assert after.get("X-Cache") != "HIT"
    assert "U bent aangemeld" in after.content.decode()
    cancel = cancel_path(registration)
    assert "Ja, meld mij af" in client.get(cancel).content.decode()
    client.post(cancel)
    assert "Ja, meld mij af" not in client.get(cancel).content.decode()


def test_a_registration_leaves_the_rest_of_the_site_cached(
    client, series, make_session, django_capture_on_commit_callbacks
):
    """A registration rush must not empty the page cache of the whole site: only pages under
    the masterclass index (listing, series) are keyed by the seats version."""
    session = make_session(capacity=3)
    client.get("/")  # the first request of a site creates its settings (a content change)
    listing = series.get_parent().url
    for url in ("/", listing, series.url):
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url
    with django_capture_on_commit_callbacks(execute=True):
        register(session, "a@gemeente.example")
    assert client.get("/")["X-Cache"] == "HIT"
    assert client.get(listing)["X-Cache"] == "MISS"
    assert client.get(series.url)["X-Cache"] == "MISS"
