import pytest

from tests.handreikingen.factories import (
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)


@pytest.fixture
def guide(home):
    from hub.models import PolicyStep

    index = GuideIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=index, title="Lokaal beleid in zes stappen")
    GuideChapterPageFactory(parent=guide, title="Waarom beleid?")
    for step in PolicyStep.objects.all():
        GuideChapterPageFactory(
            parent=guide,
            title=f"Hoofdstuk over {step.name}",
            step=step,
            questions=[("question", f"Vraag bij stap {step.number}?")],
            pitfalls=[("pitfall", f"Valkuil bij stap {step.number}")],
        )
    return guide


@pytest.fixture
def practice_index(home):
    return GoodPracticeIndexPageFactory(parent=home)


@pytest.fixture
def make_practice(practice_index):
    def make(**kwargs):
        kwargs.setdefault("parent", practice_index)
        return GoodPracticePageFactory(**kwargs)

    return make
