"""Fixtures for the security regression tests: two people with verified accounts."""

import pytest
from allauth.account.models import EmailAddress

PASSWORD = "Een-lang-wachtwoord-2026"


def make_account(django_user_model, username, email):
    user = django_user_model.objects.create_user(username, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def victim(db, django_user_model):
    return make_account(django_user_model, "slachtoffer", "wethouder@gemeente.example")


@pytest.fixture
def attacker(db, django_user_model):
    return make_account(django_user_model, "aanvaller", "aanvaller@example.org")


# The masterclass fixtures (mc_index, series, make_session, session) and broker_down.
from tests.academie.conftest import broker_down  # noqa: E402, F401
from tests.academie.masterclasses.fixtures import (  # noqa: E402, F401
    make_series,
    make_session,
    mc_index,
    series,
    session,
)
from tests.handreikingen.conftest import guide  # noqa: E402, F401
