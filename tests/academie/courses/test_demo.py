"""The academy's demo content: real courses, lessons, quizzes and a trainee with progress."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from academie import services
from academie.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from hub.demo.accounts import DEMO_PASSWORD
from tests.demo_content import load_demo, object_counts

pytestmark = pytest.mark.django_db


def test_demo_has_at_least_four_courses_with_lessons_and_quizzes(demo, client):
    index = CourseIndexPage.objects.get()
    assert index.url == "/academie/"
    courses = CoursePage.objects.live().descendant_of(index)
    assert courses.count() >= 4
    titles = set(courses.values_list("title", flat=True))
    assert {
        "Basiscursus discriminatie herkennen en melden",
        "Lokaal antidiscriminatiebeleid maken",
        "Intake en klachtbehandeling",
        "De rol van de raad",
    } <= titles
    for course in courses:
        items = [i for m in services.course_structure(course) for i in m.items]
        assert any(isinstance(i, LessonPage) for i in items), course.title
        assert any(isinstance(i, QuizPage) for i in items), course.title
        assert course.audiences.exists(), course.title
    intake = courses.get(title="Intake en klachtbehandeling")
    assert intake.requires_approval and intake.in_order
    assert intake.prerequisites.filter(title__startswith="Basiscursus").exists()
    for quiz in QuizPage.objects.all():
        for question in quiz.get_questions():
            assert question.correct_ids, (quiz.title, question.text)
    for course in courses:
        assert client.get(course.url).status_code == 200
    assert f"{courses.count()} cursussen" in client.get("/academie/").content.decode()


def test_demo_trainee_has_progress_and_a_certificate(demo, client):
    trainee = get_user_model().objects.get(username="deelnemer")
    assert trainee.email == "deelnemer@kennishub.example"
    assert EmailAddress.objects.get(user=trainee).verified
    done = Enrolment.objects.get(user=trainee, course__title__startswith="Basiscursus")
    assert done.completed_at is not None
    certificate = Certificate.objects.get(user=trainee)
    assert certificate.pdf and certificate.is_valid
    busy = Enrolment.objects.get(user=trainee, course__title__startswith="Lokaal")
    progress = services.progress_for(busy)
    assert 0 < progress.percent < 100
    assert Enrolment.objects.get(user=trainee, course__title__startswith="Intake").status == (
        Enrolment.Status.REQUESTED
    )

    response = client.post("/accounts/login/", {"login": trainee.email, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    html = client.get("/academie/mijn/").content.decode()
    assert "Lokaal antidiscriminatiebeleid maken" in html
    assert certificate.code in html
    assert client.get(certificate.get_verification_path()).status_code == 200


def test_loading_the_demo_twice_changes_nothing(demo):
    models = (Enrolment, LessonCompletion, QuizAttempt, Certificate, CoursePage)
    counts = object_counts(models)
    out = load_demo()
    assert "niets veranderd" in out
    assert object_counts(models) == counts
