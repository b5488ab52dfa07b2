"""Review item 5: a chapter that gets a view restriction leaves the public guide PDF."""

import io

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from handreikingen.pdf import FOLDER, pdf_path

pytestmark = pytest.mark.django_db


def pdf_text(client, guide):
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_restricted_chapter_leaves_the_pdf(client, guide, kind):
    chapter = list(guide.chapters())[1]
    assert chapter.title in pdf_text(client, guide)
    before = pdf_path(guide)

    restriction = PageViewRestriction.objects.create(
        page=chapter, restriction_type=kind, password="geheim"
    )
    guide.refresh_from_db()
    assert pdf_path(guide) != before
    assert not default_storage.exists(before)  # the old file is gone at once
    text = pdf_text(client, guide)
    assert chapter.title not in text
    assert list(guide.chapters())[0].title in text

    restriction.delete()
    assert chapter.title in pdf_text(client, guide)


def test_only_one_pdf_per_guide_is_kept(client, guide):
    pdf_text(client, guide)
    PageViewRestriction.objects.create(
        page=list(guide.chapters())[0], restriction_type=PageViewRestriction.LOGIN
    )
    pdf_text(client, guide)
    _folders, files = default_storage.listdir(FOLDER)
    assert [name for name in files if name.startswith(f"{guide.pk}-")] == [
        pdf_path(guide).rsplit("/", 1)[1]
    ]
