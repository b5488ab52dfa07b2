"""Demo content of the ADV Academie: the catalogue, five courses with real lessons and
quizzes (academie/demo/data/courses.py), and the trainee "deelnemer" with progress and a
certificate.

Idempotent: pages are found by slug, the trainee by username; nothing is changed the second
time. No emails are sent: the demo data is written directly, not through the services.
"""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from academie import services
from academie.demo.data.courses import BASICS, COURSES, INDEX_INTRO, POLICY
from academie.models import (
    Certificate,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    CourseTrainer,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from academie.permissions import grant_course_manager_page_permissions
from academie.services.certificates import ensure_pdf
from hub.demo.accounts import DEMO_PASSWORD, TRAINEE, TRAINEE_ORGANISATION
from hub.demo.registry import demo_loader, ensure_child
from hub.models import Audience, Domain, PolicyStep


def build_course(index, data, courses_by_slug):
    terms = {
        "audiences": (Audience, data["audiences"]),
        "domains": (Domain, data["domains"]),
        "policy_steps": (PolicyStep, data["steps"]),
    }
    course, created = ensure_child(
        index,
        CoursePage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        learning_goals=data["learning_goals"],
        course_format=data["course_format"],
        duration_hours=Decimal(data["duration_hours"]),
        level=data["level"],
        accreditation=data["accreditation"],
        requires_approval=data["requires_approval"],
        in_order=data["in_order"],
        certificate_validity_months=data["validity_months"],
        is_example=True,
    )
    if not created:
        return course, []
    for field, (model, slugs) in terms.items():
        getattr(course, field).set(list(model.objects.filter(slug__in=slugs)))
    course.prerequisites.set([courses_by_slug[slug] for slug in data.get("prerequisites", [])])
    course.trainers = [CourseTrainer(name=name, role=role) for name, role in data["trainers"]]
    course.save_revision().publish()
    made = [course]
    for module_data in data["modules"]:
        module, _created = ensure_child(
            course,
            CourseModulePage,
            module_data["slug"],
            title=module_data["title"],
            intro=module_data["intro"],
        )
        made.append(module)
        for item in module_data["items"]:
            fields = {key: value for key, value in item.items() if key not in {"kind", "slug"}}
            model = LessonPage if item["kind"] == "lesson" else QuizPage
            page, _created = ensure_child(module, model, item["slug"], **fields)
            made.append(page)
    return course, made


@demo_loader(order=30)
def load_academy(ctx):
    index = ctx.ensure_page(
        ctx.home, CourseIndexPage, "academie", title="ADV Academie", intro=INDEX_INTRO
    )
    grant_course_manager_page_permissions(index)

    courses = {}
    for data in COURSES:
        course, made = build_course(index, data, courses)
        courses[data["slug"]] = course
        ctx.created.extend(made)

    trainee = load_trainee(ctx)
    if trainee is not None:
        load_trainee_progress(trainee, courses)


def load_trainee(ctx):
    from allauth.account.models import EmailAddress

    User = get_user_model()
    if User.objects.filter(username=TRAINEE["username"]).exists():
        return None
    trainee = User.objects.create_user(password=DEMO_PASSWORD, **TRAINEE)
    EmailAddress.objects.create(user=trainee, email=trainee.email, verified=True, primary=True)
    ctx.created.append(trainee)
    return trainee


def _items(course):
    return [item for module in services.course_structure(course) for item in module.items]


def _pass_quiz(enrolment, quiz, when):
    questions = quiz.get_questions()
    answers = {question.id: sorted(question.correct_ids) for question in questions}
    score, review = services.grade(questions, answers)
    QuizAttempt.objects.create(
        enrolment=enrolment,
        quiz=quiz,
        number=1,
        answers=answers,
        review=review,
        score=score,
        passed=True,
        submitted_at=when,
    )


def load_trainee_progress(trainee, courses):
    """The trainee finished the basic course (with a certificate) and is halfway the policy
    course; their request for the intake course waits for an Academiebeheerder."""
    now = timezone.now()
    name = trainee.get_full_name()
    basics = courses[BASICS["slug"]]
    started = now - timedelta(days=40)
    done = Enrolment.objects.create(
        user=trainee,
        course=basics,
        participant_name=name,
        organisation=TRAINEE_ORGANISATION,
        created_at=started,
        confirmation_sent_at=started,
    )
    for number, item in enumerate(_items(basics)):
        when = started + timedelta(days=number + 1)
        if isinstance(item, QuizPage):
            _pass_quiz(done, item, when)
        elif item.required:
            LessonCompletion.objects.create(enrolment=done, lesson=item, completed_at=when)
        done.last_item_id = item.pk
    done.completed_at = done.last_activity_at = now - timedelta(days=30)
    done.save()
    certificate = Certificate.objects.create(
        code=services.new_certificate_code(),
        enrolment=done,
        user=trainee,
        course=basics,
        holder_name=name,
        course_title=basics.title,
        hours=basics.duration_hours,
        issued_on=done.completed_at.date(),
        completion_email_sent_at=done.completed_at,
    )
    ensure_pdf(certificate)

    policy = courses[POLICY["slug"]]
    busy = Enrolment.objects.create(
        user=trainee,
        course=policy,
        participant_name=name,
        organisation=TRAINEE_ORGANISATION,
        created_at=now - timedelta(days=7),
        confirmation_sent_at=now - timedelta(days=7),
    )
    lessons = [item for item in _items(policy) if isinstance(item, LessonPage)][:2]
    for number, lesson in enumerate(lessons):
        LessonCompletion.objects.create(
            enrolment=busy, lesson=lesson, completed_at=now - timedelta(days=6 - number)
        )
    busy.last_item_id = lessons[-1].pk
    busy.last_activity_at = now - timedelta(days=5)
    busy.save()

    intake = next(course for slug, course in courses.items() if course.requires_approval)
    Enrolment.objects.create(
        user=trainee,
        course=intake,
        status=Enrolment.Status.REQUESTED,
        participant_name=name,
        organisation=TRAINEE_ORGANISATION,
        motivation="Ik wil als nieuwe klachtbehandelaar beter leren bemiddelen.",
    )
