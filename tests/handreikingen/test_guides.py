"""Guides: chapters along the policy steps, table of contents, previous/next and the PDF."""

import io

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from handreikingen.pdf import pdf_path
from interventies.models import InterventionPage
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory
from tests.pdfs import assert_accessible_pdf, outline_titles

pytestmark = pytest.mark.django_db


def test_guide_page_has_table_of_contents_and_start_link(client, guide):
    html = client.get(guide.url).content.decode()
    assert "Inhoud van de handreiking" in html
    chapters = list(guide.chapters())
    assert len(chapters) == 7
    for chapter in chapters:
        assert chapter.title in html
    assert "Stap 1:" in html and "Stap 6:" in html
    assert f'href="{chapters[0].url}"' in html


def test_chapter_shows_step_content_and_previous_next(client, guide):
    chapters = list(guide.chapters())
    second = chapters[2]  # step 2
    html = client.get(second.url).content.decode()
    assert "Stap 2" in html
    assert "Vraag bij stap 2?" in html and "Valkuil bij stap 2" in html
    assert f'href="{chapters[1].url}" rel="prev"' in html
    assert f'href="{chapters[3].url}" rel="next"' in html
    assert 'aria-current="page"' in html


def test_chapter_recommends_live_interventions_for_its_step(client, guide, home):
    from hub.models import EvidenceLevel, PolicyStep

    index = InterventionIndexPageFactory(parent=home)
    step = PolicyStep.objects.get(number=1)
    strong = InterventionPageFactory(
        parent=index,
        title="Sterke verkenning",
        taxonomy={"policy_steps": [step]},
        evidence_level=EvidenceLevel.objects.get(slug="effectief-sterke"),
    )
    InterventionPageFactory(
        parent=index, title="Concept verkenning", live=False, taxonomy={"policy_steps": [step]}
    )
    InterventionPageFactory(
        parent=index, title="Andere stap", taxonomy={"policy_steps": ["uitvoering"]}
    )
    chapter = next(c for c in guide.chapters() if c.step_id == step.pk)
    html = client.get(chapter.url).content.decode()
    assert "Sterke verkenning" in html
    assert "Concept verkenning" not in html and "Andere stap" not in html
    assert InterventionPage.objects.filter(pk=strong.pk).exists()


def test_pdf_contains_every_chapter_title(client, guide):
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    for chapter in guide.chapters():
        assert chapter.title in text
    assert "Inhoud" in text


def test_pdf_is_accessible_with_bookmarks_per_chapter(client, guide):
    data = b"".join(client.get(guide.url + "pdf/").streaming_content)
    reader = assert_accessible_pdf(data, guide.title)
    bookmarks = outline_titles(reader.outline)
    assert bookmarks[0] == guide.title
    for chapter in guide.chapters():
        assert any(chapter.title in bookmark for bookmark in bookmarks)


def test_pdf_is_cached_and_rebuilt_after_publishing(
    client, guide, django_capture_on_commit_callbacks
):
    client.get(guide.url + "pdf/")
    first = pdf_path(guide)
    assert default_storage.exists(first)
    chapter = list(guide.chapters())[0]
    chapter.title = "Waarom lokaal beleid?"
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    guide.refresh_from_db()
    second = pdf_path(guide)
    assert second != first
    assert default_storage.exists(second)  # rebuilt by the task after publishing


def test_pdf_failure_gives_a_clear_message(client, guide, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("pango is weg")

    monkeypatch.setattr("handreikingen.pdf.render_guide_pdf", broken)
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 503
    assert "De PDF is op dit moment niet beschikbaar" in response.content.decode()
    assert "PDF of guide" in caplog.text


def test_guide_index_lists_guides(client, guide):
    html = client.get(guide.get_parent().url).content.decode()
    assert guide.title in html and "Download als PDF" in html
