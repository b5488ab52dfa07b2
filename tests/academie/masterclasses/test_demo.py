"""The masterclass demo: the 2019 series with five regional sessions and its timed programme
(all past), and an upcoming series in five regions (and online), some nearly full, one full
with a waitlist. Loading it twice changes nothing."""

import pytest

from academie.models import (
    MasterclassIndexPage,
    MasterclassPage,
    MasterclassRegistration,
    MasterclassSession,
    RegistrationStatus,
    SessionStatus,
    attach_counts,
)
from hub.demo.accounts import DEMO_PASSWORD
from tests.demo_content import load_demo, object_counts

pytestmark = pytest.mark.django_db


def test_the_2019_series_has_five_regional_sessions_and_the_programme(demo, client):
    index = MasterclassIndexPage.objects.get()
    assert index.url == "/masterclasses/"
    series = MasterclassPage.objects.get(slug="effectief-antidiscriminatiebeleid-2019")
    assert series.is_example
    sessions = list(series.sessions.order_by("date"))
    assert [s.city for s in sessions] == ["Deventer", "Franeker", "Weert", "Goes", "Bodegraven"]
    assert all(s.status() == SessionStatus.PAST for s in sessions)
    assert {s.date.year for s in sessions} == {2019}
    assert sessions[0].street_address == "Roggestraat 3"
    programme = [(f"{b.value['start']:%H.%M}", b.value["title"]) for b in series.programme]
    assert [time for time, _title in programme] == [
        "12.30",
        "13.00",
        "13.20",
        "13.50",
        "14.20",
        "15.00",
        "15.15",
        "15.45",
        "16.15",
        "16.40",
        "17.00",
    ]
    assert programme[2][1] == "Stap 1: Verken wat er lokaal speelt"
    assert programme[-1][1] == "Netwerkborrel"
    html = client.get(series.url).content.decode()
    assert "Deze masterclass is geweest" in html and "Voorbeeldinhoud" in html


def test_the_upcoming_series_has_open_nearly_full_and_full_sessions(demo, client):
    series = MasterclassPage.objects.get(slug="effectief-antidiscriminatiebeleid-2027")
    sessions = attach_counts(series.sessions.order_by("date"))
    assert len({s.region for s in sessions if not s.is_online}) == 5
    assert any(s.is_online for s in sessions)
    availability = {s.city: s.availability()[0] for s in sessions}
    assert availability["Utrecht"] == "vol"
    assert list(availability.values()).count("bijna-vol") >= 2
    assert "open" in availability.values()
    utrecht = next(s for s in sessions if s.city == "Utrecht")
    assert utrecht.registrations.filter(status=RegistrationStatus.WAITLISTED).count() == 4
    demo_addresses = MasterclassRegistration.objects.filter(session__page=series).exclude(
        email="deelnemer@kennishub.example"
    )
    assert all(
        email.endswith("@example.org") for email in demo_addresses.values_list("email", flat=True)
    )
    assert series.workshop_rounds()

    html = client.get("/masterclasses/").content.decode()
    assert "6 bijeenkomsten" in html and "Eerder gehouden" in html
    for session in sessions:
        assert client.get(session.url).status_code == 200


def test_the_demo_trainee_sees_the_registration_in_mijn_academie(demo, client):
    response = client.post(
        "/accounts/login/", {"login": "deelnemer@kennishub.example", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    html = client.get("/academie/mijn/").content.decode()
    assert "Mijn masterclasses" in html and "Effectief antidiscriminatiebeleid 2027: Zwolle" in html


def test_loading_the_demo_twice_changes_nothing(demo):
    models = (MasterclassPage, MasterclassSession, MasterclassRegistration)
    before = object_counts(models)
    out = load_demo()
    assert "niets veranderd" in out
    after = object_counts(models)
    assert after == before
