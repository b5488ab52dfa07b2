"""The page types of the guides section: guides with chapters, good practices and the
raadsledentool (whose code lives in `handreikingen.raadsleden`).

Routable pages hand their requests to the view modules, imported inside each route: the views
import these models, so loading the models must not load the views.
"""

from .guides import GuideChapterPage, GuideIndexPage, GuidePage
from .practices import GoodPracticeIndexPage, GoodPracticePage
from .raadsleden import Answer, CouncilToolPage, Instrument, ScanQuestion

__all__ = [
    "Answer",
    "CouncilToolPage",
    "Instrument",
    "ScanQuestion",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GuideChapterPage",
    "GuideIndexPage",
    "GuidePage",
]
