"""Organisers in the Wagtail admin: sessions, participants, waitlist and no-shows, the
check-in list, CSV/XLSX export, email to all participants, more seats, the thank-you email;
and server-side permission checks on every screen."""

import csv
import io
import re
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook

from academie.models import (
    MasterclassRegistration,
    MasterclassSession,
    ParticipantMessage,
    RegistrationStatus,
)
from academie.services import registration as service
from hub.models import OutboundEmail
from tests.academie.factories import make_user
from tests.academie.masterclasses.fixtures import confirmed, register

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


@pytest.fixture
def editor(db):
    user = make_user("redacteur@kennishub.example")
    user.groups.add(Group.objects.get(name="Redacteur"))
    return user


@pytest.fixture
def full_session(make_session):
    session = make_session(capacity=2, city="Deventer")
    confirmed(session, "anna@gemeente.example", name="Anna de Boer", needs="Rolstoel")
    confirmed(session, "bram@gemeente.example", name="=Bram Visser")
    confirmed(session, "chaima@gemeente.example", name="Chaima Yilmaz")  # waitlist 1
    confirmed(session, "daan@gemeente.example", name="Daan Smit")  # waitlist 2
    register(session, email="eva@gemeente.example", name="Eva Meijer")  # unconfirmed
    return session


def url(session, name, *args):
    from django.urls import reverse

    return reverse(f"academie_sessions:{name}", args=[session.pk, *args])


def move_to_past(session, days=1):
    MasterclassSession.objects.filter(pk=session.pk).update(
        date=timezone.localdate() - timedelta(days=days)
    )
    session.refresh_from_db()
    return session


# --------------------------------------------------------------------------- permissions


def assert_refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def test_anonymous_users_are_sent_to_the_login(client, full_session):
    for name, args in [("participants", ()), ("checkin", ()), ("export", ("csv",))]:
        response = client.get(url(full_session, name, *args))
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_editors_without_permission_are_refused_everywhere(client, editor, full_session):
    client.force_login(editor)
    registration = full_session.registrations.first()
    for name, args in [
        ("participants", ()),
        ("checkin", ()),
        ("export", ("csv",)),
        ("export", ("xlsx",)),
        ("email", ()),
        ("capacity", ()),
        ("thank_you", ()),
    ]:
        assert_refused(client.get(url(full_session, name, *args)))
    for name, args in [
        ("checkin_mark", (registration.pk,)),
        ("cancel", (registration.pk,)),
        ("capacity", ()),
        ("email", ()),
        ("thank_you", ()),
    ]:
        assert_refused(
            client.post(url(full_session, name, *args), {"present": "1", "capacity": "9"})
        )
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED and registration.attended is None


# --------------------------------------------------------------------------- screens


def test_manager_sees_sessions_participants_waitlist_and_unconfirmed(client, manager, full_session):
    client.force_login(manager)
    listing = client.get("/admin/academie_sessions/")
    assert listing.status_code == 200
    assert "Deventer" in listing.content.decode()
    assert url(full_session, "participants") in listing.content.decode()

    html = client.get(url(full_session, "participants")).content.decode()
    confirmed_part, rest = html.split("Wachtlijst (2)")
    assert "Aangemeld (2)" in confirmed_part
    assert "Anna de Boer" in confirmed_part and "Rolstoel" in confirmed_part
    waitlist, unconfirmed = rest.split("Wacht op bevestiging van het e-mailadres")
    assert waitlist.index("Chaima Yilmaz") < waitlist.index("Daan Smit")
    assert "Eva Meijer" in unconfirmed
    assert "Niet gekomen" not in html  # only after the session


def test_no_shows_after_the_session(client, manager, full_session):
    anna = full_session.registrations.get(name="Anna de Boer")
    move_to_past(full_session)
    MasterclassRegistration.objects.filter(pk=anna.pk).update(attended=True)
    client.force_login(manager)
    html = client.get(url(full_session, "participants")).content.decode()
    no_shows = html.split("Niet gekomen (no-shows) (1)")[1].split("Wachtlijst")[0]
    assert "=Bram Visser" in no_shows and "Anna de Boer" not in no_shows
    assert url(full_session, "thank_you") in html


