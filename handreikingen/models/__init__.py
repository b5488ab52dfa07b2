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
