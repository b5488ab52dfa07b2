"""The programme of a masterclass: timed items (with an optional speaker) and parallel
workshop rounds. Every round and every workshop gets a stable id from Wagtail (the block id);
a registration stores the chosen workshop by id and by title, so editing the programme later
never mixes up earlier choices."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class TimedBlockMixin:
    """A programme part with a start and an (optional) end: the end must come after the
    start."""

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start"), value.get("end")
        if start and end and end <= start:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ValidationError(_("De eindtijd moet na de begintijd liggen."))}
            )
        return value


class ProgrammeItemBlock(TimedBlockMixin, blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Begintijd"), format="%H:%M")
    end = blocks.TimeBlock(label=_("Eindtijd"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("Onderdeel"), max_length=200)
    speaker = blocks.CharBlock(
        label=_("Spreker"),
        required=False,
        max_length=200,
        help_text=_("Naam en organisatie, bijvoorbeeld: Gregor Walz, onderzoeker."),
    )
    description = blocks.TextBlock(label=_("Toelichting"), required=False)
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("onderdeel", _("Inhoudelijk onderdeel")), ("pauze", _("Pauze, lunch of borrel"))],
        default="onderdeel",
    )

    class Meta:
        icon = "time"
        label = _("Programma-onderdeel")


class WorkshopBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Workshop"), max_length=200)
    speaker = blocks.CharBlock(label=_("Begeleider"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Toelichting"), required=False)

    class Meta:
        icon = "group"
        label = _("Workshop")


class WorkshopRoundBlock(TimedBlockMixin, blocks.StructBlock):
    """Workshops that run at the same time: every participant chooses one when registering."""

    start = blocks.TimeBlock(label=_("Begintijd"), format="%H:%M")
    end = blocks.TimeBlock(label=_("Eindtijd"), format="%H:%M")
    title = blocks.CharBlock(label=_("Naam van de ronde"), max_length=200, default="Workshopronde")
    workshops = blocks.ListBlock(WorkshopBlock(), label=_("Workshops"), min_num=2)

    class Meta:
        icon = "list-ul"
        label = _("Parallelle workshopronde")


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()
    workshops = WorkshopRoundBlock()

    class Meta:
        label = _("Programma")

    def clean(self, value):
        value = super().clean(value)
        starts = [child.value["start"] for child in value if child.value.get("start")]
        if starts != sorted(starts):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [_("Zet de onderdelen van het programma in de volgorde van de begintijd.")]
                )
            )
        return value


@dataclass(frozen=True)
class Workshop:
    id: str
    title: str
    speaker: str


@dataclass(frozen=True)
class WorkshopRound:
    id: str
    title: str
    start: object
    end: object
    workshops: tuple

    @property
    def label(self):
        return f"{self.title} ({self.start:%H.%M}–{self.end:%H.%M} uur)"


def workshop_rounds(programme):
    """The parallel workshop rounds of a programme StreamField value, with their block ids."""
    rounds = []
    for child in programme or []:
        if child.block_type != "workshops":
            continue
        workshops = tuple(
            Workshop(id=item.id, title=item.value["title"], speaker=item.value["speaker"])
            for item in child.value["workshops"].bound_blocks
        )
        rounds.append(
            WorkshopRound(
                id=child.id,
                title=child.value["title"],
                start=child.value["start"],
                end=child.value["end"],
                workshops=workshops,
            )
        )
    return rounds