def test_check_in_marks_present_with_a_post(client, manager, make_session):
    session = make_session(days=1)
    anna = confirmed(session, "anna@gemeente.example", name="Anna de Boer")
    move_to_past(session, days=0)  # the day itself
    client.force_login(manager)
    page = client.get(url(session, "checkin"))
    html = page.content.decode()
    assert "0 van 1 aanwezig" in html and "mc-checkin__button" in html
    response = client.post(url(session, "checkin_mark", anna.pk), {"present": "1", "q": "Anna"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"?q=Anna#deelnemer-{anna.pk}")
    anna.refresh_from_db()
    assert anna.attended is True and anna.checked_in_at
    assert "1 van 1 aanwezig" in client.get(url(session, "checkin")).content.decode()
    client.post(url(session, "checkin_mark", anna.pk), {"present": "0"})
    anna.refresh_from_db()
    assert anna.attended is False
    # Searching by name.
    assert "Anna de Boer" not in client.get(url(session, "checkin") + "?q=zzz").content.decode()


def test_check_in_needs_a_csrf_token(manager, make_session):
    session = make_session(days=1)
    anna = confirmed(session, "anna@gemeente.example")
    move_to_past(session, days=0)
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)
    assert client.post(url(session, "checkin_mark", anna.pk), {"present": "1"}).status_code == 403
    anna.refresh_from_db()
    assert anna.attended is None


def test_check_in_before_the_day_is_refused(client, manager, full_session):
    anna = full_session.registrations.get(name="Anna de Boer")
    client.force_login(manager)
    assert (
        "Aanwezig melden kan vanaf de dag"
        in client.get(url(full_session, "checkin")).content.decode()
    )
    client.post(url(full_session, "checkin_mark", anna.pk), {"present": "1"})
    anna.refresh_from_db()
    assert anna.attended is None


def test_only_confirmed_participants_can_be_checked_in(client, manager, make_session):
    session = make_session(days=1)
    pending = register(session, email="eva@gemeente.example")
    move_to_past(session, days=0)
    client.force_login(manager)
    client.post(url(session, "checkin_mark", pending.pk), {"present": "1"})
    pending.refresh_from_db()
    assert pending.attended is None


def download(response):
    return response.content.decode("utf-8-sig")


