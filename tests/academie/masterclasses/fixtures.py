"""Fixtures and helpers for the masterclass tests (the fixtures through
tests/academie/masterclasses/conftest.py; tests/security imports them too)."""

import time as clock
from datetime import datetime, time, timedelta

import factory
import pytest
import wagtail_factories
from django.utils import timezone

from academie.forms import spam
from academie.models import (
    MasterclassIndexPage,
    MasterclassPage,
    MasterclassSession,
    ParticipantRole,
    Region,
    SessionFormat,
)
from academie.models.masterclasses.sessions import AMSTERDAM
from academie.services import registration as service
from hub.models import Audience


class MasterclassIndexPageFactory(wagtail_factories.PageFactory):
    title = "Masterclasses"
    slug = "masterclasses"

    class Meta:
        model = MasterclassIndexPage


def programme_item(start, end, title, kind="onderdeel", speaker=""):
    return (
        "item",
        {"start": start, "end": end, "title": title, "kind": kind, "speaker": speaker},
    )


def default_programme():
    return [
        programme_item(time(12, 30), time(13, 0), "Lunch", kind="pauze"),
        programme_item(time(13, 0), time(13, 20), "Opening", speaker="Noor Bakker"),
        programme_item(time(13, 20), time(13, 50), "Stap 1: Verken wat er lokaal speelt"),
        programme_item(time(17, 0), time(17, 30), "Borrel", kind="pauze"),
    ]


def workshop_round():
    return (
        "workshops",
        {
            "start": time(15, 45),
            "end": time(16, 15),
            "title": "Workshopronde",
            "workshops": [
                {"title": "Actieplan schrijven", "speaker": "Lotte", "description": ""},
                {"title": "Afspraken met de ADV", "speaker": "Karim", "description": ""},
            ],
        },
    )


class MasterclassPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Effectief antidiscriminatiebeleid {n}")
    intro = "Een middag over beleid dat werkt."
    programme = factory.LazyFunction(default_programme)

    class Meta:
        model = MasterclassPage


@pytest.fixture
def mc_index(home):
    return MasterclassIndexPageFactory(parent=home)


@pytest.fixture
def make_series(mc_index):
    def make(audiences=("gemeenteambtenaar",), workshops=False, **fields):
        if workshops:
            fields.setdefault("programme", [*default_programme(), workshop_round()])
        page = MasterclassPageFactory(parent=mc_index, **fields)
        page.audiences.set(Audience.objects.filter(slug__in=audiences))
        page.save_revision().publish()
        return MasterclassPage.objects.get(pk=page.pk)  # with the block ids from the database

    return make


@pytest.fixture
def series(make_series):
    return make_series(title="Effectief antidiscriminatiebeleid")


@pytest.fixture
def make_session(series):
    def make(
        page=None,
        capacity=10,
        days=30,
        city="Goes",
        region=Region.SOUTH_WEST,
        session_format=SessionFormat.ON_SITE,
        **fields,
    ):
        return MasterclassSession.objects.create(
            page=page or series,
            capacity=capacity,
            date=timezone.localdate() + timedelta(days=days),
            start_time=time(12, 30),
            end_time=time(17, 30),
            city=city,
            region=region,
            session_format=session_format,
            venue_name="Raadszaal van het stadskantoor",
            street_address="M.A. de Ruijterlaan 2",
            postcode="4461 HT",
            **fields,
        )

    return make


@pytest.fixture
def session(make_session):
    return make_session()


def register(session, email="fatima@gemeente.example", name="Fatima Bakker", **fields):
    """Register through the service (as the view does); returns the registration."""
    fields.setdefault("organisation", "Gemeente Goes")
    fields.setdefault("municipality", "Goes")
    fields.setdefault("role", ParticipantRole.CIVIL_SERVANT)
    registration, _created = service.register(session, name=name, email=email, **fields)
    return registration


def confirmed(session, email, name="Deelnemer", **fields):
    registration = register(session, email=email, name=name, **fields)
    registration, _changed = service.confirm(registration)
    return registration


def form_data(session=None, client=None, **overrides):
    """What a person posts after filling the form for a while (the signed start time is
    ten seconds ago, bound to the CSRF cookie of `client` if it has one; the trap field is
    empty)."""
    cookie = client.cookies.get("csrftoken") if client is not None else None
    bound_to = spam.bind(cookie.value if cookie else "")
    data = {
        "name": "Fatima Bakker",
        "email": "fatima@gemeente.example",
        "organisation": "Gemeente Goes",
        "municipality": "Goes",
        "role": ParticipantRole.CIVIL_SERVANT.value,
        "needs": "Vegetarisch",
        "privacy": "on",
        "website": "",
        "started": spam.started_token(clock.time() - 10, bound_to=bound_to),
    }
    if session is not None:
        for workshop_round in session.page.workshop_rounds():
            data[f"workshop_{workshop_round.id}"] = workshop_round.workshops[0].id
    data.update(overrides)
    return data


def at(session, hours_before):
    """A moment `hours_before` the session starts."""
    return session.starts_at - timedelta(hours=hours_before)


def local(year, month, day, hour=12, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)
