"""A guide chapter about a policy step shows the good practices of that step."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from hub.models import PolicyStep
from tests.handreikingen.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(home):
    return GoodPracticeIndexPageFactory(parent=home)


def chapter_for(guide, number):
    step = PolicyStep.objects.get(number=number)
    return step, next(c for c in guide.chapters() if c.step_id == step.pk)


def test_chapter_links_live_public_good_practices_of_its_step(client, guide, practices):
    step, chapter = chapter_for(guide, 1)
    GoodPracticePageFactory(
        parent=practices,
        title="Verkenning in Zeist",
        municipality="Gemeente Zeist",
        year=2025,
        taxonomy={"policy_steps": [step]},
    )
    GoodPracticePageFactory(
        parent=practices, title="Concept", live=False, taxonomy={"policy_steps": [step]}
    )
    hidden = GoodPracticePageFactory(
        parent=practices, title="Afgeschermd", taxonomy={"policy_steps": [step]}
    )
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="geheim-123"
    )
    GoodPracticePageFactory(
        parent=practices, title="Andere stap", taxonomy={"policy_steps": ["uitvoering"]}
    )

    html = client.get(chapter.url).content.decode()
    assert "Praktijkvoorbeelden bij stap 1" in html
    assert "Verkenning in Zeist</a> (Gemeente Zeist, 2025)" in html
    assert f'href="/praktijkvoorbeelden/?stap={step.slug}"' in html
    for title in ("Concept", "Afgeschermd", "Andere stap"):
        assert f">{title}</a>" not in html


def test_chapter_without_good_practices_has_no_empty_section(client, guide, practices):
    _step, chapter = chapter_for(guide, 2)
    assert "Praktijkvoorbeelden bij stap" not in client.get(chapter.url).content.decode()


def test_chapter_query_count_does_not_grow_with_good_practices(client, guide, practices):
    step, chapter = chapter_for(guide, 1)

    def queries():
        client.get(chapter.url)  # warm caches (site root, taxonomy)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(chapter.url).status_code == 200
        return len(captured)

    GoodPracticePageFactory(parent=practices, taxonomy={"policy_steps": [step]})
    one = queries()
    for _ in range(3):
        GoodPracticePageFactory(parent=practices, taxonomy={"policy_steps": [step]})
    assert queries() == one
