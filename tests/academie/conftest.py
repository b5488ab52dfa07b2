"""Fixtures shared by the course and the masterclass tests: participants, an
Academiebeheerder, and a broker that is down."""

import pytest
from django.contrib.auth.models import Group

from tests.academie.factories import make_user


@pytest.fixture
def user(db):
    return make_user()


@pytest.fixture
def other_user(db):
    return make_user("ander@gemeente.example")


@pytest.fixture
def manager(db):
    user = make_user("academiebeheerder@kennishub.example")
    user.groups.add(Group.objects.get(name="Academiebeheerder"))
    return user
