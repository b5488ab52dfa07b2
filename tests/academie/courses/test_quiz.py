"""Forged and wrong quiz posts: a clear Dutch refusal and nothing recorded."""

import pytest

from academie import services
from academie.models import LessonCompletion, QuizAttempt
from tests.academie.courses.helpers import answers_for, quiz_post

pytestmark = pytest.mark.django_db


def post(client, quiz, data):
    return client.post(quiz.url, data)


def test_right_answers_pass_and_show_the_review(client, course, user, enrolment):
    client.force_login(user)
    quiz = course.quizzes[0]
    response = post(client, quiz, quiz_post(quiz))
    assert response.status_code == 302
    assert response["Location"] == f"{quiz.url}?poging=1#resultaat"
    html = client.get(f"{quiz.url}?poging=1").content.decode()
    assert "Geslaagd: 100% goed." in html
    assert "Feedback bij Blauw" in html  # feedback of the chosen answer
    assert "juist antwoord" in html
    assert "Uitleg bij de vraag." in html


def test_wrong_answers_show_feedback_and_allow_another_attempt(client, course, user, enrolment):
    client.force_login(user)
    quiz = course.quizzes[0]
    post(client, quiz, quiz_post(quiz, right=False))
    html = client.get(f"{quiz.url}?poging=1").content.decode()
    assert "Niet geslaagd: 0% goed." in html
    assert "Feedback bij Groen" in html
    assert "Opnieuw proberen" in html


def test_correct_answers_stay_hidden_when_the_quiz_says_so(client, course, user, enrolment):
    quiz = course.quizzes[0]
    quiz.reveal_answers = False
    quiz.save()
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, right=False))
    html = client.get(f"{quiz.url}?poging=1").content.decode()
    assert "Niet goed" in html
    assert "juist antwoord" not in html
    assert "Uitleg bij de vraag." not in html


def test_quiz_of_a_course_you_are_not_enrolled_in_is_refused(client, course, other_user):
    client.force_login(other_user)
    response = post(client, course.quizzes[0], quiz_post(course.quizzes[0]))
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == 0


def test_quiz_or_lesson_of_another_course_is_refused(make_course, user, enrol):
    mine = make_course()
    theirs = make_course()
    enrolment = enrol(user, mine)
    with pytest.raises(services.AccessDenied) as refused:
        services.complete_lesson(enrolment, theirs.lessons[0])
    assert "hoort niet bij de cursus" in refused.value.message
    with pytest.raises(services.AccessDenied):
        services.submit_quiz(enrolment, theirs.quizzes[0], answers_for(theirs.quizzes[0]))
    assert LessonCompletion.objects.count() == 0
    assert QuizAttempt.objects.count() == 0


def test_posting_a_lesson_of_another_course_over_http_is_refused(client, make_course, user, enrol):
    mine = make_course()
    theirs = make_course()
    enrol(user, mine)
    client.force_login(user)
    response = client.post(theirs.lessons[0].url)
    assert response.status_code == 403
    assert "niet ingeschreven" in response.content.decode()
    assert LessonCompletion.objects.count() == 0


@pytest.mark.parametrize(
    "forge",
    [
        "unknown_answer",
        "answer_of_other_question",
        "two_answers_to_single_choice",
        "unknown_question",
    ],
)
def test_forged_answers_are_refused_and_nothing_is_recorded(client, course, user, enrolment, forge):
    quiz = course.quizzes[0]
    single, multiple = quiz.get_questions()
    data = quiz_post(quiz)
    if forge == "unknown_answer":
        data[f"vraag-{single.id}"] = ["00000000-bestaat-niet"]
    elif forge == "answer_of_other_question":
        data[f"vraag-{single.id}"] = [multiple.answers[0].id]
    elif forge == "two_answers_to_single_choice":
        data[f"vraag-{single.id}"] = [a.id for a in single.answers[:2]]
    else:
        data["vraag-verzonnen-vraag"] = [single.answers[0].id]
    client.force_login(user)
    response = post(client, quiz, data)
    assert response.status_code == 400
    assert "Deze antwoorden horen niet bij deze toets. Er is niets opgeslagen" in (
        response.content.decode()
    )
    assert QuizAttempt.objects.count() == 0


