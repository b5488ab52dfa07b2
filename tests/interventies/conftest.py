import io
import random
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
)
from tests import engines
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory


def generate_interventions(count):
    """`manage.py generate_interventions`, then the search index as its help says: with a
    search engine as the default backend, listings answer from the engine's documents."""
    call_command("generate_interventions", count, stdout=io.StringIO())
    if engines.default_is_engine():
        engines.rebuild_engine_indexes()


@pytest.fixture
def index(home):
    return InterventionIndexPageFactory(parent=home)


@pytest.fixture
def make_intervention(index):
    def make(**kwargs):
        kwargs.setdefault("parent", index)
        return InterventionPageFactory(**kwargs)

    return make


CATALOGUE_WORD = "spiegelgesprek"  # in the summary of some catalogue interventions only
CATALOGUE_TAGS = ["buurtaanpak", "online", "onderwijs en jeugd", "werkgevers"]


@pytest.fixture
def catalogue(index):
    """Twenty interventions with a seeded random spread of every facet of the listing: grounds,
    domains, steps, levels, costs, mechanisms, roles, audiences, tags, municipality sizes,
    backfire risk and rating dates (valid, expiring soon, expired, unknown, by the level's
    term). About half mention CATALOGUE_WORD in their summary (for text search combined with
    facets)."""
    rng = random.Random(7)
    extra = random.Random(11)  # a second stream, so the first one draws what it always drew
    third = random.Random(13)  # sizes and rating dates, leaving the first two streams as they were
    today = timezone.localdate()
    sizes = list(MunicipalitySize.objects.all())
    rating_dates = [
        {},
        {"evidence_valid_until": today - timedelta(days=30)},
        {"evidence_valid_until": today + timedelta(days=30)},
        {"evidence_valid_until": today + timedelta(days=400)},
        {"evidence_assessed_on": today - timedelta(days=4 * 365)},  # the level's term decides
    ]
    grounds = list(DiscriminationGround.objects.all()[:5])
    domains = list(Domain.objects.all()[:4])
    steps = list(PolicyStep.objects.all())
    levels = list(EvidenceLevel.objects.all())
    mechanisms = list(Mechanism.objects.all())
    roles = list(MunicipalRole.objects.all())
    audiences = list(Audience.objects.all()[:5])
    pages = []
    for n in range(20):
        level = rng.choice(levels)
        cost = rng.choice(["laag", "midden", "hoog", "onbekend"])
        taxonomy = {
            "grounds": rng.sample(grounds, rng.randint(0, 2)),
            "domains": rng.sample(domains, rng.randint(1, 2)),
            "policy_steps": rng.sample(steps, rng.randint(0, 2)),
        }
        taxonomy.update(
            {
                "mechanisms": extra.sample(mechanisms, extra.randint(1, 2)),
                "municipal_roles": extra.sample(roles, extra.randint(1, 2)),
                "audiences": extra.sample(audiences, extra.randint(0, 3)),
                "tags": extra.sample(CATALOGUE_TAGS, extra.randint(0, 2)),
                "suitable_sizes": third.sample(sizes, third.randint(0, 3)),
            }
        )
        mentions_word = extra.random() < 0.6
        pages.append(
            InterventionPageFactory(
                parent=index,
                title=f"Aanpak {n}",
                summary=(
                    f"Een {CATALOGUE_WORD} met de deelnemers."
                    if mentions_word
                    else "Een gesprek met de deelnemers."
                ),
                evidence_level=level,
                cost_category=cost,
                backfire_risk=(n % 7 == 0),
                backfire_explanation="<p>Kan weerstand oproepen.</p>" if n % 7 == 0 else "",
                taxonomy=taxonomy,
                **third.choice(rating_dates),
            )
        )
    return pages
