"""What a course is made of: modules, lessons and quizzes (pages below a CoursePage).

These pages are for enrolled participants only. They never appear in search (no search
fields), in the sitemap or in the pages API (`is_private_content`, see hub/api.py), and
serve() checks the enrolment on the server before anything is rendered.
"""

from dataclasses import dataclass, field
from http import HTTPMethod

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from academie.blocks.courses import LessonContentBlock, QuizQuestionsBlock
from hub.models import BasePage


class ParticipantsOnlyPage(BasePage):
    """Base of the pages only enrolled participants may read."""

    is_private_content = True
    search_fields = []
    api_fields = []
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        return []

    def serve(self, request, *args, **kwargs):
        from academie.views.courses import serve_participant_page

        return serve_participant_page(self, request)

    def get_preview_context(self, request, mode_name):
        from academie.views.courses import preview_context

        return preview_context(self, request)


class CourseModulePage(ParticipantsOnlyPage):
    """A group of lessons and quizzes. Its own URL leads to the course outline."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academie.CoursePage"]
    subpage_types = ["academie.LessonPage", "academie.QuizPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        parent = self.get_parent()
        return redirect(f"{parent.url}#module-{self.pk}")

    def serve_preview(self, request, mode_name):
        return self.serve(request)


class LessonPage(ParticipantsOnlyPage):
    body = StreamField(LessonContentBlock(), verbose_name=_("inhoud van de les"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duur in minuten"), default=15, validators=[MinValueValidator(1)]
    )
    required = models.BooleanField(
        _("verplicht"),
        default=True,
        help_text=_("Verplichte lessen moeten klaar zijn om de cursus af te ronden."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("required")]),
        FieldPanel("body"),
    ]
    parent_page_types = ["academie.CourseModulePage"]
    subpage_types = []

    kind = "lesson"

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")


@dataclass(frozen=True)
class Answer:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    multiple: bool
    text: str
    answers: tuple
    explanation: str = ""
    answer_ids: frozenset = field(default=frozenset())

    @property
    def correct_ids(self):
        return frozenset(answer.id for answer in self.answers if answer.correct)


MAX_RETRY_WAIT_MINUTES = 30 * 24 * 60  # thirty days


class QuizPage(ParticipantsOnlyPage):
    questions = StreamField(QuizQuestionsBlock(), verbose_name=_("vragen"))
    pass_mark = models.PositiveSmallIntegerField(
        _("geslaagd vanaf (procent goed)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Hoeveel procent van de vragen goed moet zijn. 100 betekent: alle vragen goed."
        ),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("aantal pogingen"),
        default=3,
        help_text=_(
            "Hoe vaak een deelnemer de toets mag maken. 0 betekent: onbeperkt. De deelnemer "
            "ziet de juiste antwoorden pas na het slagen of na de laatste poging."
        ),
    )
    retry_wait_minutes = models.PositiveIntegerField(
        _("wachttijd na een poging die niet lukte (minuten)"),
        default=0,
        validators=[MaxValueValidator(MAX_RETRY_WAIT_MINUTES)],
        help_text=_(
            "Zoveel minuten wacht een deelnemer na een poging die niet lukte, voordat een "
            "nieuwe poging kan. 0 betekent: meteen opnieuw. Een dag is 1440 minuten."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("pass_mark"),
                        FieldPanel("max_attempts"),
                        FieldPanel("retry_wait_minutes"),
                    ]
                ),
            ],
            heading=_("Spelregels"),
        ),
        FieldPanel("questions"),
    ]
    parent_page_types = ["academie.CourseModulePage"]
    subpage_types = []

    kind = "quiz"
    required = True  # every quiz must be passed to complete the course

    class Meta:
        verbose_name = _("toets")
        verbose_name_plural = _("toetsen")

    def pass_mark_text(self):
        """The rule for passing, in plain words."""
        if self.pass_mark >= 100:
            return _("U bent geslaagd als u alle vragen goed heeft.")
        return _("U bent geslaagd als u ten minste %(mark)s%% van de vragen goed heeft.") % {
            "mark": self.pass_mark
        }

    def retry_wait_text(self):
        """The wait after a failed attempt in days, hours or minutes ("" when none)."""
        minutes = self.retry_wait_minutes
        if not minutes:
            return ""
        if minutes % (24 * 60) == 0:
            days = minutes // (24 * 60)
            return ngettext("%(n)s dag", "%(n)s dagen", days) % {"n": days}
        if minutes % 60 == 0:
            return _("%(n)s uur") % {"n": minutes // 60}
        return ngettext("%(n)s minuut", "%(n)s minuten", minutes) % {"n": minutes}

    def get_questions(self):
        """The questions as plain objects with the stable block ids of questions and answers."""
        questions = []
        for block in self.questions:
            answers = tuple(
                Answer(
                    id=str(item.id),
                    text=item.value["text"],
                    correct=bool(item.value["correct"]),
                    feedback=item.value["feedback"] or "",
                )
                for item in block.value["answers"].bound_blocks
            )
            explanation = block.value["explanation"]
            questions.append(
                Question(
                    id=str(block.id),
                    multiple=block.block_type == "multiple_choice",
                    text=block.value["question"],
                    answers=answers,
                    explanation=str(explanation.source) if explanation else "",
                    answer_ids=frozenset(answer.id for answer in answers),
                )
            )
        return questions
