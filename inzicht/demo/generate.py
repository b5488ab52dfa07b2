"""Example figures (voorbeeldcijfers): areas, populations and two datasets (the
antidiscriminatievoorzieningen and the police) with a plausible but made-up count for every
year, municipality, ground, domain and nature. Used by the demo and by `make bench` (which
generates all 342 municipalities with invented names).

Deterministic: the same seed gives the same figures.
"""

import random

from django.db import transaction
from django.utils.text import slugify

from hub.models import DiscriminationGround, Domain, Province
from inzicht.demo.municipalities import BASE_RATE, GROWTH, NATIONAL_INHABITANTS, SHARES
from inzicht.models import (
    Area,
    AreaKind,
    AreaMembership,
    Dataset,
    Licence,
    Nature,
    Observation,
    Population,
    Source,
)

EXAMPLE_METHODOLOGY = {
    "adv": (
        "Voorbeeldcijfers, verzonnen voor deze demo. Zo tellen de echte cijfers: elke melding "
        "of klacht bij een antidiscriminatievoorziening telt één keer, in de gemeente waar het "
        "gebeurde. Eén melding kan over meer dan één grond gaan."
    ),
    "politie": (
        "Voorbeeldcijfers, verzonnen voor deze demo. Zo tellen de echte cijfers: "
        "discriminatie-incidenten die de politie registreerde, ook zonder aangifte, in de "
        "gemeente waar het gebeurde."
    ),
}
BATCH = 5000


def _slug_map(model):
    return {term.slug: term.pk for term in model.objects.all()}


@transaction.atomic
def generate(municipalities, years, *, seed=2026, example=True):
    """Create (or replace) the areas, populations and the two example datasets.

    `municipalities` is a list of (name, code, province slug, police unit, inhabitants).
    Returns the number of observations created.
    """
    rng = random.Random(seed)
    provinces = {p.slug: p for p in Province.objects.all()}
    national, _created = Area.objects.get_or_create(
        kind=AreaKind.NATIONAL, slug="nederland", defaults={"name": "Nederland"}
    )
    police_units = {}
    adv_areas = {}
    areas = []
    for name, code, province_slug, police_unit, inhabitants in municipalities:
        area, _created = Area.objects.update_or_create(
            kind=AreaKind.MUNICIPALITY,
            slug=slugify(name),
            defaults={"name": name, "code": code, "province": provinces.get(province_slug)},
        )
        if police_unit not in police_units:
            police_units[police_unit], _created = Area.objects.get_or_create(
                kind=AreaKind.POLICE_UNIT,
                slug=slugify(police_unit),
                defaults={"name": police_unit},
            )
        AreaMembership.objects.get_or_create(area=area, parent=police_units[police_unit])
        if area.province is not None:
            # One example ADV working area per province (made up, like the figures).
            if area.province_id not in adv_areas:
                adv_areas[area.province_id], _created = Area.objects.get_or_create(
                    kind=AreaKind.ADV_AREA,
                    slug=f"adv-{area.province.slug}",
                    defaults={"name": f"{area.province.name} (voorbeeld)"},
                )
            AreaMembership.objects.get_or_create(area=area, parent=adv_areas[area.province_id])
        areas.append((area, inhabitants))

    last = max(years)
    population_rows = []
    area_ids = [area.pk for area, _inh in areas] + [national.pk]
    Population.objects.filter(area_id__in=area_ids, year__in=years).delete()
    for area, inhabitants in [*areas, (national, NATIONAL_INHABITANTS)]:
        for year in years:
            # about 0.5% growth a year, counted back from the last year
            population_rows.append(
                Population(
                    area=area, year=year, inhabitants=round(inhabitants / 1.005 ** (last - year))
                )
            )
    Population.objects.bulk_create(population_rows, batch_size=BATCH)

    terms = {
        "ground": _slug_map(DiscriminationGround),
        "domain": _slug_map(Domain),
        "nature": _slug_map(Nature),
    }
    created = 0
    for source_slug in ("adv", "politie"):
        source = Source.objects.get(slug=source_slug)
        dataset, _created = Dataset.objects.update_or_create(
            slug=f"voorbeeld-{source_slug}",
            defaults={
                "title": f"Voorbeeldcijfers {source.name.lower()} {min(years)}–{last}",
                "organisation": "Kennishub (voorbeeld)",
                "year": last + 1 if last + 1 <= 2026 else last,
                "methodology": EXAMPLE_METHODOLOGY[source_slug],
                "licence": Licence.CC0,
                "is_example": example,
            },
        )
        dataset.observations.all().delete()
        rows = []
        # Each municipality has its own level (cities report more) and its own mix.
        for area, inhabitants in [*areas, (national, NATIONAL_INHABITANTS)]:
            is_national = area.pk == national.pk
            level = (
                1.0
                if is_national
                else rng.uniform(0.55, 1.6) * (1.25 if inhabitants > 150_000 else 1.0)
            )
            tilt = {slug: rng.uniform(0.6, 1.5) for slug in SHARES[source_slug]["ground"]}
            for year in years:
                growth = (1 + GROWTH[source_slug]) ** (year - min(years))
                noise = 1.0 if is_national else rng.uniform(0.8, 1.2)
                population = inhabitants / 1.005 ** (last - year)
                total = round(BASE_RATE[source_slug] * population / 10_000 * level * growth * noise)
                rows.append(_observation(dataset, year, area, source, None, None, None, total))
                for dimension, shares in SHARES[source_slug].items():
                    for slug, share in shares.items():
                        if slug not in terms[dimension]:
                            continue
                        weight = share * (tilt.get(slug, 1.0) if dimension == "ground" else 1.0)
                        if is_national:
                            count = round(total * share)
                        else:
                            count = round(total * weight * rng.uniform(0.7, 1.3))
                        rows.append(
                            _observation(
                                dataset,
                                year,
                                area,
                                source,
                                terms[dimension][slug] if dimension == "ground" else None,
                                terms[dimension][slug] if dimension == "domain" else None,
                                terms[dimension][slug] if dimension == "nature" else None,
                                count,
                            )
                        )
        Observation.objects.bulk_create(rows, batch_size=BATCH)
        dataset.version += 1
        dataset.save(update_fields=["version", "updated_at"])
        created += len(rows)
    return created


def _observation(dataset, year, area, source, ground_id, domain_id, nature_id, count):
    return Observation(
        dataset=dataset,
        year=year,
        area=area,
        source=source,
        ground_id=ground_id,
        domain_id=domain_id,
        nature_id=nature_id,
        count=count,
    )


def invented_municipalities(number, seed=342):
    """`number` invented municipalities spread over the provinces and sizes (for the bench)."""
    rng = random.Random(seed)
    province_slugs = [p.slug for p in Province.objects.all()]
    units = [
        "Noord-Nederland",
        "Oost-Nederland",
        "Midden-Nederland",
        "Noord-Holland",
        "Amsterdam",
        "Den Haag",
        "Rotterdam",
        "Zeeland-West-Brabant",
        "Oost-Brabant",
        "Limburg",
    ]
    result = []
    for index in range(number):
        inhabitants = int(
            rng.choice(
                [
                    rng.uniform(5_000, 20_000),
                    rng.uniform(20_000, 50_000),
                    rng.uniform(50_000, 100_000),
                    rng.uniform(100_000, 400_000),
                ]
            )
        )
        result.append(
            (
                f"Testgemeente {index + 1:03d}",
                f"GM9{index:03d}",
                province_slugs[index % len(province_slugs)],
                units[index % len(units)],
                inhabitants,
            )
        )
    return result
