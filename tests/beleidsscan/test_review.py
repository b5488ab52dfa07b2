"""Review ("laten toetsen"): every state change and every refused one, the double submit, the
emails (to the municipality without an access code; to each reviewer without content), the
submit page (CSRF, bad uploads keep the note), the document download (owner, editor and
reviewer only; never cached or sniffed) and the admin pages (the permission on the server, a
concept is 404, the queue in a fixed number of queries)."""

import io
import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from beleidsscan.models import ReviewComment, Scan, ScanDocument, ScanStatus
from beleidsscan.services import access, reviews, uploads
from beleidsscan.services.questionnaire import Version
from beleidsscan.storage import private_storage
from hub.models import OutboundEmail
from tests.beleidsscan.conftest import all_answers, make_municipality

pytestmark = pytest.mark.django_db

QUEUE = "/admin/beleidsscan/toetsen/"
CONTACT = "beleid@testdam.example"


# --------------------------------------------------------------------------- helpers


def pdf_bytes():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_upload(name="Beleidsnota Testdam.pdf"):
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def grant(client, scan_obj, kind=access.OWNER):
    """Give `client` the session grant a private link gives (access.remember)."""
    link, _code = access.new_link(scan_obj, kind)
    session = client.session
    grants = dict(session.get(access.SESSION_KEY) or {})
    grants[scan_obj.public_id.hex] = link.pk
    session[access.SESSION_KEY] = grants
    session.save()
    return link


def finish(scan_obj, *, contact=True):
    scan_obj.answers = all_answers(scan_obj.version)
    scan_obj.finished_at = timezone.now()
    if contact:
        scan_obj.contact_email = CONTACT
        scan_obj.contact_confirmed_at = timezone.now()
    scan_obj.save()
    return scan_obj


