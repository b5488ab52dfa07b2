"""The "wat werkt" database: interventions with their checklist, the index page and the dossier
of working mechanisms.

The imports below run in the order the models are registered in, which is the order Wagtail
lists page types in (the site search's "Soort inhoud" facet, among others): the dossier's
pages first, then the index and the interventions. Keep it.
"""

# isort: off
from .checklist import ChecklistAnswer, ChecklistQuestion
from .mechanisms import MechanismIndexPage, MechanismPage
from .tags import InterventionTag
from .index import InterventionIndexPage
from .interventions import CostCategory, InterventionPage, Validity
from .shortlist import ShortlistItem

# isort: on

__all__ = [
    "ChecklistAnswer",
    "ChecklistQuestion",
    "CostCategory",
    "InterventionIndexPage",
    "InterventionPage",
    "InterventionTag",
    "MechanismIndexPage",
    "MechanismPage",
    "ShortlistItem",
    "Validity",
]
