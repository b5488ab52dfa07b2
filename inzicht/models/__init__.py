from inzicht.models.areas import Area, AreaKind, AreaMembership, Population
from inzicht.models.datasets import (
    Dataset,
    ImportLog,
    Licence,
    Nature,
    Observation,
    Source,
)
from inzicht.models.pages import FiguresPage

__all__ = [
    "Area",
    "AreaKind",
    "AreaMembership",
    "Dataset",
    "FiguresPage",
    "ImportLog",
    "Licence",
    "Nature",
    "Observation",
    "Population",
    "Source",
]