def make_user(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(
        username, f"{username}@kennishub.example", "pw-1234567890", **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def toetser(django_user_model):
    return make_user(
        django_user_model, "toetser", "Toetser", first_name="Tamara", last_name="Toets"
    )


@pytest.fixture
def second_toetser(django_user_model):
    return make_user(django_user_model, "toetser2", "Toetser")


@pytest.fixture
def redacteur(django_user_model):
    return make_user(django_user_model, "red", "Redacteur")


@pytest.fixture
def finished(scan):
    return finish(scan)


@pytest.fixture
def submitted(finished, toetser):
    return reviews.submit(finished, "Vooral stap 3 graag.")


@pytest.fixture
def in_review(submitted, toetser):
    return reviews.start_review(submitted, toetser)


def emails(category):
    return list(OutboundEmail.objects.filter(category=category).order_by("to"))


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


# --------------------------------------------------------------------------- the service


def test_submit_moves_a_finished_concept_to_submitted(finished, toetser):
    assert finished.is_editable
    reviews.submit(finished, "  Vooral stap 3.  ")
    finished.refresh_from_db()
    assert finished.status == ScanStatus.SUBMITTED
    assert finished.submitted_at is not None
    assert finished.submission_note == "Vooral stap 3."
    assert not finished.is_editable


def test_submit_with_a_document_keeps_it(finished):
    reviews.submit(finished, "", pdf_upload())
    document = ScanDocument.objects.get(scan=finished)
    assert document.kind == "pdf" and document.original_name == "Beleidsnota Testdam.pdf"


def test_a_bad_document_submits_nothing(finished):
    bad = SimpleUploadedFile("nota.pdf", b"geen pdf", content_type="application/pdf")
    with pytest.raises(uploads.ValidationError):
        reviews.submit(finished, "note", bad)
    finished.refresh_from_db()
    assert finished.status == ScanStatus.CONCEPT
    assert not ScanDocument.objects.exists() and not OutboundEmail.objects.exists()


def test_an_unfinished_scan_cannot_be_submitted(scan):
    scan.contact_email, scan.contact_confirmed_at = CONTACT, timezone.now()
    scan.save()
    assert reviews.submit_blocker(scan) == reviews.NOT_FINISHED
    with pytest.raises(reviews.ReviewError, match="Maak de scan eerst af"):
        reviews.submit(scan, "")
    scan.refresh_from_db()
    assert scan.status == ScanStatus.CONCEPT


def test_a_scan_without_a_confirmed_address_cannot_be_submitted(scan):
    finish(scan, contact=False)
    scan.contact_email = CONTACT  # given, not confirmed
    scan.save()
    assert reviews.submit_blocker(scan) == reviews.NO_ADDRESS
    with pytest.raises(reviews.ReviewError, match="bevestigd e-mailadres"):
        reviews.submit(scan, "")


def test_an_account_with_a_verified_address_may_submit(scan, django_user_model):
    owner = make_user(django_user_model, "gemeente")
    finish(scan, contact=False)
    scan.owner = owner
    scan.save()
    assert reviews.submit_blocker(scan) == reviews.NO_ADDRESS  # not verified yet
    EmailAddress.objects.create(user=owner, email=owner.email, verified=True, primary=True)
    assert reviews.contact_address(scan) == owner.email
    reviews.submit(scan, "")
    assert Scan.objects.get(pk=scan.pk).status == ScanStatus.SUBMITTED


def test_a_double_submit_gives_a_clear_error_and_one_submission(finished, toetser):
    reviews.submit(finished, "eerste")
    stale = Scan.objects.get(pk=finished.pk)
    stale.status = ScanStatus.CONCEPT  # an old copy in a second request
    with pytest.raises(reviews.ReviewError, match="al ingediend"):
        reviews.submit(stale, "tweede")
    finished.refresh_from_db()
    assert finished.submission_note == "eerste"
    assert len(emails(reviews.SUBMITTED_CATEGORY)) == 1


def test_reviewers_get_one_email_each_without_content(
    finished, toetser, second_toetser, django_user_model
):
    make_user(django_user_model, "oud", "Toetser", is_active=False)
    make_user(django_user_model, "red2", "Redacteur")
    make_user(django_user_model, "baas", is_superuser=True, is_staff=True)
    dubbel = make_user(django_user_model, "dubbel", "Toetser")
    dubbel.email = toetser.email.upper()
    dubbel.save()
    reviews.submit(finished, "Geheime toelichting over Testdam")
    sent = emails(reviews.SUBMITTED_CATEGORY)
    assert sorted(email.to.lower() for email in sent) == sorted(
        [toetser.email, second_toetser.email]
    )
    for email in sent:
        assert "http://" in email.body_text and QUEUE in email.body_text
        assert "Testdam" not in email.body_text and "Geheime" not in email.body_text
        assert str(finished.public_id) not in email.body_text
        assert email.related == finished


def test_start_review_from_submitted(submitted, toetser):
    reviews.start_review(submitted, toetser)
    submitted.refresh_from_db()
    assert submitted.status == ScanStatus.IN_REVIEW
    assert submitted.reviewer == toetser and submitted.review_started_at is not None
    assert not submitted.is_editable


def test_start_review_again_keeps_the_reviewer_and_another_takes_over(
    in_review, toetser, second_toetser
):
    started = Scan.objects.get(pk=in_review.pk).review_started_at
    reviews.start_review(in_review, toetser)
    assert Scan.objects.get(pk=in_review.pk).review_started_at == started
    reviews.start_review(in_review, second_toetser)
    assert Scan.objects.get(pk=in_review.pk).reviewer == second_toetser


def test_a_concept_cannot_be_reviewed(finished, toetser):
    with pytest.raises(reviews.ReviewError, match="niet ingediend"):
        reviews.start_review(finished, toetser)
    with pytest.raises(reviews.ReviewError):
        reviews.save_comments(finished, toetser, {})
    with pytest.raises(reviews.ReviewError):
        reviews.send_advice(finished, toetser, "Advies")
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.CONCEPT


def test_comments_and_advice_need_the_scan_in_review(submitted, toetser):
    with pytest.raises(reviews.ReviewError, match="eerst in behandeling"):
        reviews.save_comments(submitted, toetser, {})
    with pytest.raises(reviews.ReviewError, match="eerst in behandeling"):
        reviews.send_advice(submitted, toetser, "Advies")
    assert Scan.objects.get(pk=submitted.pk).status == ScanStatus.SUBMITTED


def test_comments_are_saved_per_step_and_an_empty_one_deleted(in_review, toetser):
    steps = Version.of(in_review.version).steps
    first, second = steps[0].id, steps[1].id
    reviews.save_comments(
        in_review, toetser, {first: " Goed begin. ", str(second): "Meer doen.", 999999: "x"}
    )
    assert dict(ReviewComment.objects.values_list("step_id", "text")) == {
        first: "Goed begin.",
        second: "Meer doen.",
    }
    reviews.save_comments(in_review, toetser, {first: "Anders.", second: "  "}, advice="Concept")
    assert dict(ReviewComment.objects.values_list("step_id", "text")) == {first: "Anders."}
    assert ReviewComment.objects.count() == 1
    in_review.refresh_from_db()
    assert in_review.advice == "Concept" and in_review.status == ScanStatus.IN_REVIEW


def test_send_advice_emails_the_municipality_without_an_access_code(in_review, toetser):
    _link, code = access.new_link(in_review, access.OWNER)
    reviews.send_advice(in_review, toetser, "Zet de samenwerking met de ADV op papier.")
    in_review.refresh_from_db()
    assert in_review.status == ScanStatus.ADVISED and in_review.advised_at is not None
    assert in_review.advice == "Zet de samenwerking met de ADV op papier."
    (email,) = emails(reviews.ADVICE_CATEGORY)
    assert email.to == CONTACT and email.related == in_review
    result_url = reverse("beleidsscan:result", args=[in_review.public_id])
    assert f"http://127.0.0.1:8000{result_url}" in email.body_text or result_url in email.body_text
    assert "privélink" in email.body_text and "Mijn Kennishub" in email.body_text
    assert code not in email.body_text and "/toegang/" not in email.body_text
    assert "Testdam" in email.body_text


def test_the_advice_goes_to_the_accounts_verified_address(scan, toetser, django_user_model):
    owner = make_user(django_user_model, "gemeente")
    EmailAddress.objects.create(user=owner, email="Beleid@Gemeente.example", verified=True)
    finish(scan, contact=False)
    scan.owner = owner
    scan.save()
    reviews.submit(scan, "")
    reviews.start_review(scan, toetser)
    reviews.send_advice(scan, toetser, "Advies")
    (email,) = emails(reviews.ADVICE_CATEGORY)
    assert email.to == "beleid@gemeente.example"


def test_advice_is_sent_once_and_needs_text(in_review, toetser, second_toetser):
    with pytest.raises(reviews.ReviewError, match="algemeen advies"):
        reviews.send_advice(in_review, toetser, "   ")
    reviews.send_advice(in_review, toetser, "Advies")
    for action in (
        lambda: reviews.send_advice(in_review, second_toetser, "Nog een advies"),
        lambda: reviews.start_review(in_review, second_toetser),
        lambda: reviews.save_comments(in_review, toetser, {}),
        lambda: reviews.submit(in_review, ""),
    ):
        with pytest.raises(reviews.ReviewError):
            action()
    in_review.refresh_from_db()
    assert in_review.advice == "Advies" and in_review.reviewer == toetser
    assert len(emails(reviews.ADVICE_CATEGORY)) == 1


# --------------------------------------------------------------------------- submit page


def submit_url(scan_obj):
    return reverse("beleidsscan:review_submit", args=[scan_obj.public_id])


def test_the_owner_submits_with_a_note_and_a_document(client, finished, toetser):
    grant(client, finished)
    page = client.get(submit_url(finished))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'enctype="multipart/form-data"' in html and "Scan indienen voor toetsing" in html
    assert "no-store" in page["Cache-Control"]
    response = client.post(
        submit_url(finished), {"note": "Kijk vooral naar stap 2.", "document": pdf_upload()}
    )
    assert response.status_code == 302 and response["Location"] == submit_url(finished)
    finished.refresh_from_db()
    assert finished.status == ScanStatus.SUBMITTED
    assert finished.submission_note == "Kijk vooral naar stap 2."
    assert ScanDocument.objects.filter(scan=finished).exists()
    html = client.get(submit_url(finished)).content.decode()
    assert "Uw scan is ingediend" in html
    assert "Ingediend voor toetsing" in html and "Scan indienen voor toetsing" not in html


def test_a_bad_upload_shows_the_error_and_keeps_the_note(client, finished):
    grant(client, finished)
    exe = SimpleUploadedFile("nota.pdf", b"MZ\x90\x00" + b"\0" * 100, "application/pdf")
    response = client.post(
        submit_url(finished), {"note": "Mijn lange toelichting.", "document": exe}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mijn lange toelichting." in html
    assert "geen PDF en geen Word-document" in html
    assert "Kies het bestand opnieuw" in html
    finished.refresh_from_db()
    assert finished.status == ScanStatus.CONCEPT and not ScanDocument.objects.exists()


def test_the_page_says_to_finish_the_scan_first(client, scan):
    grant(client, scan)
    html = client.get(submit_url(scan)).content.decode()
    assert "Maak de scan eerst af" in html
    assert reverse("beleidsscan:overview", args=[scan.public_id]) in html
    assert "Scan indienen voor toetsing" not in html
    response = client.post(submit_url(scan), {"note": "x"})
    assert response.status_code == 409
    assert Scan.objects.get(pk=scan.pk).status == ScanStatus.CONCEPT


def test_the_page_says_to_confirm_an_address_first(client, scan):
    finish(scan, contact=False)
    grant(client, scan)
    html = client.get(submit_url(scan)).content.decode()
    assert "Bevestig eerst uw e-mailadres" in html
    assert reverse("beleidsscan:email_link", args=[scan.public_id]) in html


def test_a_double_submit_on_the_page_is_refused_clearly(client, finished, toetser):
    grant(client, finished)
    assert client.post(submit_url(finished), {"note": "een"}).status_code == 302
    response = client.post(submit_url(finished), {"note": "twee"})
    assert response.status_code == 409
    assert "al ingediend" in response.content.decode()
    assert Scan.objects.get(pk=finished.pk).submission_note == "een"
    assert len(emails(reviews.SUBMITTED_CATEGORY)) == 1


def test_only_the_owner_may_submit(client, finished):
    assert client.get(submit_url(finished)).status_code == 404
    grant(client, finished, access.EDITOR)
    assert client.get(submit_url(finished)).status_code == 403
    assert client.post(submit_url(finished), {"note": "x"}).status_code == 403
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.CONCEPT


def test_the_submit_form_needs_its_csrf_token(finished):
    client = Client(enforce_csrf_checks=True)
    grant(client, finished)
    assert client.post(submit_url(finished), {"note": "x"}).status_code == 403
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.CONCEPT
    token = csrf_token(client.get(submit_url(finished)).content.decode())
    response = client.post(submit_url(finished), {"note": "x", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Scan.objects.get(pk=finished.pk).status == ScanStatus.SUBMITTED


# --------------------------------------------------------------------------- the document


def document_url(scan_obj):
    return reverse("beleidsscan:document", args=[scan_obj.public_id])


def admin_document_url(scan_obj):
    return reverse("beleidsscan_review_document", args=[scan_obj.public_id])


def assert_download(response, data):
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Beleidsnota Testdam.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_document_is_served_to_owner_editor_and_reviewer_only(
    client, finished, toetser, redacteur
):
    reviews.submit(finished, "", pdf_upload())
    stored = ScanDocument.objects.get(scan=finished)
    data = stored.file.open("rb").read()
    stored.file.close()

    owner = Client()
    grant(owner, finished)
    assert_download(owner.get(document_url(finished)), data)
    editor = Client()
    grant(editor, finished, access.EDITOR)
    assert_download(editor.get(document_url(finished)), data)
    reviewer = Client()
    reviewer.force_login(toetser)
    assert_download(reviewer.get(admin_document_url(finished)), data)

    assert client.get(document_url(finished)).status_code == 404  # a stranger
    revoked = Client()
    link = grant(revoked, finished, access.EDITOR)
    access.revoke(link)
    assert revoked.get(document_url(finished)).status_code == 404
    other = Client()
    other.force_login(redacteur)
    assert other.get(document_url(finished)).status_code == 404
    assert other.get(admin_document_url(finished)).status_code == 403
    anonymous = Client().get(admin_document_url(finished))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]


def test_no_document_is_404(client, submitted, toetser):
    grant(client, submitted)
    assert client.get(document_url(submitted)).status_code == 404
    client.force_login(toetser)
    assert client.get(admin_document_url(submitted)).status_code == 404


def test_a_concepts_document_is_not_in_the_admin(client, finished, toetser):
    uploads.store(finished, pdf_upload())
    client.force_login(toetser)
    assert client.get(admin_document_url(finished)).status_code == 404


def test_the_document_leaves_the_disk_with_the_scan(finished, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reviews.submit(finished, "", pdf_upload())
    name = ScanDocument.objects.get(scan=finished).file.name
    assert private_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        Scan.objects.filter(pk=finished.pk).delete()
    assert not private_storage.exists(name)


# --------------------------------------------------------------------------- the admin


def detail_url(scan_obj):
    return reverse("beleidsscan_review_detail", args=[scan_obj.public_id])


def test_only_reviewers_see_the_queue_and_the_detail(client, submitted, redacteur):
    for url in (QUEUE, detail_url(submitted)):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(redacteur)
    for url in (QUEUE, detail_url(submitted)):
        assert client.get(url).status_code == 403
    response = client.post(detail_url(submitted), {"action": "start"})
    assert response.status_code == 403
    assert Scan.objects.get(pk=submitted.pk).status == ScanStatus.SUBMITTED


def test_the_menu_shows_the_review_item_to_reviewers_only(client, toetser, redacteur):
    client.force_login(toetser)
    assert QUEUE in client.get("/admin/").content.decode()
    client.force_login(redacteur)
    assert QUEUE not in client.get("/admin/").content.decode()


def test_a_concept_is_404_for_reviewers(client, finished, toetser):
    client.force_login(toetser)
    assert client.get(detail_url(finished)).status_code == 404
    assert client.post(detail_url(finished), {"action": "start"}).status_code == 404


def test_the_queue_lists_open_scans_oldest_first(
    client, toetser, version, scan, other_municipality
):
    older = finish(
        Scan.objects.create(version=version, municipality=other_municipality, role="anders")
    )
    finish(scan)
    concept = Scan.objects.create(
        version=version,
        municipality=make_municipality("Conceptdorp", "conceptdorp", 9000),
        role="anders",
    )
    reviews.submit(scan, "")
    reviews.submit(older, "")
    Scan.objects.filter(pk=older.pk).update(submitted_at=timezone.now() - timedelta(days=3))
    reviews.start_review(scan, toetser)
    client.force_login(toetser)
    html = client.get(QUEUE).content.decode()
    assert html.index("Proefwijk") < html.index("Testdam")
    assert "In behandeling" in html and "Tamara Toets" in html
    assert "Conceptdorp" not in html and str(concept.public_id) not in html
    assert "no-store" in client.get(QUEUE)["Cache-Control"]


# Session, user, permissions, Wagtail's menu and the two lists: 11 on SQLite and PostgreSQL;
# one spare for a menu item another part of the beleidsscan may add.
QUEUE_QUERIES = 12


def _queue_scans(version, count, prefix="Gemeente"):
    for index in range(count):
        slug = f"{prefix.lower()}-{index}"
        area = make_municipality(f"{prefix} {index}", slug, 10_000 + index)
        item = finish(Scan.objects.create(version=version, municipality=area, role="anders"))
        reviews.submit(item, "")


@pytest.mark.parametrize("count", [3, 10])
def test_the_queue_takes_a_fixed_number_of_queries(
    client, toetser, version, count, django_assert_max_num_queries
):
    _queue_scans(version, count)
    reviews.start_review(Scan.objects.first(), toetser)
    client.force_login(toetser)
    client.get(QUEUE)  # warm the caches of the admin (site, menu)
    with django_assert_max_num_queries(QUEUE_QUERIES):
        response = client.get(QUEUE)
    assert response.content.decode().count("Gemeente ") == count


def test_the_queue_does_not_grow_with_the_scans(client, toetser, version):
    client.force_login(toetser)
    counts = []
    for prefix, batch in (("Gemeente", 3), ("Extra", 7)):
        _queue_scans(version, batch, prefix)
        client.get(QUEUE)
        with CaptureQueriesContext(connection) as queries:
            client.get(QUEUE)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_detail_shows_the_frozen_questions_answers_scores_and_note(
    client, questionnaire, submitted, toetser
):
    first_question = questionnaire.questions.order_by("step__number", "sort_order").first()
    original = first_question.text
    first_question.text = "Een nieuwe vraag na het indienen?"
    first_question.save()
    questionnaire.save()  # a new version; the scan keeps its own
    assert questionnaire.latest_version().pk != submitted.version_id
    client.force_login(toetser)
    response = client.get(detail_url(submitted))
    html = response.content.decode()
    assert response.status_code == 200
    assert original in html and "Een nieuwe vraag na het indienen?" not in html
    assert "Score: 100 van 100" in html and "Ja" in html
    assert "Vooral stap 3 graag." in html
    assert "In behandeling nemen" in html
    assert "Advies versturen" not in html  # first take it in


def test_a_reviewer_takes_in_comments_and_sends_advice(client, submitted, toetser):
    client.force_login(toetser)
    url = detail_url(submitted)
    response = client.post(url, {"action": "start"})
    assert response.status_code == 302
    assert Scan.objects.get(pk=submitted.pk).status == ScanStatus.IN_REVIEW
    steps = Version.of(submitted.version).steps
    html = client.get(url).content.decode()
    assert "Advies versturen" in html and f'name="stap_{steps[0].id}"' in html

    data = {f"stap_{step.id}": "" for step in steps}
    data |= {
        f"stap_{steps[0].id}": "Mooi lokaal beeld.",
        "advice": "Concept-advies",
        "action": "save",
    }
    assert client.post(url, data).status_code == 302
    assert ReviewComment.objects.get(scan=submitted).text == "Mooi lokaal beeld."
    assert Scan.objects.get(pk=submitted.pk).advice == "Concept-advies"
    assert not emails(reviews.ADVICE_CATEGORY)

    response = client.post(url, data | {"advice": " ", "action": "send"})
    assert response.status_code == 400
    assert "Schrijf eerst een algemeen advies." in response.content.decode()
    assert Scan.objects.get(pk=submitted.pk).status == ScanStatus.IN_REVIEW

    response = client.post(url, data | {"advice": "Maak een plan.", "action": "send"})
    assert response.status_code == 302
    scan = Scan.objects.get(pk=submitted.pk)
    assert scan.status == ScanStatus.ADVISED and scan.advice == "Maak een plan."
    assert len(emails(reviews.ADVICE_CATEGORY)) == 1
    html = client.get(url).content.decode()
    assert "Maak een plan." in html and "Mooi lokaal beeld." in html
    assert "Advies versturen" not in html

    response = client.post(url, data | {"advice": "Nog eens", "action": "send"})
    assert response.status_code == 409
    assert len(emails(reviews.ADVICE_CATEGORY)) == 1


def test_the_review_status_include_shows_the_advice(in_review, toetser):
    assert "wacht op een toetser" not in render_to_string(
        "beleidsscan/includes/review_status.html", {"scan": in_review}
    )
    reviews.send_advice(in_review, toetser, "Regel het budget.\n\nEn evalueer.")
    html = render_to_string("beleidsscan/includes/review_status.html", {"scan": in_review})
    assert "Advies gegeven" in html and "Regel het budget." in html
    concept = Scan(version=in_review.version, municipality=in_review.municipality)
    assert (
        render_to_string("beleidsscan/includes/review_status.html", {"scan": concept}).strip() == ""
    )
