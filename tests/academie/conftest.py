"""Fixtures shared by the course and the masterclass tests: participants, an
Academiebeheerder, and a broker that is down."""

import pytest
from django.contrib.auth.models import Group
from kombu import pools as kombu_pools

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


@pytest.fixture
def broker_down(monkeypatch):
    """Point Celery at a port where nothing listens, with a fresh connection pool (as in
    tests/hub/test_outbox.py). Celery reads CELERY_BROKER_URL from the environment before
    its config, so set both."""
    from hub import celery_app

    original = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_url")}

    def reset_pool():
        kombu_pools.reset()
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    reset_pool()
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")
    celery_app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    yield
    reset_pool()
    celery_app.conf.update(original)
