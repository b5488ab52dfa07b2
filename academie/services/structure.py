"""Course structure, progress and access: what a participant may open, and how far they are."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from academie.models import (
    CourseModulePage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from academie.services.errors import AccessDenied


@dataclass
class Module:
    page: CourseModulePage
    items: list = field(default_factory=list)


def course_for(page):
    """The course a module, lesson or quiz belongs to (one query), or None."""
    prefixes = [page.path[: depth * Page.steplen] for depth in range(1, page.depth + 1)]
    return CoursePage.objects.filter(path__in=prefixes).first()


def course_structure(course):
    """The live modules of a course with their live lessons and quizzes, in editor order.

    One query per page type, whatever the size of the course; StreamFields are not loaded.
    """
    modules = []
    pages = course.get_descendants().live().order_by("path").defer_streamfields().specific()
    for page in pages:
        if isinstance(page, CourseModulePage):
            modules.append(Module(page))
        elif isinstance(page, LessonPage | QuizPage) and modules:
            if page.path.startswith(modules[-1].page.path):
                modules[-1].items.append(page)
    return modules


# --------------------------------------------------------------------------- progress


@dataclass
class Progress:
    modules: list
    done_ids: set
    locked_ids: set
    completed_at: object = None

    @property
    def items(self):
        return [item for module in self.modules for item in module.items]

    @property
    def required_items(self):
        return [item for item in self.items if item.required]

    @property
    def total(self):
        return len(self.required_items)

    @property
    def done(self):
        return sum(1 for item in self.required_items if item.pk in self.done_ids)

    @property
    def percent(self):
        if self.completed_at:
            return 100
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self):
        return self.total > 0 and self.done == self.total

    def state(self, item):
        if item.pk in self.done_ids:
            return "done"
        if item.pk in self.locked_ids:
            return "locked"
        return "open"

    @property
    def next_item(self):
        """The first required item still to do; else the first item not done; else None."""
        for candidates in (self.required_items, self.items):
            for item in candidates:
                if item.pk not in self.done_ids and item.pk not in self.locked_ids:
                    return item
        return None

    def neighbours(self, item):
        items = self.items
        ids = [i.pk for i in items]
        if item.pk not in ids:
            return None, None
        index = ids.index(item.pk)
        previous = items[index - 1] if index > 0 else None
        following = items[index + 1] if index + 1 < len(items) else None
        return previous, following


def progress_for(enrolment, modules=None):
    """Where a participant is in a course: done and locked items (a few queries)."""
    course = enrolment.course
    if modules is None:
        modules = course_structure(course)
    done = set(
        LessonCompletion.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True)
    )
    done |= set(
        QuizAttempt.objects.filter(enrolment=enrolment, passed=True).values_list(
            "quiz_id", flat=True
        )
    )
    locked = set()
    if course.in_order:
        blocked = False
        for module in modules:
            for item in module.items:
                if blocked:
                    locked.add(item.pk)
                elif item.required and item.pk not in done:
                    blocked = True
    return Progress(modules, done, locked, enrolment.completed_at)


# --------------------------------------------------------------------------- access


@dataclass
class Access:
    """May `user` open `item`? `reason` is empty when yes."""

    course: CoursePage
    enrolment: Enrolment | None = None
    progress: Progress | None = None
    reason: str = ""  # login, not_enrolled, requested, refused, locked
    as_editor: bool = False

    @property
    def allowed(self):
        return not self.reason


def access_to(user, item):
    course = course_for(item)
    if not user.is_authenticated:
        return Access(course, reason="login")
    enrolment = (
        Enrolment.objects.filter(user=user, course=course).select_related("course").first()
        if course
        else None
    )
    if enrolment is None or enrolment.status != Enrolment.Status.ACTIVE:
        if item.permissions_for_user(user).can_edit():
            return Access(course, enrolment, as_editor=True)
        if enrolment is None:
            return Access(course, reason="not_enrolled")
        reason = "requested" if enrolment.status == Enrolment.Status.REQUESTED else "refused"
        return Access(course, enrolment, reason=reason)
    progress = progress_for(enrolment)
    if item.pk in progress.locked_ids:
        return Access(course, enrolment, progress, reason="locked")
    return Access(course, enrolment, progress)


def lock_enrolment(enrolment):
    """Reload and lock the enrolment row: one action per participant and course at a time."""
    return (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course")
        .get(pk=enrolment.pk)
    )


def check_can_work_on(enrolment, item):
    """Refuse work on `item` unless the enrolment is active, for this course, and unlocked."""
    if enrolment is None or enrolment.status != Enrolment.Status.ACTIVE:
        raise AccessDenied(
            _("U bent niet ingeschreven voor deze cursus. Er is niets opgeslagen."),
            code="not_enrolled",
        )
    course = enrolment.course
    if not item.live or not item.path.startswith(course.path) or item.depth != course.depth + 2:
        raise AccessDenied(
            _(
                "Dit onderdeel hoort niet bij de cursus waarvoor u bent ingeschreven. Er is niets opgeslagen."
            ),
            code="other_course",
        )
    progress = progress_for(enrolment)
    if item.pk in progress.locked_ids:
        raise AccessDenied(
            _("Deze les is nog op slot. Rond eerst de vorige lessen en toetsen af."),
            code="locked",
        )
    return progress


def touch(enrolment, item):
    enrolment.last_item_id = item.pk
    enrolment.last_activity_at = timezone.now()
    enrolment.save(update_fields=["last_item", "last_activity_at"])


def record_visit(enrolment, item):
    """Remember the last opened lesson or quiz, for "verder waar u gebleven was"."""
    if enrolment is not None and enrolment.last_item_id != item.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_item_id=item.pk, last_activity_at=timezone.now()
        )
        enrolment.last_item_id = item.pk
