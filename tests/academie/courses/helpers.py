"""Helpers of the course tests: the answers to a quiz, and finishing a whole course."""

from academie import services


def answers_for(quiz, right=True):
    """{question id: [answer ids]}: all right, or all wrong."""
    answers = {}
    for question in quiz.get_questions():
        if right:
            answers[question.id] = sorted(question.correct_ids)
        else:
            answers[question.id] = [a.id for a in question.answers if not a.correct][:1]
    return answers


def quiz_post(quiz, right=True, attempt=None):
    """The same answers as form data, as the browser posts them (with the hidden attempt
    number of the form when `attempt` is given)."""
    data = {} if attempt is None else {"poging": str(attempt)}
    for question_id, answer_ids in answers_for(quiz, right).items():
        data[f"vraag-{question_id}"] = answer_ids
    return data


def complete_course(enrolment, course):
    """Finish every lesson and pass every quiz of `course` (a conftest Course)."""
    for lesson in course.lessons:
        services.complete_lesson(enrolment, lesson)
    for quiz in course.quizzes:
        services.submit_quiz(enrolment, quiz, answers_for(quiz))
    enrolment.refresh_from_db()
    return enrolment
