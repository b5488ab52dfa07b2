"""The figures of the tests: the example figures of six municipalities (2023–2025) and the
figures page (/cijfers/) below the home page."""

import pytest

from inzicht.demo.generate import generate
from inzicht.demo.municipalities import MUNICIPALITIES
from inzicht.models import Area, AreaKind, FiguresPage, Observation, Source

YEAR = 2025


@pytest.fixture
def figures(db):
    generate(MUNICIPALITIES[:6], [2023, 2024, YEAR])
    return Area.objects.municipalities()


@pytest.fixture
def figures_page(home):
    page = FiguresPage(title="Cijfers", slug="cijfers", intro="Cijfers over discriminatie.")
    home.add_child(instance=page)
    return page


def ground_rows(area, source_slug="adv", year=YEAR):
    return Observation.objects.filter(
        area=area,
        year=year,
        source=Source.objects.get(slug=source_slug),
        ground__isnull=False,
        domain=None,
        nature=None,
    ).select_related("ground")


@pytest.fixture
def suppressed_ground(figures):
    """Utrecht with two grounds in 2025 (adv): one of 3 reports (suppressed), one of 40."""
    utrecht = Area.objects.get(kind=AreaKind.MUNICIPALITY, slug="utrecht")
    rows = list(ground_rows(utrecht).order_by("ground__name"))
    small, large = rows[0], rows[1]
    ground_rows(utrecht).exclude(pk__in=[small.pk, large.pk]).delete()
    small.count = 3
    small.save(update_fields=["count"])
    large.count = 40
    large.save(update_fields=["count"])
    return utrecht, small
