"""When is a course complete? Required lessons, quiz pass mark, attempts, order mode."""

import pytest

from academie import services
from academie.models import Certificate, Enrolment, LessonCompletion, QuizAttempt
from tests.academie.courses.helpers import answers_for, quiz_post

pytestmark = pytest.mark.django_db


def finish_lessons(enrolment, lessons):
    for lesson in lessons:
        services.complete_lesson(enrolment, lesson)


def test_course_completes_when_required_lessons_are_done_and_quiz_passed(make_course, user, enrol):
    course = make_course(lessons=3, optional=(2,))
    enrolment = enrol(user, course)
    required = [lesson for lesson in course.lessons if lesson.required]
    finish_lessons(enrolment, required)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # the quiz is still open
    progress = services.progress_for(enrolment)
    assert (progress.done, progress.total, progress.percent) == (2, 3, 67)

    services.submit_quiz(enrolment, course.quizzes[0], answers_for(course.quizzes[0]))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None  # the optional lesson is not needed
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert services.progress_for(enrolment).percent == 100


def test_a_missing_required_lesson_blocks_completion(course, enrolment):
    finish_lessons(enrolment, course.lessons[:1])
    services.submit_quiz(enrolment, course.quizzes[0], answers_for(course.quizzes[0]))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()
    finish_lessons(enrolment, course.lessons[1:])
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_failing_the_quiz_blocks_completion(course, enrolment):
    finish_lessons(enrolment, course.lessons)
    attempt = services.submit_quiz(
        enrolment, course.quizzes[0], answers_for(course.quizzes[0], False)
    )
    assert (attempt.score, attempt.passed) == (0, False)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None


@pytest.mark.parametrize(("pass_mark", "passed"), [(50, True), (51, False)])
def test_pass_mark_is_a_percentage_of_right_questions(make_course, user, enrol, pass_mark, passed):
    course = make_course()
    quiz = course.quizzes[0]
    quiz.pass_mark = pass_mark
    quiz.save()
    enrolment = enrol(user, course)
    answers = answers_for(quiz)
    first_question, second_question = quiz.get_questions()
    # one right, one wrong: exactly 50%
    answers[second_question.id] = [a.id for a in second_question.answers if a.correct][:1]
    attempt = services.submit_quiz(enrolment, quiz, answers)
    assert attempt.score == 50
    assert attempt.passed is passed


def test_a_multiple_choice_question_needs_exactly_the_right_answers(course, enrolment):
    quiz = course.quizzes[0]
    single, multiple = quiz.get_questions()
    answers = {single.id: sorted(single.correct_ids), multiple.id: [a.id for a in multiple.answers]}
    attempt = services.submit_quiz(enrolment, quiz, answers)
    assert attempt.score == 50
    assert [q["correct"] for q in attempt.review] == [True, False]


def test_attempts_are_limited_and_the_extra_attempt_is_not_recorded(course, enrolment):
    quiz = course.quizzes[0]
    quiz.max_attempts = 2
    quiz.save()
    for _ in range(2):
        services.submit_quiz(enrolment, quiz, answers_for(quiz, right=False))
    with pytest.raises(services.QuizRefused) as refused:
        services.submit_quiz(enrolment, quiz, answers_for(quiz, right=True))
    assert "U heeft alle 2 pogingen voor deze toets gebruikt" in refused.value.message
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 2
    assert not QuizAttempt.objects.filter(passed=True).exists()


def test_no_new_attempt_after_passing(course, enrolment):
    quiz = course.quizzes[0]
    services.submit_quiz(enrolment, quiz, answers_for(quiz))
    with pytest.raises(services.QuizRefused) as refused:
        services.submit_quiz(enrolment, quiz, answers_for(quiz))
    assert refused.value.code == "passed"
    assert QuizAttempt.objects.count() == 1


def test_zero_attempts_means_unlimited(course, enrolment):
    quiz = course.quizzes[0]
    quiz.max_attempts = 0
    quiz.save()
    for _ in range(5):
        services.submit_quiz(enrolment, quiz, answers_for(quiz, right=False))
    assert services.quiz_state(enrolment, quiz).attempts_left is None
    assert services.submit_quiz(enrolment, quiz, answers_for(quiz)).number == 6


