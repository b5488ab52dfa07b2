"""Who follows which course, and how far they are: enrolments, finished lessons, quiz attempts.

When a user deletes their account the enrolment stays, without the person (user, name):
the academy keeps its numbers, the person is gone. See academie/services/privacy.py.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academie.models.fields import account_link


class Enrolment(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "aangevraagd", _("Wacht op goedkeuring")
        ACTIVE = "actief", _("Ingeschreven")
        REFUSED = "afgewezen", _("Afgewezen")

    user = account_link(_("account"), related_name="academie_enrolments")
    course = models.ForeignKey(
        "academie.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("cursus"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    participant_name = models.CharField(_("naam deelnemer"), max_length=200, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True, db_index=True)
    motivation = models.TextField(_("toelichting bij de aanvraag"), blank=True)
    refusal_reason = models.TextField(_("reden van afwijzing"), blank=True)
    created_at = models.DateTimeField(_("ingeschreven op"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    decided_by = account_link(_("beoordeeld door"))
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True, db_index=True)
    last_item = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("laatst geopend"),
    )
    last_activity_at = models.DateTimeField(_("laatst actief"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(user__isnull=False),
                name="academie_one_enrolment_per_user_and_course",
            )
        ]

    def __str__(self):
        return f"{self.display_name} · {self.course.title}"

    @property
    def display_name(self):
        if self.anonymised_at:
            return str(_("(verwijderd account)"))
        if self.participant_name:
            return self.participant_name
        return self.user.email if self.user_id else "—"

    display_name.fget.short_description = _("deelnemer")

    @property
    def email(self):
        return self.user.email if self.user_id else ""

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def is_completed(self):
        return self.completed_at is not None

    # Set by academie.querysets.with_progress (one query for a whole listing).
    @property
    def progress_percent(self):
        total = getattr(self, "items_total", None)
        done = getattr(self, "items_done", None)
        if total is None or done is None:
            from academie.services import progress_for

            return progress_for(self).percent
        if self.completed_at:
            return 100
        return round(100 * min(done, total) / total) if total else 0

    progress_percent.fget.short_description = _("voortgang (%)")


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "academie.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("afgerond op"), default=timezone.now)

    class Meta:
        verbose_name = _("afgeronde les")
        verbose_name_plural = _("afgeronde lessen")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson"], name="academie_lesson_done_once"
            )
        ]

    def __str__(self):
        return f"{self.lesson_id} · {self.completed_at:%Y-%m-%d}"


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey("academie.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("poging"))
    answers = models.JSONField(_("gegeven antwoorden"), default=dict)
    review = models.JSONField(
        _("nabespreking"),
        default=list,
        help_text=_("De vragen zoals ze waren bij het inleveren, met de gekozen antwoorden."),
    )
    score = models.PositiveSmallIntegerField(_("score (procent goed)"))
    passed = models.BooleanField(_("geslaagd"), default=False)
    submitted_at = models.DateTimeField(_("ingeleverd op"), default=timezone.now)

    class Meta:
        verbose_name = _("toetspoging")
        verbose_name_plural = _("toetspogingen")
        ordering = ["quiz_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz", "number"], name="academie_attempt_number_once"
            )
        ]

    def __str__(self):
        return f"{self.quiz_id} · {self.number} · {self.score}%"

    def wrong_questions(self):
        """The questions of the review that were not answered right."""
        return [question for question in self.review if not question["correct"]]
