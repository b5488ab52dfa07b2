import random

import pytest

from hub.models import DiscriminationGround, Domain, EvidenceLevel, PolicyStep
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory


@pytest.fixture
def index(home):
    return InterventionIndexPageFactory(parent=home)


@pytest.fixture
def make_intervention(index):
    def make(**kwargs):
        kwargs.setdefault("parent", index)
        return InterventionPageFactory(**kwargs)

    return make


@pytest.fixture
def catalogue(index):
    """Twenty interventions with a seeded random spread of grounds, domains, steps, levels."""
    rng = random.Random(7)
    grounds = list(DiscriminationGround.objects.all()[:5])
    domains = list(Domain.objects.all()[:4])
    steps = list(PolicyStep.objects.all())
    levels = list(EvidenceLevel.objects.all())
    pages = []
    for n in range(20):
        pages.append(
            InterventionPageFactory(
                parent=index,
                title=f"Aanpak {n}",
                evidence_level=rng.choice(levels),
                cost_category=rng.choice(["laag", "midden", "hoog", "onbekend"]),
                backfire_risk=(n % 7 == 0),
                backfire_explanation="<p>Kan weerstand oproepen.</p>" if n % 7 == 0 else "",
                taxonomy={
                    "grounds": rng.sample(grounds, rng.randint(0, 2)),
                    "domains": rng.sample(domains, rng.randint(1, 2)),
                    "policy_steps": rng.sample(steps, rng.randint(0, 2)),
                },
            )
        )
    return pages
