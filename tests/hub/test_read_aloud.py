""" "Lees voor" on the text pages: one include (components/read_aloud.html), rendered hidden, so
that without speech in the browser nothing shows; static/js/read-aloud.js shows it.
tests/e2e/test_read_aloud.py clicks it in Chromium."""

import re

import pytest

from academie.models import CoursePage, LessonPage
from handreikingen.models import GoodPracticePage, GuideChapterPage, GuidePage
from hub.models import ContentPage
from interventies.models import InterventionPage

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    InterventionPage,
    GuidePage,
    GuideChapterPage,
    GoodPracticePage,
    ContentPage,
    CoursePage,
    LessonPage,
]


def read_aloud_control(html):
    match = re.search(r"<div class=\"read-aloud\"[^>]*>.*?</div>", html, re.S)
    assert match, "no read-aloud control on the page"
    return match.group(0)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_text_pages_have_a_hidden_read_aloud_button(demo, client, superuser, model):
    page = model.objects.live().public().first()
    assert page is not None, f"the demo has no {model.__name__}"
    client.force_login(superuser)  # lessons are for participants and editors
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    control = read_aloud_control(html)
    opening = control[: control.index(">")]
    assert " hidden" in opening and "data-read-aloud" in opening
    assert '<button type="button"' in control and ">Lees voor</button>" in control
    assert 'data-msg-started="Voorlezen gestart"' in control
    assert 'role="status"' in control
    assert "/static/js/read-aloud.js" in html and "defer" in html
    # Inside the article it reads.
    assert html.index("<article") < html.index('class="read-aloud"') < html.index("</article>")
    assert html.count('class="read-aloud"') == 1


def test_the_home_page_has_no_read_aloud_button(demo, client):
    assert 'class="read-aloud"' not in client.get("/").content.decode()
