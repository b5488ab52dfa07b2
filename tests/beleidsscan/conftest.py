"""The beleidsscan of the tests: a small questionnaire (two questions for each of the six
policy steps), two municipalities with inhabitants, and helpers to start and open a scan."""

import pytest
from django.urls import reverse

from beleidsscan.models import Questionnaire, Scan, ScanQuestion
from beleidsscan.services import access
from hub.models import PolicyStep
from inzicht.models import Area, AreaKind, Population


def question(step, key, weight=2, domain=None):
    return ScanQuestion(
        key=key,
        step=step,
        text=f"Vraag {key}?",
        why=f"Waarom {key}.",
        weight=weight,
        partly_points=50,
        in_place=f"Er is {key}.",
        action=f"Regel {key}.",
        advice_no=f"Advies nee {key}.",
        advice_partly=f"Advies deels {key}.",
        advice_unknown=f"Advies onbekend {key}.",
        domain=domain,
    )


@pytest.fixture
def questionnaire(db):
    Questionnaire.objects.all().update(is_active=False)
    item = Questionnaire(title="Beleidsscan test", intro="Test.", is_active=True)
    steps = list(PolicyStep.objects.order_by("number"))
    assert len(steps) == 6
    item.questions = [
        question(step, f"s{step.number}-{index}", weight=index)
        for step in steps
        for index in (1, 2)
    ]
    item.save()
    return item


@pytest.fixture
def version(questionnaire):
    return questionnaire.latest_version()


def make_municipality(name, slug, inhabitants):
    area = Area.objects.create(kind=AreaKind.MUNICIPALITY, name=name, slug=slug)
    Population.objects.create(area=area, year=2025, inhabitants=inhabitants)
    return area


@pytest.fixture
def municipality(db):
    return make_municipality("Testdam", "testdam", 45_000)


@pytest.fixture
def other_municipality(db):
    return make_municipality("Proefwijk", "proefwijk", 120_000)


def all_answers(version_obj, answer="ja"):
    from beleidsscan.services.questionnaire import Version

    return {q.key: answer for q in Version.of(version_obj).questions}


@pytest.fixture
def scan(version, municipality):
    return Scan.objects.create(version=version, municipality=municipality, role="beleidsmedewerker")


def open_link(client, scan_obj, kind=access.OWNER):
    """Give `client` access to `scan_obj` through a new private link; returns the code."""
    _access, code = access.new_link(scan_obj, kind)
    response = client.get(reverse("beleidsscan:enter", args=[code]))
    assert response.status_code == 302, response
    return code


@pytest.fixture
def owner_client(client, scan):
    open_link(client, scan)
    return client
