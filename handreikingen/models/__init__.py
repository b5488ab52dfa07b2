from .guides import GuideChapterPage, GuideIndexPage, GuidePage
from .practices import GoodPracticeIndexPage, GoodPracticePage

__all__ = [
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GuideChapterPage",
    "GuideIndexPage",
    "GuidePage",
]
