"""StreamField blocks of lessons and quizzes.

Lessons reuse the shared content blocks (text, video with transcript, downloads...) and add a
reflection question and a case with a model answer. Quiz questions are blocks too: every
question and every answer gets a stable id from Wagtail (the block id), which the quiz form
posts and the attempt stores, so an edited quiz never mixes up old answers.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import (
    RICH_TEXT_FEATURES,
    AccordionBlock,
    CoreContentBlock,
    DownloadBlock,
    VideoBlock,
)


class ReflectionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Reflectievraag"))
    guidance = blocks.RichTextBlock(
        label=_("Tips om over na te denken"),
        features=RICH_TEXT_FEATURES,
        required=False,
    )

    class Meta:
        icon = "help"
        label = _("Reflectievraag")
        template = "academie/blocks/reflection.html"


class CaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel van de casus"), max_length=160)
    situation = blocks.RichTextBlock(label=_("Situatie"), features=RICH_TEXT_FEATURES)
    question = blocks.TextBlock(label=_("Vraag bij de casus"))
    model_answer = blocks.RichTextBlock(label=_("Modelantwoord"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Casus met modelantwoord")
        template = "academie/blocks/case.html"


class LessonContentBlock(CoreContentBlock):
    video = VideoBlock()
    download = DownloadBlock()
    accordion = AccordionBlock()
    reflection = ReflectionBlock()
    case = CaseBlock()


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwoord"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Dit antwoord is juist"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback bij dit antwoord"),
        required=False,
        help_text=_("Deze uitleg ziet de deelnemer na het inleveren als hij dit antwoord koos."),
    )


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Vraag"))
    answers = blocks.ListBlock(AnswerBlock(), label=_("Antwoorden"), min_num=2, max_num=8)
    explanation = blocks.RichTextBlock(
        label=_("Toelichting na het inleveren"), features=RICH_TEXT_FEATURES, required=False
    )

    multiple = False

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if self.multiple and correct < 1:
            raise blocks.StructBlockValidationError(
                block_errors={"answers": _("Markeer minstens één antwoord als juist.")}
            )
        if not self.multiple and correct != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"answers": _("Markeer precies één antwoord als juist.")}
            )
        return value


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Meerkeuzevraag (één juist antwoord)")


class MultipleChoiceBlock(ChoiceQuestionBlock):
    multiple = True

    class Meta:
        icon = "tasks"
        label = _("Meerkeuzevraag (meer juiste antwoorden mogelijk)")


class QuizQuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()

    class Meta:
        min_num = 1
