"""What the course pages do when they are served (called from their serve()): the catalogue at
/academie/, a course with its enrolment form, and its lessons and quizzes.

Every lesson and quiz request starts with `services.access_to`: the enrolment is checked on
the server before any content is rendered. POSTs go to the services, which check again.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _

from academie import services
from academie.forms.courses import EnrolmentForm, QuizForm
from academie.models import Certificate, Enrolment, QuizPage
from academie.search.courses import CourseSearch
from academie.views.responses import render_page
from hub.faceting.views import render_listing

RESULT_TEMPLATE = "academie/includes/course_card.html"


# --------------------------------------------------------------------------- catalogue


def catalogue(request, index_page):
    """/academie/: every course, with facets and text search (hub.faceting)."""
    search = CourseSearch(request, index_page=index_page)
    state = search.run()
    enrolled = {}
    if request.user.is_authenticated and state.results:
        for course_id, status, completed_at in Enrolment.objects.filter(
            user=request.user, course__in=[course.pk for course in state.results]
        ).values_list("course_id", "status", "completed_at"):
            if completed_at:
                enrolled[course_id] = _("Afgerond")
            else:
                enrolled[course_id] = Enrolment.Status(status).label
    return render_listing(
        request,
        state,
        page=index_page,
        result_template=RESULT_TEMPLATE,
        search_label=_("Zoek een cursus"),
        enrolled=enrolled,
    )


# --------------------------------------------------------------------------- course


def course_context(request, course, form=None):
    user = request.user
    modules = services.course_structure(course)
    enrolment = progress = certificate = None
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is not None and enrolment.is_active:
        progress = services.progress_for(enrolment, modules)
        certificate = Certificate.objects.filter(enrolment=enrolment).first()
    missing = services.missing_prerequisites(user, course) if enrolment is None else []
    if form is None and enrolment is None and user.is_authenticated and not missing:
        form = EnrolmentForm(course=course, user=user)
    return {
        "modules": modules,
        "item_count": sum(len(module.items) for module in modules),
        "enrolment": enrolment,
        "progress": progress,
        "certificate": certificate,
        "missing_prerequisites": missing,
        "form": form,
        "trainers": list(course.trainers.all()),
        "prerequisites": list(course.prerequisites.live().order_by("title")),
    }


def serve_course(course, request):
    if request.method == "POST":
        return enrol(course, request)
    return render_page(
        request, course, course.get_template(request), course_context(request, course)
    )


def enrol(course, request):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    form = EnrolmentForm(request.POST, course=course, user=request.user)
    if not form.is_valid():
        context = course_context(request, course, form=form)
        return render_page(request, course, course.get_template(request), context, status=400)
    try:
        enrolment, created = services.enrol(request.user, course, **form.cleaned_data)
    except services.AcademieError as error:
        messages.error(request, error.message)
        context = course_context(request, course, form=form)
        return render_page(request, course, course.get_template(request), context, status=400)
    if not created and not enrolment.is_active:
        messages.info(
            request,
            _("Uw aanvraag voor deze cursus is al ontvangen. Ze wacht nog op goedkeuring."),
        )
    elif not created:
        messages.info(request, _("U was al ingeschreven voor deze cursus."))
    elif enrolment.is_active:
        messages.success(
            request,
            _("U bent ingeschreven. U krijgt een bevestiging per e-mail. Veel succes!"),
        )
    else:
        messages.success(
            request,
            _(
                "Uw aanvraag is ontvangen. U krijgt een e-mail zodra de academiebeheerder "
                "haar heeft beoordeeld."
            ),
        )
    return HttpResponseRedirect(course.url)


# --------------------------------------------------------------------------- lessons and quizzes


def serve_participant_page(page, request):
    access = services.access_to(request.user, page)
    if not access.allowed:
        return refuse_access(request, page, access)
    if isinstance(page, QuizPage):
        return serve_quiz(request, page, access)
    return serve_lesson(request, page, access)


def refuse_access(request, page, access, message=""):
    next_item = None
    if access.reason == "locked" and access.progress is not None:
        next_item = access.progress.next_item
    context = {
        "access": access,
        "course": access.course,
        "next_item": next_item,
        "message": message,
        "login_url": f"/accounts/login/?next={page.url}",
    }
    return render_page(request, page, "academie/participants_only.html", context, status=403)


def item_context(request, page, access):
    progress = access.progress
    if progress is None:  # an editor looking at a course they don't follow
        modules = services.course_structure(access.course) if access.course else []
        progress = services.Progress(modules, set(), set())
    previous, following = progress.neighbours(page)
    return {
        "access": access,
        "course": access.course,
        "enrolment": access.enrolment,
        "progress": progress,
        "state": progress.state(page),
        "previous_item": previous,
        "next_item": following,
    }


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def serve_lesson(request, lesson, access):
    if request.method == "POST":
        return complete_lesson(request, lesson, access)
    services.record_visit(access.enrolment, lesson)
    return render_page(
        request, lesson, lesson.get_template(request), item_context(request, lesson, access)
    )


def complete_lesson(request, lesson, access):
    try:
        created = services.complete_lesson(access.enrolment, lesson)
    except services.AcademieError as error:
        if wants_json(request):
            return JsonResponse({"error": error.message}, status=error.status)
        return refuse_access(request, lesson, access, message=error.message)
    if wants_json(request):
        return JsonResponse({"done": True, "new": created})
    access = services.access_to(request.user, lesson)
    progress = access.progress
    if progress and progress.completed_at:
        messages.success(request, _("Gefeliciteerd! U heeft de cursus afgerond."))
        return HttpResponseRedirect(access.course.url)
    messages.success(request, _("Les afgerond."))
    if request.POST.get("next") and progress:
        _previous, following = progress.neighbours(lesson)
        if following is not None:
            return HttpResponseRedirect(following.url)
    return HttpResponseRedirect(lesson.url)


def serve_quiz(request, quiz, access):
    questions = quiz.get_questions()
    if request.method == "POST":
        return submit_quiz(request, quiz, access, questions)
    services.record_visit(access.enrolment, quiz)
    state = services.quiz_state(access.enrolment, quiz) if access.enrolment else None
    attempt = None
    if state is not None:
        requested = request.GET.get("poging", "")
        attempt = next((a for a in state.attempts if str(a.number) == requested), None)
        if attempt is None and not state.can_attempt:
            attempt = state.latest
    form = None
    if attempt is None and (state is None or state.can_attempt):
        form = QuizForm(questions=questions, attempt_number=_next_attempt(state))
    return _render_quiz(request, quiz, access, state, form, attempt)


def _next_attempt(state):
    return state.used + 1 if state is not None else 1


def _render_quiz(request, quiz, access, state, form, attempt, error="", status=200):
    context = item_context(request, quiz, access)
    context.update(
        {
            "quiz_state": state,
            "form": form,
            "attempt": attempt,
            "error": error,
            "question_count": len(form.questions) if form else len(quiz.get_questions()),
            # The rule is the service's: after passing or after the last attempt only.
            "reveal": state is not None and state.reveals_answers,
        }
    )
    return render_page(request, quiz, quiz.get_template(request), context, status=status)


def submit_quiz(request, quiz, access, questions):
    form = QuizForm(request.POST, questions=questions)
    try:
        attempt = services.submit_quiz(
            access.enrolment,
            quiz,
            QuizForm.posted_answers(request.POST),
            attempt_number=QuizForm.posted_attempt_number(request.POST),
        )
    except services.AlreadySubmitted as error:
        # A double click: show the attempt that the first click handed in.
        messages.info(request, error.message)
        return HttpResponseRedirect(f"{quiz.url}?poging={error.attempt.number}#resultaat")
    except services.AcademieError as error:
        state = services.quiz_state(access.enrolment, quiz) if access.enrolment else None
        if state is not None and not state.can_attempt:
            form = None
        incomplete = error.code == "incomplete" and form is not None
        status = 200 if incomplete else error.status
        if incomplete:
            form.is_valid()  # show which questions still need an answer
        elif form is not None:
            form = QuizForm(questions=questions, attempt_number=_next_attempt(state))
        return _render_quiz(
            request, quiz, access, state, form, None, error=error.message, status=status
        )
    if attempt.passed:
        messages.success(request, _("Gefeliciteerd, u bent geslaagd voor deze toets!"))
    return HttpResponseRedirect(f"{quiz.url}?poging={attempt.number}#resultaat")


def preview_context(page, request):
    """Context for Wagtail's preview: the editor sees the page without being enrolled."""
    course = services.course_for(page) if page.path else None
    access = services.Access(course, as_editor=True)
    context = {**page.get_context(request), **item_context(request, page, access)}
    if isinstance(page, QuizPage):
        context.update(
            {
                "form": QuizForm(questions=page.get_questions()),
                "quiz_state": None,
                "question_count": len(page.questions),
            }
        )
    return context
