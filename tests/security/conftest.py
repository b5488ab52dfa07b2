"""Fixtures for the security regression tests: two people with verified accounts, and the
masterclass and guide fixtures of the app tests (re-used, not repeated)."""

import pytest
from allauth.account.models import EmailAddress

from tests.academie.masterclasses.fixtures import (  # noqa: F401  (fixtures)
    make_series,
    make_session,
    mc_index,
    series,
    session,
)
from tests.handreikingen.conftest import guide  # noqa: F401  (a fixture)

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
