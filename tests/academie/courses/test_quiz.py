"""Forged and wrong quiz posts: a clear Dutch refusal and nothing recorded."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format

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


def review_html(client, quiz, number):
    return client.get(f"{quiz.url}?poging={number}").content.decode()


# The right answers of the default quiz (tests/academie/courses/factories.py) and what the
# "wrong" answers of answers_for choose instead.
RIGHT_ONLY = ("Blauw", "Walvis", "Hond")
REVEALED = (
    "juist antwoord",
    "quiz-review__answer--correct",
    "Uitleg bij de vraag.",
    "Feedback bij",
)


def test_a_failed_attempt_with_attempts_left_hides_the_right_answers(
    client, course, user, enrolment
):
    """Issue 19, point 5: the score, which questions were wrong and how many attempts are
    left, but not the right option, nor the explanation or the feedback that give it away."""
    client.force_login(user)
    quiz = course.quizzes[0]
    post(client, quiz, quiz_post(quiz, right=False))
    html = review_html(client, quiz, 1)
    assert "Niet geslaagd: 0% goed." in html
    assert "2 van de 2 vragen waren niet goed" in html
    assert html.count("Niet goed") == 2
    assert "U heeft nog 2 pogingen." in html
    assert "Groen" in html and "Haai" in html  # what the participant chose
    assert "De juiste antwoorden ziet u nog niet" in html
    assert "Opnieuw proberen" in html
    for text in (*RIGHT_ONLY, *REVEALED):
        assert text not in html


def test_a_partly_right_attempt_says_which_question_was_wrong(client, course, user, enrolment):
    client.force_login(user)
    quiz = course.quizzes[0]
    single, multiple = quiz.get_questions()
    data = quiz_post(quiz, right=False)
    data[f"vraag-{single.id}"] = sorted(single.correct_ids)
    post(client, quiz, data)
    html = review_html(client, quiz, 1)
    assert "Niet geslaagd: 50% goed." in html
    assert "1 van de 2 vragen was niet goed" in html
    assert "quiz-review__question--right" in html and "quiz-review__question--wrong" in html
    for text in ("Walvis", "Hond", *REVEALED):
        assert text not in html


def test_the_last_failed_attempt_shows_the_right_answers_and_whom_to_contact(
    client, course, user, enrolment
):
    quiz = course.quizzes[0]
    quiz.max_attempts = 2
    quiz.save()
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, right=False))
    assert "juist antwoord" not in review_html(client, quiz, 1)
    assert "U heeft nog 1 poging." in review_html(client, quiz, 1)
    post(client, quiz, quiz_post(quiz, right=False))
    html = review_html(client, quiz, 2)
    assert "U heeft geen pogingen meer" in html
    assert "Neem dan contact op met de ADV Academie" in html
    assert "Opnieuw proberen" not in html
    for text in (*RIGHT_ONLY, *REVEALED):
        assert text in html
    assert "juist antwoord" in review_html(client, quiz, 1)  # earlier attempts too, now
    page = client.get(quiz.url).content.decode()
    assert "Toets inleveren" not in page and "U heeft geen pogingen meer" in page


def test_passing_after_a_failed_attempt_shows_the_right_answers(client, course, user, enrolment):
    client.force_login(user)
    quiz = course.quizzes[0]
    post(client, quiz, quiz_post(quiz, right=False))
    post(client, quiz, quiz_post(quiz))
    assert "Geslaagd: 100% goed." in review_html(client, quiz, 2)
    html = review_html(client, quiz, 1)
    assert "juist antwoord" in html and "Uitleg bij de vraag." in html
    assert "Opnieuw proberen" not in html


def test_with_unlimited_attempts_the_answers_show_only_after_passing(
    client, course, user, enrolment
):
    quiz = course.quizzes[0]
    quiz.max_attempts = 0
    quiz.save()
    client.force_login(user)
    for number in (1, 2, 3, 4):
        post(client, quiz, quiz_post(quiz, right=False))
        html = review_html(client, quiz, number)
        assert "Opnieuw proberen" in html
        for text in (*RIGHT_ONLY, *REVEALED):
            assert text not in html
    assert (
        "De juiste antwoorden ziet u als u geslaagd bent." in client.get(quiz.url).content.decode()
    )


@pytest.mark.parametrize(
    ("pass_mark", "text"),
    [
        (80, "U bent geslaagd als u ten minste 80% van de vragen goed heeft."),
        (100, "U bent geslaagd als u alle vragen goed heeft."),
    ],
)
def test_the_pass_mark_is_explained_in_plain_words(
    client, course, user, enrolment, pass_mark, text
):
    quiz = course.quizzes[0]
    quiz.pass_mark = pass_mark
    quiz.save()
    client.force_login(user)
    html = client.get(quiz.url).content.decode()
    assert text in html
    assert "of meer goed" not in html


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
    assert "U heeft uw enige poging voor deze toets gebruikt" in response.content.decode()
    assert "Er is niets opgeslagen" in response.content.decode()
    assert QuizAttempt.objects.count() == 1
    page = client.get(quiz.url).content.decode()
    assert "U heeft geen pogingen meer" in page
    assert "Toets inleveren" not in page
    empty = post(client, quiz, {})
    assert empty.status_code == 400
    assert "U heeft uw enige poging" in empty.content.decode()
    assert QuizAttempt.objects.count() == 1


@pytest.mark.parametrize("attempt", [2, 3, 99, "x"])
def test_a_tampered_attempt_number_beyond_the_limit_is_refused(
    client, course, user, enrolment, attempt
):
    """The hidden attempt number is the browser's: a forged "next" number does not buy an
    attempt (and a number of an earlier attempt only shows that attempt)."""
    quiz = course.quizzes[0]
    quiz.max_attempts = 1
    quiz.save()
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, right=False, attempt=1))
    response = post(client, quiz, quiz_post(quiz, attempt=attempt))
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert response["Location"].endswith("poging=1#resultaat")
    assert list(QuizAttempt.objects.values_list("number", "passed")) == [(1, False)]


def test_after_a_failed_attempt_the_participant_waits_before_the_next(
    client, course, user, enrolment
):
    """retry_wait_minutes is enforced by the service: a direct post during the wait is
    refused with the time it ends, and nothing is recorded."""
    quiz = course.quizzes[0]
    quiz.retry_wait_minutes = 90
    quiz.save()
    client.force_login(user)
    post(client, quiz, quiz_post(quiz, right=False, attempt=1))
    attempt = QuizAttempt.objects.get()
    retry_at = timezone.localtime(attempt.submitted_at + timedelta(minutes=90))
    when = f"op {date_format(retry_at, 'j F Y')} om {date_format(retry_at, 'H:i')} uur"
    html = review_html(client, quiz, 1)
    assert f"U kunt de toets opnieuw maken {when}." in html
    assert "Opnieuw proberen" not in html and "juist antwoord" not in html
    page = client.get(quiz.url).content.decode()
    assert "Toets inleveren" not in page
    assert "Dan wacht u 90 minuten voordat u het opnieuw probeert." in page
    for data in (quiz_post(quiz, attempt=2), quiz_post(quiz), {}):
        response = post(client, quiz, data)
        assert response.status_code == 400
        text = response.content.decode()
        assert "U moet nog even wachten." in text and when in text
        assert "Er is niets opgeslagen." in text
    assert QuizAttempt.objects.count() == 1
    # The wait is over: the next attempt counts.
    QuizAttempt.objects.update(submitted_at=attempt.submitted_at - timedelta(minutes=91))
    assert 'name="poging" value="2"' in client.get(quiz.url).content.decode()
    response = post(client, quiz, quiz_post(quiz, attempt=2))
    assert response["Location"].endswith("poging=2#resultaat")
    assert QuizAttempt.objects.filter(passed=True).count() == 1


def test_the_service_refuses_an_attempt_during_the_wait(course, enrolment):
    quiz = course.quizzes[0]
    quiz.retry_wait_minutes = 24 * 60
    quiz.save()
    first = services.submit_quiz(enrolment, quiz, answers_for(quiz, right=False))
    with pytest.raises(services.QuizRefused) as refused:
        services.submit_quiz(enrolment, quiz, answers_for(quiz), attempt_number=2)
    assert refused.value.code == "wait"
    assert QuizAttempt.objects.count() == 1
    state = services.quiz_state(enrolment, quiz)
    assert state.waiting and not state.can_attempt and not state.reveals_answers
    later = first.submitted_at + timedelta(days=1, seconds=1)
    assert services.quiz_state(enrolment, quiz, now=later).can_attempt
    assert quiz.retry_wait_text() == "1 dag"


def test_no_wait_after_the_last_attempt_or_after_passing(course, enrolment):
    quiz = course.quizzes[0]
    quiz.retry_wait_minutes = 60
    quiz.max_attempts = 1
    quiz.save()
    services.submit_quiz(enrolment, quiz, answers_for(quiz, right=False))
    state = services.quiz_state(enrolment, quiz)
    assert state.out_of_attempts and not state.waiting and state.reveals_answers
    assert state.retry_text() == ""


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
