"""Fixtures of the import tests: a dataset, a few municipalities and the two kinds of
editor. A module of its own rather than tests/inzicht/conftest.py, so the import tests bring
their fixtures with them (`from tests.inzicht.import_fixtures import ...`) without changing
what the other tests of the folder see."""

import pytest
from django.contrib.auth.models import Group

from inzicht.models import Area, AreaKind, Dataset

__all__ = ["dataset", "eindredacteur", "municipalities", "redacteur"]


@pytest.fixture
def dataset(db):
    return Dataset.objects.create(
        title="Meldingen 2025",
        slug="meldingen-2025",
        organisation="Art.1",
        year=2025,
        methodology="Geteld per gemeente.",
    )


@pytest.fixture
def municipalities(db):
    return [
        Area.objects.create(kind=AreaKind.MUNICIPALITY, name=name, slug=slug, code=code)
        for name, slug, code in [
            ("Utrecht", "utrecht", "GM0344"),
            ("Amersfoort", "amersfoort", "GM0307"),
            ("Zeist", "zeist", "GM0355"),
        ]
    ]


def _editor(django_user_model, username, group):
    user = django_user_model.objects.create_user(
        username, f"{username}@kennishub.example", "pw-1234567890"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def eindredacteur(django_user_model):
    return _editor(django_user_model, "eind", "Eindredacteur")


@pytest.fixture
def redacteur(django_user_model):
    return _editor(django_user_model, "red", "Redacteur")
