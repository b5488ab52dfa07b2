"""Reading observations in a few flat queries, whatever the number of years or areas.

`Cells` maps (year, source, ground, domain, nature) to the raw count of one area. When two
datasets give the same cell, the most recently published one wins (a later report corrects an
earlier one). Only code in inzicht/services reads raw counts; outputs get `Figure`s.
"""

from dataclasses import dataclass

from hub.models import DiscriminationGround, Domain, MunicipalitySize
from inzicht.models import Dataset, Nature, Observation, Source


@dataclass
class Vocabulary:
    sources: dict
    grounds: dict
    domains: dict
    natures: dict
    sizes: list

    @classmethod
    def load(cls):
        return cls(
            sources={source.pk: source for source in Source.objects.all()},
            grounds={ground.pk: ground for ground in DiscriminationGround.objects.all()},
            domains={domain.pk: domain for domain in Domain.objects.all()},
            natures={nature.pk: nature for nature in Nature.objects.all()},
            sizes=list(MunicipalitySize.objects.order_by("min_inhabitants")),
        )

    def size_for(self, inhabitants):
        if inhabitants is None:
            return None
        for size in self.sizes:
            above_min = inhabitants >= size.min_inhabitants
            below_max = size.max_inhabitants is None or inhabitants < size.max_inhabitants
            if above_min and below_max:
                return size
        return None


class Cells:
    """The raw counts of one area, with the datasets they came from."""

    def __init__(self, rows, datasets):
        self.datasets = datasets
        self.counts = {}
        self.dataset_of = {}
        ordered = sorted(rows, key=lambda row: (datasets[row[0]].year, row[0]))
        for dataset_id, year, source, ground, domain, nature, count in ordered:
            key = (year, source, ground, domain, nature)
            self.counts[key] = count
            self.dataset_of[key] = dataset_id

    @classmethod
    def for_area(cls, area_id):
        rows = list(
            Observation.objects.filter(area_id=area_id).values_list(
                "dataset_id", "year", "source_id", "ground_id", "domain_id", "nature_id", "count"
            )
        )
        dataset_ids = {row[0] for row in rows}
        datasets = Dataset.objects.in_bulk(dataset_ids) if dataset_ids else {}
        return cls(rows, datasets)

    def has(self, key):
        return key in self.counts

    def get(self, key):
        return self.counts.get(key)

    def source_ids(self):
        return {key[1] for key in self.counts}

    def years(self, source_id):
        return sorted({key[0] for key in self.counts if key[1] == source_id})

    def latest_total_year(self, source_id):
        years = [
            key[0]
            for key in self.counts
            if key[1] == source_id and key[2:] == (None, None, None) and self.counts[key]
        ]
        return max(years) if years else None

    def breakdown(self, year, source_id, dimension):
        """{term id: count} of one dimension ("ground", "domain", "nature") for a year."""
        position = {"ground": 2, "domain": 3, "nature": 4}[dimension]
        found = {}
        for key, count in self.counts.items():
            if key[0] != year or key[1] != source_id or key[position] is None:
                continue
            others = [key[i] for i in (2, 3, 4) if i != position]
            if others == [None, None]:
                found[key[position]] = count
        return found

    def datasets_for(self, source_id, years=None):
        ids = {
            dataset_id
            for key, dataset_id in self.dataset_of.items()
            if key[1] == source_id and (years is None or key[0] in years)
        }
        return sorted((self.datasets[i] for i in ids), key=lambda d: (-d.year, d.title))


def version_key(datasets):
    """Changes whenever one of these datasets is imported again."""
    return "-".join(f"{d.pk}.{d.version}" for d in sorted(datasets, key=lambda d: d.pk)) or "0"
