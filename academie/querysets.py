"""Progress of many enrolments in one query (for "Mijn academie" and the admin listings).

Each enrolment is annotated with `items_total` (live required lessons plus live quizzes of its
course) and `items_done` (of those: finished lessons plus passed quizzes). The course is found
through the page tree path, so no page is loaded per enrolment.
"""

from django.db.models import F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.lookups import StartsWith

from academie.models import LessonCompletion, LessonPage, QuizAttempt, QuizPage


class SubqueryCount(Subquery):
    """COUNT(*) of a subquery, usable as an annotation on every database backend."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def _in_course(queryset):
    return queryset.filter(StartsWith(F("path"), OuterRef("course__path")), live=True).order_by()


def with_progress(queryset):
    lessons = _in_course(LessonPage.objects.filter(required=True)).values("pk")
    quizzes = _in_course(QuizPage.objects.all()).values("pk")
    lessons_done = (
        LessonCompletion.objects.filter(
            enrolment=OuterRef("pk"), lesson__live=True, lesson__required=True
        )
        .values("pk")
        .order_by()
    )
    quizzes_passed = (
        QuizAttempt.objects.filter(enrolment=OuterRef("pk"), passed=True, quiz__live=True)
        .order_by()
        .values("quiz_id")
        .distinct()
    )
    return queryset.annotate(
        items_total=Coalesce(SubqueryCount(lessons), 0) + Coalesce(SubqueryCount(quizzes), 0),
        items_done=Coalesce(SubqueryCount(lessons_done), 0)
        + Coalesce(SubqueryCount(quizzes_passed), 0),
    )
