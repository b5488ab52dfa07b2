"""Enrolling: self-enrolment, double clicks, CSRF, prerequisites and approval."""

import pytest
from django.core import mail
from django.test import Client

from academie import services
from academie.models import Enrolment
from hub.models import OutboundEmail
from tests.academie.factories import make_user
from tests.academie.parallel import in_parallel, in_thread, parallel_database

pytestmark = pytest.mark.django_db

FORM = {"participant_name": "Fatima Bakker", "organisation": "Gemeente Zwolle"}


def test_anonymous_visitor_is_asked_to_log_in(client, course):
    html = client.get(course.page.url).content.decode()
    assert "gratis account" in html
    assert f"/accounts/login/?next={course.page.url}" in html.replace("%2F", "/")
    response = client.post(course.page.url, FORM)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert Enrolment.objects.count() == 0


def test_signed_in_user_enrols_and_gets_a_confirmation(
    logged_in, course, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(course.page.url, FORM)
    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert (enrolment.user, enrolment.status) == (user, Enrolment.Status.ACTIVE)
    assert enrolment.participant_name == "Fatima Bakker"
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "U bent ingeschreven" in mail.outbox[0].subject
    page = logged_in.get(course.page.url).content.decode()
    assert "U bent ingeschreven" in page
    assert "0 van 3 onderdelen klaar" in page


def test_double_submit_creates_one_enrolment_and_one_email(
    logged_in, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = logged_in.post(course.page.url, FORM)
        second = logged_in.post(course.page.url, FORM)
    assert first.status_code == second.status_code == 302
    assert Enrolment.objects.count() == 1
    assert OutboundEmail.objects.count() == 1
    followed = logged_in.get(course.page.url)
    assert "U was al ingeschreven" in followed.content.decode()


def test_enrol_form_needs_a_name_and_organisation(logged_in, course):
    response = logged_in.post(course.page.url, {"participant_name": "", "organisation": ""})
    assert response.status_code == 400
    assert "Dit is een verplicht veld." in response.content.decode()
    assert Enrolment.objects.count() == 0


def test_enrolment_without_csrf_token_is_refused(course, user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(course.page.url, FORM)
    assert response.status_code == 403
    assert Enrolment.objects.count() == 0
    assert "csrfmiddlewaretoken" in client.get(course.page.url).content.decode()


def test_prerequisite_must_be_completed_first(logged_in, make_course, user, enrol):
    first = make_course(title="Basiscursus")
    second = make_course(title="Vervolgcursus")
    second.page.prerequisites.add(first.page)
    second.page.save()

    html = logged_in.get(second.page.url).content.decode()
    assert "Eerst een andere cursus afronden" in html
    assert "Basiscursus" in html and 'name="organisation"' not in html
    response = logged_in.post(second.page.url, FORM)
    assert response.status_code == 400
    assert "Rond eerst de cursus ‘Basiscursus’ af" in response.content.decode()
    assert not Enrolment.objects.filter(course=second.page).exists()

    done = enrol(user, first)
    for lesson in first.lessons:
        services.complete_lesson(done, lesson)
    from tests.academie.courses.helpers import answers_for

    services.submit_quiz(done, first.quizzes[0], answers_for(first.quizzes[0]))
    assert services.missing_prerequisites(user, second.page) == []
    assert logged_in.post(second.page.url, FORM).status_code == 302
    assert Enrolment.objects.filter(course=second.page, user=user).exists()


def test_unpublished_prerequisite_does_not_block(make_course, user):
    first = make_course()
    second = make_course()
    second.page.prerequisites.add(first.page)
    second.page.save()
    first.page.unpublish()
    assert services.missing_prerequisites(user, second.page) == []


def test_request_needs_approval_and_managers_are_told(
    logged_in, make_course, user, superuser, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    manager = make_user("academiebeheerder@academie.example")
    manager.groups.add(Group.objects.get(name="Academiebeheerder"))
    course = make_course(requires_approval=True)
    assert "Waarom wilt u deze cursus volgen?" in logged_in.get(course.page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(course.page.url, {**FORM, "motivation": "Voor mijn nieuwe functie."})
    enrolment = Enrolment.objects.get()
    assert enrolment.status == Enrolment.Status.REQUESTED
    assert enrolment.motivation == "Voor mijn nieuwe functie."
    assert [m.to for m in mail.outbox] == [[manager.email]]
    assert "/admin/academie_enrolments/" in mail.outbox[0].body
    assert "Aanvraag ontvangen" in logged_in.get(course.page.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        services.approve(enrolment, by=superuser)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE and enrolment.decided_by == superuser
    assert mail.outbox[-1].to == [user.email]
    assert logged_in.get(course.lessons[0].url).status_code == 200
    with pytest.raises(services.EnrolmentRefused):
        services.approve(enrolment, by=superuser)


def test_refused_request_keeps_lessons_closed_and_tells_why(
    logged_in, make_course, user, superuser, enrol, django_capture_on_commit_callbacks
):
    course = make_course(requires_approval=True)
    enrolment = enrol(user, course)
    with django_capture_on_commit_callbacks(execute=True):
        services.refuse(enrolment, by=superuser, reason="De cursus is vol.")
    assert "De cursus is vol." in mail.outbox[-1].body
    html = logged_in.get(course.page.url).content.decode()
    assert "Aanvraag afgewezen" in html and "De cursus is vol." in html
    assert logged_in.get(course.lessons[0].url).status_code == 403


def test_posting_again_after_a_refusal_says_so(logged_in, make_course, user, superuser, enrol):
    course = make_course(requires_approval=True)
    services.refuse(enrol(user, course), by=superuser, reason="Vol")
    response = logged_in.post(course.page.url, FORM)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Uw aanvraag voor deze cursus is afgewezen" in html
    assert "U was al ingeschreven" not in html
    enrolment = Enrolment.objects.get()
    assert enrolment.status == Enrolment.Status.REFUSED


def test_posting_again_while_the_request_waits_says_so(logged_in, make_course, user, enrol):
    course = make_course(requires_approval=True)
    enrol(user, course)
    response = logged_in.post(course.page.url, FORM, follow=True)
    html = response.content.decode()
    assert "Uw aanvraag voor deze cursus is al ontvangen" in html
    assert "U was al ingeschreven" not in html
    assert Enrolment.objects.count() == 1


def test_unpublished_course_cannot_be_joined(course, user):
    course.page.unpublish()
    course.page.refresh_from_db()
    with pytest.raises(services.EnrolmentRefused):
        services.enrol(user, course.page, participant_name="A", organisation="B")
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_enrol_clicks_make_one_enrolment(make_course, tmp_path):
    """Six clicks at once, each in its own thread and connection; on SQLite too, with the
    database in a file as on one machine (tests/academie/parallel.py)."""
    course = make_course()
    user = make_user("snel@gemeente.example")

    def click():
        return services.enrol(user, course.page, participant_name="Snel", organisation="Gemeente")

    with parallel_database(tmp_path):
        results, errors = in_parallel([click] * 6)
        enrolments, emails = in_thread(
            lambda: (
                Enrolment.objects.filter(user=user, course=course.page).count(),
                OutboundEmail.objects.filter(to=user.email).count(),
            )
        )
    assert errors == []
    assert sorted(created for _enrolment, created in results) == [False] * 5 + [True]
    assert enrolments == 1
    assert emails == 1
