"""Mijn academie: the dashboard, the data export and deleting the account."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from academie import services
from academie.models import Certificate, Enrolment, LessonCompletion, QuizAttempt
from hub.models import OutboundEmail
from hub.outbox import queue_email
from tests.academie.courses.helpers import answers_for, complete_course

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"


@pytest.fixture
def history(make_course, user, enrol, django_capture_on_commit_callbacks):
    """One finished course with a certificate, one in progress with a failed attempt."""
    done_course = make_course(title="Afgeronde cursus")
    busy_course = make_course(title="Lopende cursus")
    with django_capture_on_commit_callbacks(execute=True):
        done = complete_course(enrol(user, done_course), done_course)
        busy = enrol(user, busy_course, organisation="Gemeente Deventer")
        services.complete_lesson(busy, busy_course.lessons[0])
        services.submit_quiz(
            busy, busy_course.quizzes[0], answers_for(busy_course.quizzes[0], False)
        )
    return {"done": done, "busy": busy, "busy_course": busy_course, "done_course": done_course}


def test_mijn_academie_requires_login(client):
    for url in [
        "/academie/mijn/",
        "/academie/mijn/gegevens/",
        "/academie/mijn/account-verwijderen/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"


def test_dashboard_shows_progress_and_certificates(client, user, history):
    client.force_login(user)
    html = client.get("/academie/mijn/").content.decode()
    assert "Lopende cursus" in html
    assert "1 van 3 onderdelen klaar (33%)" in html
    assert f"/academie/mijn/verder/{history['busy'].pk}/" in html
    assert "Afgeronde cursussen" in html and "Afgeronde cursus" in html
    certificate = Certificate.objects.get()
    assert certificate.get_download_path() in html
    assert certificate.get_verification_path() in html
    assert "/academie/mijn/gegevens/" in html and "/academie/mijn/account-verwijderen/" in html


def test_dashboard_query_count_does_not_grow_with_the_number_of_courses(
    client, make_course, user, enrol, django_assert_max_num_queries
):
    client.force_login(user)
    for _ in range(2):
        enrol(user, make_course())
    client.get("/academie/mijn/")  # warm the per-process caches (site, navigation)
    with django_assert_max_num_queries(12) as few:
        client.get("/academie/mijn/")
    for _ in range(6):
        enrol(user, make_course())
    with django_assert_max_num_queries(12) as many:
        assert client.get("/academie/mijn/").content.decode().count("onderdelen klaar") == 8
    assert len(many.captured_queries) == len(few.captured_queries)


def test_data_export_contains_everything_about_the_user(client, user, history):
    queue_email(to=user.email, subject="Een oud bericht", body_text="Tekst")
    client.force_login(user)
    response = client.get("/academie/mijn/gegevens/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)

    assert data["account"]["e_mailadres"] == user.email
    assert data["account"]["gebruikersnaam"] == user.username
    assert data["e_mailadressen"] == [
        {"e_mailadres": user.email, "bevestigd": True, "primair": True}
    ]
    enrolments = {item["cursus"]: item for item in data["inschrijvingen"]}
    assert set(enrolments) == {"Afgeronde cursus", "Lopende cursus"}
    busy = enrolments["Lopende cursus"]
    assert busy["organisatie"] == "Gemeente Deventer"
    assert busy["naam"] == "Fatima Bakker"
    assert [lesson["les"] for lesson in busy["afgeronde_lessen"]] == ["Lopende cursus les 1.1"]
    attempt = busy["toetspogingen"][0]
    assert (attempt["poging"], attempt["geslaagd"], attempt["score_procent"]) == (1, False, 0)
    assert attempt["antwoorden"][0]["vraag"] == "Welke kleur heeft de lucht op een heldere dag?"
    assert enrolments["Afgeronde cursus"]["afgerond_op"]
    certificate = Certificate.objects.get()
    assert data["certificaten"][0]["code"] == certificate.code
    assert data["certificaten"][0]["controleren"].endswith(certificate.get_verification_path())
    subjects = {email["onderwerp"] for email in data["e_mails"]}
    assert "Een oud bericht" in subjects
    assert any("ingeschreven" in subject for subject in subjects)
    # Nothing about anybody else.
    assert "ander@gemeente.example" not in response.content.decode()


def test_delete_page_explains_what_happens(client, user, history):
    client.force_login(user)
    html = client.get("/academie/mijn/account-verwijderen/").content.decode()
    assert "zonder uw naam en zonder uw account" in html
    assert "Uw certificaat blijft geldig en te controleren met de code" in html
    assert "Dit kunt u niet ongedaan maken." in html
    assert 'name="password"' in html and "csrfmiddlewaretoken" in html


def test_wrong_password_deletes_nothing(client, user, history):
    client.force_login(user)
    response = client.post(
        "/academie/mijn/account-verwijderen/", {"password": "fout", "confirm": "on"}
    )
    assert response.status_code == 400
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_deleting_the_account_anonymises_and_keeps_certificates_verifiable(client, user, history):
    certificate = Certificate.objects.get()
    email = user.email
    counts = (LessonCompletion.objects.count(), QuizAttempt.objects.count())
    client.force_login(user)
    response = client.post(
        "/academie/mijn/account-verwijderen/", {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302 and response["Location"] == "/"

    assert not get_user_model().objects.filter(email=email).exists()
    assert not EmailAddress.objects.filter(email=email).exists()
    assert not OutboundEmail.objects.filter(to=email).exists()
    for enrolment in Enrolment.objects.all():
        assert enrolment.user is None
        assert enrolment.participant_name == ""
        assert enrolment.anonymised_at is not None
    assert set(Enrolment.objects.values_list("organisation", flat=True)) == {
        "Gemeente Zwolle",
        "Gemeente Deventer",
    }
    assert (LessonCompletion.objects.count(), QuizAttempt.objects.count()) == counts

    certificate.refresh_from_db()
    assert certificate.user is None and certificate.holder_name == "Fatima Bakker"
    page = client.get(f"/academie/certificaat/{certificate.code}/").content.decode()
    assert "Geldig certificaat" in page and "Fatima Bakker" in page
    assert "_auth_user_id" not in client.session


def test_staff_accounts_cannot_be_deleted_here(client, superuser):
    client.force_login(superuser)
    html = client.get("/academie/mijn/account-verwijderen/").content.decode()
    assert "kunt u hier niet verwijderen" in html
    response = client.post(
        "/academie/mijn/account-verwijderen/",
        {"password": "een-lang-wachtwoord-123", "confirm": "on"},
    )
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=superuser.pk).exists()


@pytest.fixture
def kept_interventions(home, user):
    """Issue 16, item 7: the user's "Mijn lijst" (one intervention no longer published) and
    another user's list."""
    from interventies.models import ShortlistItem
    from tests.academie.factories import make_user
    from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

    index = InterventionIndexPageFactory(parent=home, slug="interventies")
    live = InterventionPageFactory(parent=index, title="Buddyproject werkzoekenden")
    withdrawn = InterventionPageFactory(parent=index, title="Teruggetrokken aanpak")
    theirs = InterventionPageFactory(parent=index, title="Alleen van een ander")
    ShortlistItem.objects.create(user=user, page=live)
    ShortlistItem.objects.create(user=user, page=withdrawn)
    withdrawn.unpublish()
    other = make_user("ander@gemeente.example")
    ShortlistItem.objects.create(user=other, page=theirs)
    ShortlistItem.objects.create(user=other, page=live)
    return {"live": live, "withdrawn": withdrawn, "other": other}


def test_data_export_contains_the_shortlist(client, user, kept_interventions):
    client.force_login(user)
    data = json.loads(client.get("/academie/mijn/gegevens/").content)
    kept = data["mijn_lijst"]
    assert [item["interventie"] for item in kept] == [
        "Buddyproject werkzoekenden",
        "Teruggetrokken aanpak",
    ]
    assert kept[0]["pagina"].endswith(kept_interventions["live"].url)
    assert kept[0]["pagina"].startswith("http")
    assert kept[1]["pagina"] is None  # no longer published: no link
    assert all(item["bewaard_op"] for item in kept)
    assert "Alleen van een ander" not in json.dumps(data)


def test_deleting_the_account_erases_the_shortlist(client, user, kept_interventions):
    from interventies.models import ShortlistItem

    client.force_login(user)
    html = client.get("/academie/mijn/account-verwijderen/").content.decode()
    assert "Uw lijst met bewaarde interventies (‘Mijn lijst’) wissen we ook." in html
    response = client.post(
        "/academie/mijn/account-verwijderen/", {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not ShortlistItem.objects.filter(user_id=user.pk).exists()
    # Another user's list stays as it was.
    assert ShortlistItem.objects.filter(user=kept_interventions["other"]).count() == 2
