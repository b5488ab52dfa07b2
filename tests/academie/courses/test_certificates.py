"""Certificates: issued once on completion, a PDF, and a public verification page."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import timezone
from pypdf import PdfReader

from academie import services
from academie.models import Certificate
from academie.services.certificates import (
    CODE_ALPHABET,
    PDF_LAYOUT,
    certificate_pdf_context,
    ensure_pdf,
)
from academie.tasks import finish_certificate
from hub.qr import qr_svg
from tests.academie.courses.helpers import complete_course
from tests.pdfs import assert_accessible_pdf, outline_titles

pytestmark = pytest.mark.django_db

CODE_PATTERN = re.compile(r"^[A-HJKMNP-TV-Z2-9]{4}(-[A-HJKMNP-TV-Z2-9]{4}){3}$")


@pytest.fixture
def certificate(course, enrolment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(enrolment, course)
    return Certificate.objects.get(enrolment=enrolment)


def pdf_bytes(certificate):
    certificate.pdf.open("rb")
    try:
        return certificate.pdf.read()
    finally:
        certificate.pdf.close()


def pdf_text(certificate):
    return PdfReader(io.BytesIO(pdf_bytes(certificate))).pages[0].extract_text()


def alternate_texts(node, seen=None):
    """Every /Alt in a PDF structure tree (the alternate texts of its figures)."""
    seen = set() if seen is None else seen
    node = node.get_object()
    if id(node) in seen:
        return []
    seen.add(id(node))
    found = []
    if isinstance(node, dict):
        if "/Alt" in node:
            found.append(str(node["/Alt"]))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), (dict, list)):
                found.extend(alternate_texts(kid, seen))
    return found


def test_completion_issues_one_certificate_with_a_pdf(certificate, course, enrolment):
    assert CODE_PATTERN.match(certificate.code)
    assert certificate.holder_name == "Fatima Bakker"
    assert certificate.course_title == course.page.title
    assert certificate.hours == course.page.duration_hours
    assert certificate.issued_on == timezone.localdate()
    assert certificate.valid_until is None
    assert certificate.pdf.name.endswith(f"{certificate.code}-v{PDF_LAYOUT}.pdf")
    text = pdf_text(certificate)
    for expected in ("Fatima Bakker", course.page.title, certificate.code, "2 uur"):
        assert expected in text.replace("\n", " ")
    assert services.check_completion(enrolment) is None  # never a second one


QR_LABEL = "QR-code naar de controlepagina van dit certificaat"


@override_settings(SITE_URL="https://kennishub.example.nl")
def test_pdf_is_accessible_and_links_to_the_verification_page(certificate):
    """Issue 19, point 4: a tagged PDF in Dutch with a title, and the verification page as
    printed text and as a QR code that has an alternate text."""
    url = f"https://kennishub.example.nl/academie/certificaat/{certificate.code}/"
    assert certificate.get_verification_url() == url
    certificate.pdf.delete(save=True)  # made again with this SITE_URL
    certificate = ensure_pdf(certificate)
    data = pdf_bytes(certificate)
    reader = assert_accessible_pdf(data, f"Certificaat {certificate.course_title}")
    assert outline_titles(reader.outline) == ["Certificaat"]
    text = " ".join(reader.pages[0].extract_text().split())
    assert url in text
    catalog = reader.trailer["/Root"]
    assert QR_LABEL in alternate_texts(catalog["/StructTreeRoot"])


def test_a_pdf_of_an_older_layout_is_made_again(certificate):
    """Certificates issued before the accessible PDF get it on their next download; the
    old file goes."""
    storage = certificate.pdf.storage
    old_name = storage.save(f"academie/certificaten/{certificate.code}.pdf", ContentFile(b"%PDF-"))
    storage.delete(certificate.pdf.name)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=old_name)
    certificate = ensure_pdf(Certificate.objects.get(pk=certificate.pk))
    assert f"-v{PDF_LAYOUT}" in certificate.pdf.name
    assert Certificate.objects.get(pk=certificate.pk).pdf.name == certificate.pdf.name
    assert not storage.exists(old_name)
    assert_accessible_pdf(pdf_bytes(certificate), f"Certificaat {certificate.course_title}")
    assert ensure_pdf(certificate).pdf.name == certificate.pdf.name  # current: kept


def test_pdf_html_holds_the_qr_code_of_the_verification_url(certificate):
    context = certificate_pdf_context(certificate)
    url = certificate.get_verification_url()
    assert context["verification_url"] == url
    assert context["qr_code"] == qr_svg(url, label=QR_LABEL, size="24mm")
    html = render_to_string("academie/certificate_pdf.html", context)
    assert context["qr_code"] in html
    assert f'aria-label="{QR_LABEL}"' in html
    assert url in html


def test_codes_are_unguessable_and_unique():
    codes = {services.new_certificate_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(CODE_PATTERN.match(code) for code in codes)
    # 16 symbols from an alphabet of 30: more than 78 bits of randomness.
    assert len(CODE_ALPHABET) ** 16 > 2**78


def test_validity_period_sets_the_end_date(make_course, user, enrol):
    course = make_course(certificate_validity_months=24)
    enrolment = complete_course(enrol(user, course), course)
    certificate = enrolment.certificate
    assert certificate.valid_until == services.add_months(certificate.issued_on, 24)
    assert services.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert services.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_verification_page_shows_a_valid_certificate_without_login(client, certificate, user):
    response = client.get(f"/academie/certificaat/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geldig certificaat" in html
    assert "Fatima Bakker" in html and certificate.course_title in html
    assert user.email not in html
    assert '<meta name="robots" content="noindex">' in html


def test_verification_page_says_when_a_certificate_expired(client, certificate):
    certificate.valid_until = timezone.localdate() - timedelta(days=1)
    certificate.save()
    html = client.get(f"/academie/certificaat/{certificate.code}/").content.decode()
    assert "Verlopen certificaat" in html
    assert "Geldig certificaat" not in html


def test_verification_page_says_when_a_certificate_was_revoked(client, certificate):
    services.revoke_certificate(certificate, "Fraude bij de toets.")
    html = client.get(f"/academie/certificaat/{certificate.code}/").content.decode()
    assert "Ingetrokken certificaat" in html


@pytest.mark.parametrize(
    "code",
    ["ABCD-EFGH-JKMN-PQRS", "abcd", "0000-0000-0000-0000", "<script>alert(1)<script>", "x" * 300],
)
def test_unknown_or_forged_code_is_reported_as_unknown(client, certificate, code):
    response = client.get(f"/academie/certificaat/{code}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Onbekende code" in html
    assert "<script>alert(1)" not in html
    assert certificate.holder_name not in html


def test_a_typed_code_is_normalised(client, certificate):
    typed = certificate.code.replace("-", "").lower()
    response = client.get(f"/academie/certificaat/{typed}/")
    assert response.status_code == 302
    assert response["Location"] == f"/academie/certificaat/{certificate.code}/"
    lookup = client.get("/academie/certificaat/", {"code": f" {typed[:8]} {typed[8:]} "})
    assert lookup["Location"] == f"/academie/certificaat/{certificate.code}/"


def test_lookup_form_explains_a_malformed_code(client):
    response = client.get("/academie/certificaat/", {"code": "123"})
    assert response.status_code == 400
    assert "Dit is geen geldige code" in response.content.decode()
    assert client.get("/academie/certificaat/").status_code == 200


def test_owner_downloads_the_pdf(client, certificate, user):
    client.force_login(user)
    response = client.get(f"/academie/mijn/certificaten/{certificate.code}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]


def test_nobody_else_downloads_the_pdf(client, certificate, other_user):
    url = f"/academie/mijn/certificaten/{certificate.code}/pdf/"
    assert client.get(url)["Location"].startswith("/accounts/login/")
    client.force_login(other_user)
    assert client.get(url).status_code == 404


def test_download_makes_the_pdf_when_the_task_has_not_run_yet(client, course, user, enrolment):
    complete_course(enrolment, course)  # on-commit task not run: no PDF yet
    certificate = Certificate.objects.get()
    assert not certificate.pdf
    client.force_login(user)
    response = client.get(f"/academie/mijn/certificaten/{certificate.code}/pdf/")
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.pdf


def test_pdf_task_is_idempotent(certificate):
    name = certificate.pdf.name
    assert finish_certificate.apply(args=[certificate.pk]).get() is False  # email already sent
    certificate.refresh_from_db()
    assert certificate.pdf.name == name
    assert ensure_pdf(certificate).pdf.name == name


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_revoked_certificate_shows_as_revoked_on_the_next_anonymous_request(client, certificate):
    """Production keeps anonymous pages for five minutes (hub/pagecache.py); the
    verification page must never be one of them."""
    url = certificate.get_verification_path()
    before = client.get(url)
    assert "Geldig certificaat" in before.content.decode()
    services.revoke_certificate(certificate, "Fraude")
    after = client.get(url)
    assert after.get("X-Cache") != "HIT"
    html = after.content.decode()
    assert "Ingetrokken certificaat" in html and "Geldig certificaat" not in html
    assert "no-store" in before["Cache-Control"]  # nor in a browser or proxy
    lookup = client.get("/academie/certificaat/")
    assert "no-store" in lookup["Cache-Control"]
    assert client.get("/academie/certificaat/").get("X-Cache") != "HIT"