def test_export_csv_and_xlsx(client, manager, full_session):
    client.force_login(manager)
    response = client.get(url(full_session, "export", "csv"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(download(response)), delimiter=";"))
    assert rows[0][:5] == ["Volgnummer", "Status", "Plaats op wachtlijst", "Naam", "E-mailadres"]
    assert len(rows) == 6
    anna = next(row for row in rows if row[3] == "Anna de Boer")
    assert anna[1] == "Aangemeld" and anna[8] == "Rolstoel"
    chaima = next(row for row in rows if row[3] == "Chaima Yilmaz")
    assert chaima[1] == "Op de wachtlijst" and chaima[2] == "1"
    assert any(row[3] == "'=Bram Visser" for row in rows)  # no formulas in spreadsheets

    response = client.get(url(full_session, "export", "xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][3] == "Naam"
    assert {row[3] for row in values[1:]} >= {"Anna de Boer", "Daan Smit"}
    assert client.get(url(full_session, "export", "pdf")).status_code == 404


def mail_token(client, session):
    """The hidden token of a freshly loaded "E-mail aan deelnemers" form."""
    html = client.get(url(session, "email")).content.decode()
    return re.search(r'name="token" value="([0-9a-f-]{36})"', html).group(1)


def test_email_all_participants_goes_through_the_outbox(client, manager, full_session):
    client.force_login(manager)
    assert client.get(url(full_session, "email")).status_code == 200
    response = client.post(
        url(full_session, "email"),
        {
            "audience": "aangemeld",
            "subject": "Routebeschrijving",
            "message": "Neem de trein.",
            "token": mail_token(client, full_session),
        },
    )
    assert response.status_code == 302
    sent = OutboundEmail.objects.filter(category="masterclass:bericht")
    assert sorted(sent.values_list("to", flat=True)) == [
        "anna@gemeente.example",
        "bram@gemeente.example",
    ]
    assert all("Neem de trein." in e.body_text and "afmelden" in e.body_text for e in sent)
    client.post(
        url(full_session, "email"),
        {
            "audience": "wachtlijst",
            "subject": "Wachtlijst",
            "message": "Nog even geduld.",
            "token": mail_token(client, full_session),
        },
    )
    assert OutboundEmail.objects.filter(subject="Wachtlijst").count() == 2
    bad = client.post(
        url(full_session, "email"),
        {"audience": "iedereen", "subject": "", "message": "", "token": str(uuid.uuid4())},
    )
    assert bad.status_code == 400


def test_a_double_click_on_send_emails_the_participants_once(client, manager, full_session):
    client.force_login(manager)
    data = {
        "audience": "allen",
        "subject": "Routebeschrijving",
        "message": "Neem de trein.",
        "token": mail_token(client, full_session),
    }
    first = client.post(url(full_session, "email"), data)
    second = client.post(url(full_session, "email"), data, follow=True)
    assert first.status_code == 302
    assert OutboundEmail.objects.filter(subject="Routebeschrijving").count() == 4
    assert "Deze e-mail was al verstuurd, naar 4 deelnemers" in second.content.decode()
    message = ParticipantMessage.objects.get()
    assert (message.session, message.recipients, message.sent_by) == (full_session, 4, manager)
    # A form without its token (an old tab, a forged post) sends nothing.
    stale = client.post(url(full_session, "email"), {**data, "token": ""})
    assert stale.status_code == 400
    assert "Dit formulier is verlopen" in stale.content.decode()
    assert OutboundEmail.objects.filter(subject="Routebeschrijving").count() == 4


def test_a_session_with_participants_cannot_be_deleted(client, superuser, full_session, series):
    client.force_login(superuser)
    delete_url = f"/admin/academie_sessions/delete/{full_session.pk}/"
    for response in (client.get(delete_url), client.post(delete_url)):
        assert response.status_code == 302
        assert response["Location"] == url(full_session, "participants")
    assert MasterclassSession.objects.filter(pk=full_session.pk).exists()
    page = client.get(url(full_session, "participants")).content.decode()
    assert "Deze bijeenkomst heeft nog 5 aanmeldingen" in page
    assert MasterclassRegistration.objects.filter(session=full_session).count() == 5

    # Nor the series it belongs to (that would delete its sessions).
    response = client.post(f"/admin/pages/{series.pk}/delete/", follow=True)
    assert "Deze bijeenkomst heeft nog 5 aanmeldingen" in response.content.decode()
    assert type(series).objects.filter(pk=series.pk).exists()

    # Once everyone is cancelled (with an email each), it can go.
    for registration in MasterclassRegistration.objects.filter(session=full_session):
        service.cancel(registration, by_organiser=True)
    assert client.post(delete_url).status_code == 302
    assert not MasterclassSession.objects.filter(pk=full_session.pk).exists()


def test_the_page_above_a_series_with_participants_cannot_be_deleted(
    client, superuser, full_session, series
):
    """Deleting a page deletes its subtree: the masterclass index above a series with
    participants is protected too, also through the explorer's bulk delete."""
    client.force_login(superuser)
    index = series.get_parent()
    response = client.post(f"/admin/pages/{index.pk}/delete/", follow=True)
    assert "Deze bijeenkomst heeft nog 5 aanmeldingen" in response.content.decode()

    for page in (series, index):
        bulk = client.post(
            f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}&next=/admin/pages/",
            follow=True,
        )
        assert "Deze bijeenkomst heeft nog 5 aanmeldingen" in bulk.content.decode()
    assert type(series).objects.filter(pk=series.pk).exists()
    assert type(index).objects.filter(pk=index.pk).exists()
    assert MasterclassRegistration.objects.filter(session=full_session).count() == 5

    # Once the session is over, the series can go with it.
    move_to_past(full_session)
    response = client.post(f"/admin/bulk/wagtailcore/page/delete/?id={series.pk}")
    assert response.status_code == 302
    assert not type(series).objects.filter(pk=series.pk).exists()


def test_a_past_session_can_be_deleted(client, superuser, full_session):
    client.force_login(superuser)
    move_to_past(full_session)
    response = client.post(f"/admin/academie_sessions/delete/{full_session.pk}/")
    assert response.status_code == 302
    assert not MasterclassSession.objects.filter(pk=full_session.pk).exists()


def test_raising_capacity_in_the_admin_moves_the_waitlist_up(client, manager, full_session):
    client.force_login(manager)
    assert client.get(url(full_session, "capacity")).status_code == 200
    too_low = client.post(url(full_session, "capacity"), {"capacity": "1"})
    assert too_low.status_code == 400
    assert "Er zijn al 2 plaatsen bezet" in too_low.content.decode()
    response = client.post(url(full_session, "capacity"), {"capacity": "3"})
    assert response.status_code == 302
    chaima = full_session.registrations.get(name="Chaima Yilmaz")
    daan = full_session.registrations.get(name="Daan Smit")
    assert chaima.status == Status.CONFIRMED and daan.status == Status.WAITLISTED
    assert OutboundEmail.objects.filter(
        to="chaima@gemeente.example", category="masterclass:van-wachtlijst"
    ).exists()


def test_organiser_cancels_a_registration_and_the_waitlist_moves_up(client, manager, full_session):
    anna = full_session.registrations.get(name="Anna de Boer")
    client.force_login(manager)
    response = client.post(url(full_session, "cancel", anna.pk))
    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.status == Status.CANCELLED and anna.cancelled_by_organiser
    assert full_session.registrations.get(name="Chaima Yilmaz").status == Status.CONFIRMED
    email = OutboundEmail.objects.get(to="anna@gemeente.example", category="masterclass:afgemeld")
    assert "De organisatie heeft uw aanmelding" in email.body_text


def test_thank_you_from_the_admin(client, manager, full_session):
    anna = full_session.registrations.get(name="Anna de Boer")
    move_to_past(full_session)
    MasterclassRegistration.objects.filter(pk=anna.pk).update(attended=True)
    client.force_login(manager)
    assert "1 deelnemer" in client.get(url(full_session, "thank_you")).content.decode()
    client.post(url(full_session, "thank_you"))
    client.post(url(full_session, "thank_you"))
    assert OutboundEmail.objects.filter(category="masterclass:bedankt").count() == 1


def test_capacity_is_set_on_create_and_changed_only_through_the_capacity_screen(
    client, manager, series
):
    client.force_login(manager)
    add = client.get("/admin/academie_sessions/new/")
    assert add.status_code == 200 and 'name="capacity"' in add.content.decode()
    day = timezone.localdate() + timedelta(days=40)
    response = client.post(
        "/admin/academie_sessions/new/",
        {
            "page": series.pk,
            "date": day.isoformat(),
            "start_time": "12:30",
            "end_time": "17:30",
            "region": "oost",
            "session_format": "op-locatie",
            "venue_name": "Stadhuis",
            "street_address": "Markt 1",
            "postcode": "7411 AA",
            "city": "Deventer",
            "capacity": "25",
            "slug": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    session = MasterclassSession.objects.get(city="Deventer")
    assert session.capacity == 25 and session.slug == f"deventer-{day.isoformat()}"
    edit = client.get(f"/admin/academie_sessions/edit/{session.pk}/").content.decode()
    assert 'name="capacity"' not in edit
    assert url(session, "participants") in edit


def test_the_admin_refuses_an_end_before_the_start(client, manager, series):
    client.force_login(manager)
    response = client.post(
        "/admin/academie_sessions/new/",
        {
            "page": series.pk,
            "date": (timezone.localdate() + timedelta(days=4)).isoformat(),
            "start_time": "17:30",
            "end_time": "12:30",
            "region": "oost",
            "session_format": "op-locatie",
            "street_address": "Markt 1",
            "city": "Deventer",
            "capacity": "25",
        },
    )
    assert response.status_code == 200
    assert "De eindtijd moet na de begintijd liggen." in response.content.decode()
    assert not MasterclassSession.objects.exists()


def test_registrations_overview_is_read_only(client, manager, full_session):
    client.force_login(manager)
    response = client.get("/admin/academie_registrations/")
    assert response.status_code == 200
    assert "Anna de Boer" in response.content.decode()
    registration = full_session.registrations.first()
    assert (
        client.get(f"/admin/academie_registrations/inspect/{registration.pk}/").status_code == 200
    )
    assert client.get(f"/admin/academie_registrations/edit/{registration.pk}/").status_code == 404


def test_the_manager_group_has_the_masterclass_permissions(manager):
    for permission in (
        "academie.add_masterclasssession",
        "academie.change_masterclasssession",
        "academie.view_masterclassregistration",
        "academie.change_masterclassregistration",
    ):
        assert manager.has_perm(permission), permission
    assert not manager.has_perm("academie.delete_masterclasssession")
