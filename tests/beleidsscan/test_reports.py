"""The PDF and Word reports: the scores, the advice and the answers, for whoever may see the
result, and for nobody else."""

import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from tests.beleidsscan.conftest import all_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(scan, version):
    answers = all_answers(version, "ja")
    answers["s1-2"] = "nee"
    scan.answers = answers
    scan.finished_at = timezone.now()
    scan.save()
    return scan


def test_pdf_report(owner_client, finished):
    response = owner_client.get(reverse("beleidsscan:report_pdf", args=[finished.public_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        "attachment" in response["Content-Disposition"]
        and "testdam" in response["Content-Disposition"]
    )
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Beleidsscan Testdam" in text
    assert "Regel s1-2." in text and "Advies nee s1-2." in text
    assert "Vraag s6-2?" in text
    assert reader.metadata.title == "Beleidsscan Testdam"
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged for screen readers


def test_word_report(owner_client, finished):
    response = owner_client.get(reverse("beleidsscan:report_docx", args=[finished.public_id]))
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Beleidsscan Testdam" in text
    assert "Regel s1-2." in text and "Vraag s6-2?" in text
    assert document.core_properties.language == "nl-NL"
    table = document.tables[0]
    assert table.rows[1].cells[1].text == "33 van 100 (nog niet gestart)"  # (1 x 100 + 2 x 0) / 3


def test_reports_need_access_and_a_finished_scan(scan, finished):
    stranger = Client()
    for name in ("report_pdf", "report_docx"):
        assert (
            stranger.get(reverse(f"beleidsscan:{name}", args=[finished.public_id])).status_code
            == 404
        )


def test_unfinished_scan_has_no_report(owner_client, scan):
    response = owner_client.get(reverse("beleidsscan:report_pdf", args=[scan.public_id]))
    assert response.status_code == 302