def test_in_order_mode_locks_a_lesson_until_the_previous_one_is_done(
    client, make_course, user, enrol
):
    course = make_course(lessons=2, in_order=True)
    enrolment = enrol(user, course)
    first, second = course.lessons
    quiz = course.quizzes[0]
    client.force_login(user)

    response = client.get(second.url)
    assert response.status_code == 403
    assert "vaste volgorde" in response.content.decode()
    assert f'href="{first.url}"' in response.content.decode()  # "Verder met" the open lesson
    refused = client.post(second.url)
    assert refused.status_code == 403
    assert not LessonCompletion.objects.filter(lesson=second).exists()
    with pytest.raises(services.AccessDenied):
        services.submit_quiz(enrolment, quiz, answers_for(quiz))
    assert not QuizAttempt.objects.exists()

    assert client.post(first.url, {"next": "1"})["Location"] == second.url
    assert client.get(second.url).status_code == 200
    assert client.get(quiz.url).status_code == 403
    client.post(second.url)
    assert client.get(quiz.url).status_code == 200


def test_without_order_mode_every_lesson_is_open(client, course, user, enrolment):
    client.force_login(user)
    assert client.get(course.lessons[1].url).status_code == 200
    assert client.get(course.quizzes[0].url).status_code == 200


def test_unpublished_lessons_do_not_count(course, enrolment):
    course.lessons[1].unpublish()
    finish_lessons(enrolment, course.lessons[:1])
    services.submit_quiz(enrolment, course.quizzes[0], answers_for(course.quizzes[0]))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_finishing_a_lesson_twice_counts_once(course, enrolment):
    assert services.complete_lesson(enrolment, course.lessons[0]) is True
    assert services.complete_lesson(enrolment, course.lessons[0]) is False
    assert LessonCompletion.objects.count() == 1


def test_lesson_button_marks_done_and_goes_to_the_next_item(client, course, user, enrolment):
    client.force_login(user)
    first, second = course.lessons
    html = client.get(first.url).content.decode()
    assert "Les afronden en verder" in html
    response = client.post(first.url, {"next": "1"})
    assert response.status_code == 302 and response["Location"] == second.url
    assert LessonCompletion.objects.filter(enrolment=enrolment, lesson=first).exists()
    assert "U heeft deze les afgerond." in client.get(first.url).content.decode()


def test_lesson_completes_in_the_background_when_the_reader_reaches_the_end(
    client, course, user, enrolment
):
    """static/js/academie.js posts the lesson form with Accept: application/json."""
    client.force_login(user)
    response = client.post(course.lessons[0].url, HTTP_ACCEPT="application/json")
    assert response.json() == {"done": True, "new": True}


def test_completing_the_last_item_congratulates_and_shows_the_certificate(
    client, course, user, enrolment, django_capture_on_commit_callbacks
):
    client.force_login(user)
    for lesson in course.lessons:
        client.post(lesson.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(course.quizzes[0].url, quiz_post(course.quizzes[0]))
    assert response.status_code == 302
    html = client.get(course.page.url).content.decode()
    assert "U heeft deze cursus afgerond" in html
    certificate = Certificate.objects.get()
    assert certificate.get_download_path() in html


def test_resume_goes_to_the_last_opened_item_or_the_next_open_one(client, course, user, enrolment):
    client.force_login(user)
    first, second = course.lessons
    url = f"/academie/mijn/verder/{enrolment.pk}/"
    assert client.get(url)["Location"] == first.url  # nothing opened yet: the first item
    client.get(second.url)  # opened, not finished
    assert client.get(url)["Location"] == second.url
    client.post(second.url)  # finished: go to the first thing still to do
    assert client.get(url)["Location"] == first.url
    other = Enrolment.objects.create(user=None, course=course.page)
    assert client.get(f"/academie/mijn/verder/{other.pk}/").status_code == 404
