"""The factsheet of a municipality (issue 17, item 6): PDF and Word with the page's numbers,
after the privacy rule; the links on the municipality page and in the raadsledentool."""

import io
import re

import pytest
from docx import Document
from pypdf import PdfReader

from inzicht.services import municipality as municipality_service
from tests.handreikingen.raadsleden.conftest import tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return reader, " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def docx_text(response):
    document = Document(io.BytesIO(response.content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def report_for(slug, source=""):
    return municipality_service.build(
        municipality_service.find_municipality(slug), requested_source=source
    )


def test_pdf_has_the_numbers_of_the_page(client, figures, figures_page):
    report = report_for("utrecht")
    response = client.get("/cijfers/utrecht/factsheet/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="factsheet-utrecht.pdf"'
    reader, text = pdf_text(response)
    assert len(reader.pages) <= 2
    assert reader.metadata.title == "Discriminatiecijfers Utrecht"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert "/StructTreeRoot" in catalog  # tagged: headings and tables for screen readers
    assert "Discriminatiecijfers Utrecht" in text
    assert report.total.display in text
    page = client.get("/cijfers/utrecht/").content.decode()
    assert report.total.display in page
    rate = municipality_service.format_rate(report.total_rate)
    assert rate in text and report.total_rate is not None
    assert municipality_service.format_rate(report.national_rate) in text
    assert "Voorbeeldcijfers" in text  # the example figures say so
    assert "Meldcijfers zeggen niet alles" in text
    assert "Drie stappen" in text
    assert "CC0" in text  # licence of the dataset


def test_pdf_respects_the_source(client, figures, figures_page):
    report = report_for("utrecht", "politie")
    response = client.get("/cijfers/utrecht/factsheet/pdf/?bron=politie")
    _reader, text = pdf_text(response)
    assert report.source.slug == "politie"
    assert report.total.display in text
    assert report.source.name in text


def test_word_has_the_numbers(client, figures, figures_page):
    report = report_for("utrecht")
    response = client.get("/cijfers/utrecht/factsheet/word/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="factsheet-utrecht.docx"'
    text = docx_text(response)
    assert "Discriminatiecijfers Utrecht" in text
    assert report.total.display in text
    assert municipality_service.format_rate(report.total_rate) in text
    assert "Meldcijfers zeggen niet alles" in text
    assert "interventie" in text
    document = Document(io.BytesIO(response.content))
    warning = document.paragraphs[1].runs[0]
    assert warning.text.startswith("Voorbeeldcijfers") and warning.bold
    assert document.core_properties.title == "Discriminatiecijfers Utrecht"


def test_a_count_of_3_is_less_than_5_in_pdf_and_word(client, suppressed_ground, figures_page):
    _area, small = suppressed_ground
    name = small.ground.name
    _reader, text = pdf_text(client.get("/cijfers/utrecht/factsheet/pdf/"))
    assert re.search(rf"{re.escape(name)} minder dan 5", text), text
    assert not re.search(rf"{re.escape(name)} 3\b", text)
    word = docx_text(client.get("/cijfers/utrecht/factsheet/word/"))
    assert f"{name} | minder dan 5" in word
    assert f"{name} | 3" not in word


def test_a_total_of_3_gives_no_rate(client, figures, figures_page):
    from inzicht.models import Observation

    Observation.objects.filter(
        area__slug="utrecht", year=2025, source__slug="adv", ground=None, domain=None, nature=None
    ).update(count=3)
    report = report_for("utrecht")
    assert report.total.display == "minder dan 5" and report.total_rate is None
    word = docx_text(client.get("/cijfers/utrecht/factsheet/word/"))
    assert "minder dan 5 meldingen in 2025" in word
    assert "– per 10.000 inwoners\n" in word
    assert "Utrecht (uw gemeente) | minder dan 5 | –" in word
    _reader, text = pdf_text(client.get("/cijfers/utrecht/factsheet/pdf/"))
    assert "Utrecht (uw gemeente) minder dan 5 –" in text


@pytest.mark.parametrize("kind", ["pdf", "word"])
def test_unknown_municipality_is_404(client, figures, figures_page, kind):
    response = client.get(f"/cijfers/bestaat-niet/factsheet/{kind}/")
    assert response.status_code == 404


def test_municipality_page_links_to_the_factsheet(client, figures, figures_page):
    page = client.get("/cijfers/utrecht/?bron=politie").content.decode()
    assert 'href="/cijfers/utrecht/factsheet/pdf/?bron=politie"' in page
    assert 'href="/cijfers/utrecht/factsheet/word/?bron=politie"' in page
    assert "Download factsheet (PDF)" in page
    # The caveat (text from inzicht/caveat.py) is still on the page.
    assert "Meldcijfers zeggen niet alles" in page
    assert "Doe praktijktesten, bijvoorbeeld op de woningmarkt of bij sollicitaties." in page


def test_council_tool_links_to_the_figures(client, tool, figures_page):  # noqa: F811
    page = client.get(tool.url).content.decode()
    assert "Cijfers van uw gemeente" in page
    assert 'href="/cijfers/"' in page


def test_council_tool_has_no_link_without_a_figures_page(client, tool):  # noqa: F811
    page = client.get(tool.url).content.decode()
    assert "Cijfers van uw gemeente" not in page


def test_third_step_links_to_interventions_on_the_top_ground(client, home, figures, figures_page):
    from tests.interventies.factories import InterventionIndexPageFactory

    InterventionIndexPageFactory(parent=home)
    report = report_for("utrecht")
    top = next(item for item in report.standouts if item.dimension == "grond")
    word = docx_text(client.get("/cijfers/utrecht/factsheet/word/"))
    assert f"De meeste meldingen gingen over {top.term.name.lower()}" in word
    assert f"http://testserver/interventies/?grond={top.term.slug}" in word
    _reader, text = pdf_text(client.get("/cijfers/utrecht/factsheet/pdf/"))
    assert f"?grond={top.term.slug}" in text
