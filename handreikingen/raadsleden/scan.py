"""The quick scan of the raadsledentool: the roles on the tool page and the GET form that
reads the visitor's role and answers from the URL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from handreikingen.models import Answer, Instrument
from handreikingen.raadsleden.texts import MAX_MUNICIPALITY_LENGTH, clean_municipality

NOT_ANSWERS = {"rol", "gemeente"}


def roles(page):
    """[(slug, block value)] of the roles on the tool page, in editor order."""
    return [(block.value["role"].slug, block.value) for block in page.roles if block.value["role"]]


def instrument_labels(values):
    labels = dict(Instrument.choices)
    return [labels[value] for value in values if value in labels]


class ScanForm(forms.Form):
    """The quick scan as a GET form: the role, the municipality's name (optional) and one
    radio group per question."""

    def __init__(self, page, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.questions = list(
            page.questions.select_related("step", "domain").order_by("step__number", "sort_order")
        )
        self.fields["rol"] = forms.ChoiceField(
            label=_("Uw rol"),
            choices=[(slug, value["role"].name) for slug, value in roles(page)],
            widget=forms.RadioSelect,
            error_messages={"required": _("Kies de rol waarmee u naar het beleid kijkt.")},
        )
        self.fields["gemeente"] = forms.CharField(
            label=_("Naam van uw gemeente"),
            help_text=_(
                "We zetten deze naam in de teksten voor moties en schriftelijke vragen, "
                "in plaats van [naam gemeente]."
            ),
            required=False,
            widget=forms.TextInput(
                attrs={"maxlength": MAX_MUNICIPALITY_LENGTH, "autocomplete": "address-level2"}
            ),
        )
        for question in self.questions:
            self.fields[question.key] = forms.ChoiceField(
                label=question.question,
                help_text=question.help_text,
                choices=Answer.choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _(
                        "Beantwoord deze vraag (kies ‘weet ik niet’ als u het niet weet)."
                    ),
                    "invalid_choice": _("Kies ja, deels, nee of weet ik niet."),
                },
            )

    def clean_gemeente(self):
        return clean_municipality(self.cleaned_data.get("gemeente"))

    def answers(self):
        """{question key: answer} of a valid form."""
        return {k: v for k, v in self.cleaned_data.items() if k not in NOT_ANSWERS}

    def steps(self):
        """Bound fields grouped by policy step, for the template."""
        grouped = []
        for question in self.questions:
            if not grouped or grouped[-1][0] != question.step:
                grouped.append((question.step, []))
            grouped[-1][1].append(self[question.key])
        return grouped