def test_unanswered_questions_are_pointed_out_and_nothing_is_recorded(
    client, course, user, enrolment
):
    quiz = course.quizzes[0]
    single, _multiple = quiz.get_questions()
    client.force_login(user)
    response = post(client, quiz, {f"vraag-{single.id}": sorted(single.correct_ids)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Beantwoord alle vragen" in html
    assert "Kies bij deze vraag minstens één antwoord." in html
    assert QuizAttempt.objects.count() == 0


def test_a_post_beyond_the_attempt_limit_is_refused(client, course, user, enrolment):
    quiz = course.quizzes[0]
    quiz.max_attempts = 1
    quiz.save()
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, right=False))
    response = post(client, quiz, quiz_post(quiz))
    assert response.status_code == 400
    assert "alle 1 pogingen" in response.content.decode()
    assert QuizAttempt.objects.count() == 1
    page = client.get(quiz.url).content.decode()
    assert "U heeft geen pogingen meer" in page
    assert "Toets inleveren" not in page
    empty = post(client, quiz, {})
    assert empty.status_code == 400
    assert "alle 1 pogingen" in empty.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_a_double_click_on_hand_in_uses_one_attempt(client, course, user, enrolment):
    """Both clicks post the form that was shown for attempt 1: the second records nothing
    and shows the result of the first, with a message, not an error."""
    quiz = course.quizzes[0]
    quiz.max_attempts = 2
    quiz.save()
    client.force_login(user)
    form = client.get(quiz.url).content.decode()
    assert 'name="poging" value="1"' in form
    first = post(client, quiz, quiz_post(quiz, right=False, attempt=1))
    second = post(client, quiz, quiz_post(quiz, right=False, attempt=1))
    assert first.status_code == second.status_code == 302
    assert second["Location"] == f"{quiz.url}?poging=1#resultaat"
    assert QuizAttempt.objects.count() == 1
    review = client.get(second["Location"]).content.decode()
    assert "U had deze toets al ingeleverd. Er is niets dubbel opgeslagen" in review
    assert "Niet geslaagd: 0% goed." in review
    assert "(1 gebruikt)" in review
    # The next form is for attempt 2, and that one still counts.
    assert 'name="poging" value="2"' in client.get(quiz.url).content.decode()
    assert post(client, quiz, quiz_post(quiz, attempt=2))["Location"].endswith("poging=2#resultaat")
    assert QuizAttempt.objects.count() == 2


def test_a_double_click_after_passing_shows_the_passed_attempt(client, course, user, enrolment):
    quiz = course.quizzes[0]
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, attempt=1))
    second = post(client, quiz, quiz_post(quiz, attempt=1))
    assert second.status_code == 302
    assert second["Location"] == f"{quiz.url}?poging=1#resultaat"
    assert QuizAttempt.objects.count() == 1
    html = client.get(second["Location"]).content.decode()
    assert "U had deze toets al ingeleverd" in html and "Geslaagd: 100% goed." in html


def test_the_service_records_nothing_for_a_form_that_was_handed_in(course, enrolment):
    quiz = course.quizzes[0]
    first = services.submit_quiz(enrolment, quiz, answers_for(quiz, right=False), 1)
    with pytest.raises(services.AlreadySubmitted) as refused:
        services.submit_quiz(enrolment, quiz, answers_for(quiz), attempt_number=1)
    assert refused.value.attempt == first
    assert list(QuizAttempt.objects.values_list("number", "passed")) == [(1, False)]


def test_you_only_see_your_own_attempts(client, course, user, other_user, enrolment, enrol):
    quiz = course.quizzes[0]
    services.submit_quiz(enrolment, quiz, answers_for(quiz))
    enrol(other_user, course)
    client.force_login(other_user)
    html = client.get(f"{quiz.url}?poging=1").content.decode()
    assert "Uw resultaat" not in html
    assert "Toets inleveren" in html


def test_quiz_form_without_csrf_token_is_refused(course, user, enrolment):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(course.quizzes[0].url, quiz_post(course.quizzes[0]))
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == 0
