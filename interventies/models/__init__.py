from .checklist import ChecklistAnswer, ChecklistQuestion
from .mechanisms import MechanismIndexPage, MechanismPage
from .pages import (
    CostCategory,
    InterventionIndexPage,
    InterventionPage,
    InterventionTag,
)

__all__ = [
    "ChecklistAnswer",
    "ChecklistQuestion",
    "CostCategory",
    "InterventionIndexPage",
    "InterventionPage",
    "InterventionTag",
    "MechanismIndexPage",
    "MechanismPage",
]
